package dev.godwit.cli;

import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A schema as a Mermaid {@code erDiagram} (rendered by GitHub, GitLab and IDEs): one entity per
 * table with its columns, their types and keys (PK, FK, UK), and one relationship per foreign key,
 * its cardinality read from the columns (nullable: zero or one parent; unique: zero or one child).
 *
 * <p>Mermaid accepts fewer characters than SQL: an entity whose name it would not accept gets an id
 * it does and the name as its label ({@code sales_order["sales.order"]}); a type keeps letters,
 * digits, {@code _-()[]} (spaces become {@code _}, commas {@code -}).
 */
final class ErDiagram {

    private ErDiagram() {
    }

    /** The whole schema, or only what {@code tables} names. */
    static String of(Schema schema, Set<String> tables) {
        return of(schema, tables, false);
    }

    /** @param keysOnly draw only the columns of keys (primary, foreign, unique): a large schema's overview */
    static String of(Schema schema, Set<String> tables, boolean keysOnly) {
        StringBuilder out = new StringBuilder("erDiagram\n");
        notDrawn(schema).forEach(line -> out.append("    %% not drawn: ").append(line).append('\n'));
        Map<String, String> ids = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (String name : schema.tables().keySet()) {
            String id = id(name);
            while (!used.add(id)) {
                id = id + "_";
            }
            ids.put(name, id);
        }
        for (Table table : schema.tables().values()) {
            if (!tables.contains(table.name())) {
                continue;
            }
            String id = ids.get(table.name());
            out.append("    ").append(id).append(id.equals(table.name()) ? "" : "[\"" + label(table.name()) + "\"]").append(" {\n");
            Set<String> primary = table.primaryKey() == null ? Set.of() : new HashSet<>(table.primaryKey().columns());
            Set<String> foreign = new HashSet<>();
            table.foreignKeys().values().forEach(fk -> foreign.addAll(fk.columns()));
            Set<String> unique = uniqueColumns(table);
            for (Column column : table.columns()) {
                if (keysOnly && !primary.contains(column.name()) && !foreign.contains(column.name()) && !unique.contains(column.name())) {
                    continue;
                }
                List<String> keys = new ArrayList<>();
                if (primary.contains(column.name())) {
                    keys.add("PK");
                }
                if (foreign.contains(column.name())) {
                    keys.add("FK");
                }
                if (unique.contains(column.name()) && !primary.contains(column.name())) {
                    keys.add("UK");
                }
                out.append("        ").append(type(column.type())).append(' ').append(word(column.name()));
                if (!keys.isEmpty()) {
                    out.append(' ').append(String.join(", ", keys));
                }
                String note = note(column, primary.contains(column.name()));
                if (!note.isEmpty()) {
                    out.append(" \"").append(label(note)).append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (Table table : schema.tables().values()) {
            for (Constraints.ForeignKey fk : table.foreignKeys().values()) {
                if (!tables.contains(table.name()) || !tables.contains(fk.referencedTable()) || !ids.containsKey(fk.referencedTable())) {
                    continue;
                }
                boolean optional = table.columns().stream().anyMatch(c -> fk.columns().contains(c.name()) && c.nullable());
                boolean single = isUnique(table, fk.columns());
                out.append("    ").append(ids.get(fk.referencedTable())).append(' ').append(optional ? "|o" : "||").append("--")
                        .append(single ? "o|" : "o{").append(' ').append(ids.get(table.name())).append(" : \"").append(label(fk.name())).append("\"\n");
            }
        }
        return out.toString();
    }

    /**
     * What the schema holds besides tables, which an erDiagram has no box for, by kind: said in the
     * diagram as Mermaid comments, so that a picture without them is not taken for the whole schema.
     */
    static List<String> notDrawn(Schema schema) {
        Map<String, List<String>> byKind = new java.util.TreeMap<>();
        schema.enums().keySet().forEach(name -> byKind.computeIfAbsent("enum type", k -> new ArrayList<>()).add(name));
        schema.sequences().keySet().forEach(name -> byKind.computeIfAbsent("sequence", k -> new ArrayList<>()).add(name));
        schema.definitions().values().forEach(d -> byKind.computeIfAbsent(d.kind().label(), k -> new ArrayList<>()).add(d.name()));
        schema.unmodelled().forEach(u -> byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u.name()));
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, names) -> lines.add(names.size() + " " + kind + " (" + String.join(", ", names.subList(0, Math.min(5, names.size())))
                + (names.size() > 5 ? ", …" : "") + ")"));
        return lines;
    }

    /** The tables within {@code depth} foreign keys of {@code center}, either way. */
    static Set<String> around(Schema schema, String center, int depth) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Table table : schema.tables().values()) {
            for (Constraints.ForeignKey fk : table.foreignKeys().values()) {
                neighbours.computeIfAbsent(table.name(), k -> new TreeSet<>()).add(fk.referencedTable());
                neighbours.computeIfAbsent(fk.referencedTable(), k -> new TreeSet<>()).add(table.name());
            }
        }
        Set<String> reached = new LinkedHashSet<>(List.of(center));
        Deque<String> frontier = new ArrayDeque<>(List.of(center));
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            Deque<String> next = new ArrayDeque<>();
            for (String table : frontier) {
                for (String other : neighbours.getOrDefault(table, Set.of())) {
                    if (reached.add(other)) {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }

    private static Set<String> uniqueColumns(Table table) {
        Set<String> columns = new HashSet<>();
        table.uniques().values().stream().filter(u -> u.columns().size() == 1).forEach(u -> columns.add(u.columns().get(0)));
        table.indexes().values().stream().filter(i -> i.unique() && i.predicate() == null && i.keys().size() == 1).forEach(i -> columns.add(i.keys().get(0)));
        return columns;
    }

    private static boolean isUnique(Table table, List<String> columns) {
        Set<String> wanted = new HashSet<>(columns);
        if (table.primaryKey() != null && new HashSet<>(table.primaryKey().columns()).equals(wanted)) {
            return true;
        }
        return table.uniques().values().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(wanted))
                || table.indexes().values().stream().anyMatch(i -> i.unique() && i.predicate() == null && new HashSet<>(i.keys()).equals(wanted));
    }

    /** What the keys do not already say: NOT NULL (a primary key's is implied), and the column's comment. */
    private static String note(Column column, boolean primary) {
        List<String> parts = new ArrayList<>();
        if (!column.nullable() && !primary) {
            parts.add("not null");
        }
        if (column.comment() != null && !column.comment().isBlank()) {
            parts.add(column.comment().strip());
        }
        return String.join("; ", parts);
    }

    /** An entity id Mermaid accepts: letters, digits, {@code _} and {@code -}, not starting with a digit. */
    static String id(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "t_" + id : id;
    }

    /** An attribute name Mermaid accepts. */
    private static String word(String name) {
        String word = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return word.isEmpty() || !Character.isLetter(word.charAt(0)) && word.charAt(0) != '_' ? "c_" + word : word;
    }

    /** A type Mermaid accepts: it must start with a letter; spaces and commas are not allowed in it. */
    static String type(String type) {
        String text = type.toLowerCase(Locale.ROOT).strip().replace(' ', '_').replace(',', '-').replaceAll("[^a-z0-9_()\\[\\]-]", "");
        return text.isEmpty() || !Character.isLetter(text.charAt(0)) ? "t_" + text : text;
    }

    /** Text inside Mermaid's double quotes. */
    private static String label(String text) {
        return text.replace('"', '\'').replace('\n', ' ');
    }
}
