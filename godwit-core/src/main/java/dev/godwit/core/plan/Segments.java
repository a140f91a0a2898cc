package dev.godwit.core.plan;

import java.util.List;

/**
 * A change's SQL split by how it must run: in the migration's transaction, in a later
 * transaction of its own, or outside any transaction.
 */
public record Segments(List<String> main, List<String> validate, List<String> concurrent) {

    public Segments {
        main = List.copyOf(main);
        validate = List.copyOf(validate);
        concurrent = List.copyOf(concurrent);
    }

    public static Segments of(List<String> main) {
        return new Segments(main, List.of(), List.of());
    }
}
