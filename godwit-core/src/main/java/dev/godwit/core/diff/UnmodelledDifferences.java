package dev.godwit.core.diff;

import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Unmodelled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How two schemas differ in what the model does not hold, in words; and what one holds, in the
 * one line commands print ("not compared: 1 event trigger (audit_ddl), 2 rules (…)"). Pure.
 */
public final class UnmodelledDifferences {

    private static final int NAMES_SHOWN = 3;

    private UnmodelledDifferences() {
    }

    /**
     * One line per object that is in only one schema or whose definition differs, e.g.
     * "view trip_summary: its definition differs".
     *
     * @param a     the first schema, called {@code aName} in the lines ("live", "the desired schema")
     * @param b     the second, called {@code bName}
     */
    public static List<String> describe(Schema a, String aName, Schema b, String bName) {
        Map<String, Unmodelled> left = byKey(a);
        Map<String, Unmodelled> right = byKey(b);
        List<String> lines = new ArrayList<>();
        left.forEach((key, u) -> {
            Unmodelled other = right.get(key);
            if (other == null) {
                lines.add(key + ": only in " + aName);
            } else if (!other.definition().equals(u.definition())) {
                lines.add(key + ": its definition differs (" + aName + ": " + abbreviate(u.definition()) + "; " + bName + ": "
                        + abbreviate(other.definition()) + ")");
            }
        });
        right.forEach((key, u) -> {
            if (!left.containsKey(key)) {
                lines.add(key + ": only in " + bName);
            }
        });
        return lines;
    }

    /** "1 view (trip_summary), 2 rules (a, b)"; empty when the schema holds nothing unmodelled. */
    public static String summary(List<Unmodelled> unmodelled) {
        Map<String, List<String>> byKind = unmodelled.stream().collect(Collectors.groupingBy(Unmodelled::kind, TreeMap::new,
                Collectors.mapping(Unmodelled::name, Collectors.toList())));
        return byKind.entrySet().stream().map(e -> {
            List<String> names = e.getValue();
            String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size()))) + (names.size() > NAMES_SHOWN ? ", …" : "");
            return names.size() + " " + e.getKey() + " (" + shown + ")";
        }).collect(Collectors.joining(", "));
    }

    /** How many of each kind, for {@code --json}. */
    public static Map<String, Long> counts(List<Unmodelled> unmodelled) {
        return unmodelled.stream().collect(Collectors.groupingBy(Unmodelled::kind, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, Unmodelled> byKey(Schema schema) {
        return schema.unmodelled().stream().collect(Collectors.toMap(Unmodelled::key, Function.identity(), (x, y) -> x, LinkedHashMap::new));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }
}
