package dev.godwit.core.generate;

import dev.godwit.core.diff.Change;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.plan.Planner;
import dev.godwit.core.schema.Definition;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.spi.Rendering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Changes to what a repeatable migration makes go into that file, not into a versioned migration:
 * an {@code R__} file runs again whenever it changes, after the versioned ones, so a view changed by
 * a versioned migration would be put back by the unchanged file on the next fresh database.
 *
 * <p>Which file owns what is learnt from the replay (see {@link SchemaLoader.Loaded#owners()}): a
 * definition belongs to the repeatable migration after which it appeared or changed. A file that
 * owns a changed definition is written anew from the desired schema: every definition it owns,
 * dropped if it exists (dependents first) and created (dependencies first). New definitions no file
 * owns, and drops, stay in the versioned migration — a drop of what a file owns as {@code IF EXISTS},
 * since on a fresh database the versioned migrations run before any repeatable one.
 *
 * @param versioned the changes left for the versioned migration
 * @param files     each repeatable migration to write, with the definitions it makes
 * @param keys      the definitions whose change went into a repeatable migration
 */
record RepeatableFiles(List<Change> versioned, Map<MigrationScript, List<Definition>> files, Set<String> keys) {

    private static final Pattern DROP = Pattern.compile("^DROP ((?:MATERIALIZED )?[A-Z]+) (?!IF EXISTS)");

    static RepeatableFiles route(List<Change> changes, Map<String, MigrationScript> owners, Schema current, Schema desired) {
        Set<String> keys = new HashSet<>();
        List<Change> versioned = new ArrayList<>();
        for (Change change : changes) {
            Definition to = change instanceof Change.AddDefinition add ? add.definition()
                    : change instanceof Change.ReplaceDefinition replace ? replace.to() : null;
            // Made again only because what it reads changed (the same text): the file would not run again, so the migration makes it.
            boolean changedInFile = to != null && owners.containsKey(to.key()) && !to.equals(current.definitions().get(to.key()));
            if (changedInFile) {
                keys.add(to.key());
            } else if (change instanceof Change.DropDefinition drop && owners.containsKey(drop.definition().key())) {
                // On a fresh database the versioned migrations run before any repeatable one: what it makes may not exist yet.
                Definition d = drop.definition();
                versioned.add(new Change.DropDefinition(new Definition(d.kind(), d.name(), d.create(),
                        d.drop().stream().map(sql -> DROP.matcher(sql).replaceFirst("DROP $1 IF EXISTS ")).toList(), d.shape(), d.dependsOn())));
            } else {
                versioned.add(change);
            }
        }
        Map<MigrationScript, List<Definition>> files = new LinkedHashMap<>();
        for (String key : keys) {
            files.putIfAbsent(owners.get(key), new ArrayList<>());
        }
        new TreeMap<>(owners).forEach((key, script) -> {
            if (files.containsKey(script) && desired.definitions().containsKey(key)) {
                files.get(script).add(desired.definitions().get(key));
            }
        });
        return new RepeatableFiles(versioned, files, keys);
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Whether a change of the plan is one of those the repeatable migrations make. */
    boolean routes(Change change) {
        Definition d = change instanceof Change.AddDefinition add ? add.definition()
                : change instanceof Change.ReplaceDefinition replace ? replace.to()
                : change instanceof Change.DropDefinition drop ? drop.definition() : null;
        return d != null && keys.contains(d.key());
    }

    /** The statements of one file: drops that tolerate absence, then creations. */
    static List<String> statements(List<Definition> definitions, Rendering rendering) {
        List<Change> drops = definitions.stream().<Change>map(Change.DropDefinition::new).toList();
        List<Change> creates = definitions.stream().<Change>map(Change.AddDefinition::new).toList();
        List<String> sql = new ArrayList<>();
        for (String drop : Planner.plan(drops, Schema.EMPTY, Schema.EMPTY, rendering).statements()) {
            sql.add(DROP.matcher(drop).replaceFirst("DROP $1 IF EXISTS "));
        }
        sql.addAll(Planner.plan(creates, Schema.EMPTY, Schema.EMPTY, rendering).statements());
        return sql;
    }

    /** Every statement the files will hold, for the check that the plan reaches the desired schema. */
    List<String> statements(Rendering rendering) {
        List<String> sql = new ArrayList<>();
        files.values().forEach(definitions -> sql.addAll(statements(definitions, rendering)));
        return sql;
    }

    /** Writes the files; returns their paths. */
    List<Path> write(Rendering rendering, String sourceName) {
        List<Path> written = new ArrayList<>();
        files.forEach((script, definitions) -> {
            StringBuilder text = new StringBuilder("-- Written by `godwit diff` from " + sourceName + ": what this repeatable migration makes.\n"
                    + "-- It runs again, after the versioned migrations, whenever it changes.\n\n");
            for (String sql : statements(definitions, rendering)) {
                text.append(sql).append(";\n");
            }
            TextFiles.write(script.path(), text.toString());
            written.add(script.path());
        });
        return written;
    }
}
