package dev.godwit.core.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migrations of one directory, validated: versioned scripts in version order, and the
 * undo script of each version that has one.
 *
 * @param directory the folder they were read from
 * @param versioned versioned scripts, ascending by version, no two with one version
 * @param undo      undo scripts by version; every key is the version of a versioned script
 */
public record Migrations(Path directory, List<MigrationScript> versioned, Map<Version, MigrationScript> undo) {

    public Migrations {
        versioned = List.copyOf(versioned);
        undo = Map.copyOf(undo);
    }

    public Optional<MigrationScript> undoOf(Version version) {
        return Optional.ofNullable(undo.get(version));
    }

    public Optional<MigrationScript> versioned(Version version) {
        return versioned.stream().filter(m -> m.version().equals(version)).findFirst();
    }

    /** Every script, versioned and undo, in the order {@code godwit.sum} lists them. */
    public List<MigrationScript> allScripts() {
        List<MigrationScript> all = new ArrayList<>(versioned);
        all.addAll(undo.values());
        all.sort(Comparator.comparing(MigrationScript::version).thenComparing(MigrationScript::kind));
        return all;
    }

    public boolean isEmpty() {
        return versioned.isEmpty() && undo.isEmpty();
    }

    /** The newest version, if any. */
    public Optional<Version> latest() {
        return versioned.isEmpty() ? Optional.empty() : Optional.of(versioned.get(versioned.size() - 1).version());
    }
}
