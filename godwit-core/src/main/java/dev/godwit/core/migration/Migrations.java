package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

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
 * @param undo      undo scripts by version, orphans included (see {@link #orphanUndo()})
 * @param repeatable repeatable scripts ({@code R__}), in the order they are applied: by description, then file name
 * @param callbacks  callback scripts ({@code beforeMigrate.sql}…), covered by {@code godwit.sum} but not migrations
 */
public record Migrations(Path directory, List<MigrationScript> versioned, Map<Version, MigrationScript> undo, List<MigrationScript> repeatable,
                         List<MigrationScript> callbacks) {

    public Migrations {
        versioned = List.copyOf(versioned);
        undo = Map.copyOf(undo);
        repeatable = repeatable.stream().sorted(Comparator.comparing(MigrationScript::description).thenComparing(MigrationScript::fileName)).toList();
        callbacks = callbacks.stream().sorted(Comparator.comparing(MigrationScript::fileName)).toList();
    }

    public Migrations(Path directory, List<MigrationScript> versioned, Map<Version, MigrationScript> undo) {
        this(directory, versioned, undo, List.of(), List.of());
    }

    /** The callback scripts of one event ({@code beforeMigrate}…), in file name order. */
    public List<MigrationScript> callbacks(String event) {
        return callbacks.stream().filter(c -> c.description().equals(event)).toList();
    }

    public Optional<MigrationScript> undoOf(Version version) {
        return Optional.ofNullable(undo.get(version));
    }

    public Optional<MigrationScript> versioned(Version version) {
        // A binary search (the list is in version order): status asks this once per version, and a scan made it quadratic.
        int low = 0;
        int high = versioned.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            MigrationScript script = versioned.get(middle);
            int order = script.version().compareTo(version);
            if (order == 0) {
                return Optional.of(script);
            } else if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }

    /**
     * The same migrations with Java ones among the versioned, in version order.
     *
     * @throws GodwitException (GW-E201) when one has the version of another migration
     */
    public Migrations withJava(List<MigrationScript> java) {
        if (java.isEmpty()) {
            return this;
        }
        List<MigrationScript> all = new ArrayList<>(versioned);
        for (MigrationScript script : java) {
            Optional<MigrationScript> clash = all.stream().filter(m -> m.version().equals(script.version())).findFirst();
            if (clash.isPresent()) {
                throw GodwitException.of(ProblemCode.DUPLICATE_VERSION,
                        Message.of("files.duplicate-version.java", "version", script.version(), "first", clash.get().fileName(), "second", script.fileName()),
                        Message.of("files.duplicate-version.java.next"));
            }
            all.add(script);
        }
        all.sort(Comparator.comparing(MigrationScript::version));
        return new Migrations(directory, all, undo, repeatable, callbacks);
    }

    /**
     * Every file, versioned and undo in version order, then the repeatable ones and the callbacks:
     * the order {@code godwit.sum} lists them. Java migrations are not files: they are left out.
     */
    public List<MigrationScript> allScripts() {
        List<MigrationScript> all = new ArrayList<>(versioned.stream().filter(m -> !m.isJava()).toList());
        all.addAll(undo.values());
        all.sort(Comparator.comparing(MigrationScript::version).thenComparing(MigrationScript::kind));
        all.addAll(repeatable);
        all.addAll(callbacks);
        return all;
    }

    /** Undo scripts whose versioned script is not in the directory, by version. */
    public List<MigrationScript> orphanUndo() {
        return undo.values().stream().filter(u -> versioned(u.version()).isEmpty())
                .sorted(Comparator.comparing(MigrationScript::version)).toList();
    }

    /**
     * For the commands that read no history (hash, diff, check, new): an orphan undo file means a
     * migration is missing, so what the files produce is not known.
     *
     * @throws GodwitException (GW-E202) naming the first orphan
     */
    public void requireNoOrphanUndo() {
        List<MigrationScript> orphans = orphanUndo();
        if (!orphans.isEmpty()) {
            throw orphan(orphans.get(0));
        }
    }

    /** The problem of an undo file whose versioned migration history does not know either. */
    public static GodwitException orphan(MigrationScript undoScript) {
        return GodwitException.of(ProblemCode.ORPHAN_UNDO, Message.of("files.orphan-undo", "undo", undoScript.fileName(), "version", undoScript.version()), Message.of("files.orphan-undo.next", "version", undoScript.version()));
    }

    public boolean isEmpty() {
        return versioned.isEmpty() && undo.isEmpty() && repeatable.isEmpty() && callbacks.isEmpty();
    }

    /** The newest version, if any. */
    public Optional<Version> latest() {
        return versioned.isEmpty() ? Optional.empty() : Optional.of(versioned.get(versioned.size() - 1).version());
    }
}
