package dev.godwit.postgres;

import dev.godwit.core.diff.Change;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.Check;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.Unique;
import dev.godwit.core.schema.Sequence;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.DdlRenderer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** PostgreSQL DDL for every change; each change in place (PostgreSQL's ALTER TABLE can do them all). */
final class PostgresRenderer implements DdlRenderer {

    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

    @Override
    public List<String> render(Change change) {
        return switch (change.kind()) {
            case RENAME_TABLE -> {
                Change.RenameTable r = (Change.RenameTable) change;
                yield renameTable(r.from(), r.to());
            }
            case RENAME_COLUMN -> {
                Change.RenameColumn r = (Change.RenameColumn) change;
                yield List.of(alter(r.table()) + " RENAME COLUMN " + quote(r.from()) + " TO " + quote(r.to()));
            }
            case RENAME_CONSTRAINT -> {
                Change.RenameConstraint r = (Change.RenameConstraint) change;
                yield List.of(alter(r.table()) + " RENAME CONSTRAINT " + quote(r.from()) + " TO " + quote(r.to()));
            }
            case RENAME_INDEX -> {
                Change.RenameIndex r = (Change.RenameIndex) change;
                yield List.of("ALTER INDEX " + name(sibling(r.table(), r.index().name())) + " RENAME TO " + quote(r.to()));
            }
            case CREATE_ENUM -> {
                Change.CreateEnum c = (Change.CreateEnum) change;
                yield List.of("CREATE TYPE " + name(c.type().name()) + " AS ENUM (" + c.type().values().stream()
                        .map(PostgresRenderer::literal).collect(Collectors.joining(", ")) + ")");
            }
            case DROP_ENUM -> List.of("DROP TYPE " + name(((Change.DropEnum) change).type().name()));
            case ADD_ENUM_VALUE -> {
                Change.AddEnumValue a = (Change.AddEnumValue) change;
                String place = a.after() != null ? " AFTER " + literal(a.after()) : a.before() != null ? " BEFORE " + literal(a.before()) : "";
                yield List.of("ALTER TYPE " + name(a.type()) + " ADD VALUE " + literal(a.value()) + place);
            }
            case CREATE_SEQUENCE -> {
                Sequence q = ((Change.CreateSequence) change).sequence();
                yield List.of("CREATE SEQUENCE " + name(q.name()) + (q.type().equals("bigint") ? "" : " AS " + q.type())
                        + " START WITH " + q.start() + " INCREMENT BY " + q.increment()
                        + (q.minimum() == Sequence.defaultMinimum(q.type(), q.increment()) ? "" : " MINVALUE " + q.minimum())
                        + (q.maximum() == Sequence.defaultMaximum(q.type(), q.increment()) ? "" : " MAXVALUE " + q.maximum())
                        + (q.cache() == 1 ? "" : " CACHE " + q.cache()) + (q.cycle() ? " CYCLE" : ""));
            }
            case ALTER_SEQUENCE -> alterSequence((Change.AlterSequence) change);
            case RENAME_ENUM_VALUE -> {
                Change.RenameEnumValue r = (Change.RenameEnumValue) change;
                yield List.of("ALTER TYPE " + name(r.type()) + " RENAME VALUE " + literal(r.from()) + " TO " + literal(r.to()));
            }
            case DROP_SEQUENCE -> List.of("DROP SEQUENCE " + name(((Change.DropSequence) change).sequence().name()));
            case ADD_TABLE -> createTable(((Change.AddTable) change).definition());
            case DROP_TABLE -> List.of("DROP TABLE " + name(change.table()));
            case ADD_COLUMN -> {
                Change.AddColumn a = (Change.AddColumn) change;
                List<String> sql = new ArrayList<>(List.of(alter(a.table()) + " ADD COLUMN " + columnDefinition(a.column())));
                if (a.column().comment() != null) {
                    sql.add(columnComment(a.table(), a.column()));
                }
                yield sql;
            }
            case DROP_COLUMN -> List.of(alter(change.table()) + " DROP COLUMN " + quote(((Change.DropColumn) change).column().name()));
            case ALTER_COLUMN -> alterColumn((Change.AlterColumn) change, true);
            case ADD_PRIMARY_KEY -> {
                Change.AddPrimaryKey a = (Change.AddPrimaryKey) change;
                yield List.of(alter(a.table()) + " ADD" + named(a.key().name()) + " PRIMARY KEY (" + columns(a.key().columns()) + ")");
            }
            case DROP_PRIMARY_KEY -> List.of(alter(change.table()) + " DROP CONSTRAINT " + quote(((Change.DropPrimaryKey) change).key().name()));
            case ADD_UNIQUE -> {
                Change.AddUnique a = (Change.AddUnique) change;
                yield List.of(alter(a.table()) + " ADD " + unique(a.unique()));
            }
            case DROP_UNIQUE -> List.of(alter(change.table()) + " DROP CONSTRAINT " + quote(((Change.DropUnique) change).unique().name()));
            case ADD_CHECK -> {
                Change.AddCheck a = (Change.AddCheck) change;
                yield List.of(alter(a.table()) + " ADD " + check(a.check()));
            }
            case DROP_CHECK -> List.of(alter(change.table()) + " DROP CONSTRAINT " + quote(((Change.DropCheck) change).check().name()));
            case ADD_FOREIGN_KEY -> {
                Change.AddForeignKey a = (Change.AddForeignKey) change;
                yield List.of(alter(a.table()) + " ADD " + foreignKey(a.foreignKey()));
            }
            case DROP_FOREIGN_KEY -> List.of(alter(change.table()) + " DROP CONSTRAINT " + quote(((Change.DropForeignKey) change).foreignKey().name()));
            case ADD_INDEX -> {
                Change.AddIndex a = (Change.AddIndex) change;
                yield List.of(createIndex(a.table(), a.index()));
            }
            case DROP_INDEX -> List.of("DROP INDEX " + name(sibling(change.table(), ((Change.DropIndex) change).index().name())));
            case ADD_TRIGGER -> List.of(((Change.AddTrigger) change).trigger().definition());
            case DROP_TRIGGER -> List.of("DROP TRIGGER " + quote(((Change.DropTrigger) change).trigger().name()) + " ON " + name(change.table()));
            case SET_TABLE_COMMENT -> {
                Change.SetTableComment s = (Change.SetTableComment) change;
                yield List.of("COMMENT ON TABLE " + name(s.table()) + " IS " + literalOrNull(s.to()));
            }
            case REBUILD_TABLE -> throw new IllegalArgumentException("PostgreSQL alters tables in place; a rebuild is never planned for it");
            case ADD_DEFINITION -> PostgresDefinitions.create(((Change.AddDefinition) change).definition());
            case DROP_DEFINITION -> PostgresDefinitions.drop(((Change.DropDefinition) change).definition());
            case REPLACE_DEFINITION -> PostgresDefinitions.replace((Change.ReplaceDefinition) change, this::quote);
            case RECREATE_ENUM -> recreateEnum((Change.RecreateEnum) change);
        };
    }

    /**
     * An index on a partitioned table cannot be built {@code CONCURRENTLY}: it is written as a plain
     * {@code CREATE INDEX}, which builds it on every partition (the way to avoid the write lock —
     * {@code ON ONLY}, each partition's concurrently, {@code ATTACH} — is not generated yet).
     */
    /** The shape of an index definition {@link #lower} makes for a partitioned table (an index's shape is otherwise unused). */
    static final String ON_PARTITIONED_TABLE = "on a partitioned table";

    @Override
    public List<Change> lower(List<Change> changes, dev.godwit.core.schema.Schema from, dev.godwit.core.schema.Schema to) {
        List<Change> lowered = new ArrayList<>(changes.size());
        for (Change change : changes) {
            Table table = change.table() == null ? null : to.tables().get(change.table());
            if (change instanceof Change.AddIndex add && table != null && table.lineage().partitionKey() != null) {
                String sql = createIndex(add.table(), add.index());
                lowered.add(new Change.AddDefinition(new dev.godwit.core.schema.Definition(dev.godwit.core.schema.Definition.Kind.INDEX,
                        add.index().name(), List.of(sql), List.of("DROP INDEX " + name(sibling(add.table(), add.index().name()))), ON_PARTITIONED_TABLE,
                        new java.util.TreeSet<>(List.of(dev.godwit.core.schema.Definition.tableKey(add.table()))))));
            } else {
                lowered.add(change);
            }
        }
        return lowered;
    }

    /**
     * Only what changed; the current value is kept (a new start is where RESTART would go, not a
     * restart) — unless the new bounds exclude it: then it moves to the new bound first, onwards in the
     * direction the sequence goes, so no value it gave out comes again.
     */
    private List<String> alterSequence(Change.AlterSequence a) {
        Sequence from = a.from();
        Sequence to = a.to();
        List<String> out = new ArrayList<>();
        String sequence = name(to.name());
        if (to.increment() > 0 && to.minimum() > from.minimum()) {
            out.add("SELECT setval(" + literal(sequence) + ", " + to.minimum() + ", false) FROM " + sequence + " WHERE last_value < " + to.minimum());
        } else if (to.increment() < 0 && to.maximum() < from.maximum()) {
            out.add("SELECT setval(" + literal(sequence) + ", " + to.maximum() + ", false) FROM " + sequence + " WHERE last_value > " + to.maximum());
        }
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(sequence);
        if (!from.type().equals(to.type())) {
            sql.append(" AS ").append(to.type());
        }
        if (from.increment() != to.increment()) {
            sql.append(" INCREMENT BY ").append(to.increment());
        }
        if (from.minimum() != to.minimum()) {
            sql.append(" MINVALUE ").append(to.minimum());
        }
        if (from.maximum() != to.maximum()) {
            sql.append(" MAXVALUE ").append(to.maximum());
        }
        if (from.start() != to.start()) {
            sql.append(" START WITH ").append(to.start());
        }
        if (from.cache() != to.cache()) {
            sql.append(" CACHE ").append(to.cache());
        }
        if (from.cycle() != to.cycle()) {
            sql.append(to.cycle() ? " CYCLE" : " NO CYCLE");
        }
        out.add(sql.toString());
        return out;
    }

    static String truncate(String identifier) {
        return identifier.length() <= 63 ? identifier : identifier.substring(0, 63);
    }

    private List<String> createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add(named(table.primaryKey().name()).strip() + " PRIMARY KEY (" + columns(table.primaryKey().columns()) + ")");
        }
        table.uniques().values().forEach(u -> parts.add(unique(u)));
        table.checks().values().forEach(c -> parts.add(check(c)));
        table.foreignKeys().values().forEach(f -> parts.add(foreignKey(f)));
        List<String> sql = new ArrayList<>();
        Table.Lineage lineage = table.lineage();
        sql.add("CREATE TABLE " + name(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)"
                + (lineage.inherits().isEmpty() ? "" : " INHERITS (" + lineage.inherits().stream().map(this::name).collect(Collectors.joining(", ")) + ")")
                + (lineage.partitionKey() == null ? "" : " PARTITION BY " + lineage.partitionKey()));
        table.indexes().values().forEach(i -> sql.add(createIndex(table.name(), i)));
        if (table.comment() != null) {
            sql.add("COMMENT ON TABLE " + name(table.name()) + " IS " + literal(table.comment()));
        }
        table.columns().stream().filter(c -> c.comment() != null).forEach(c -> sql.add(columnComment(table.name(), c)));
        return sql;
    }

    private String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeOf(column));
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        switch (column.identity()) {
            case ALWAYS -> sql.append(" GENERATED ALWAYS AS IDENTITY");
            case BY_DEFAULT -> sql.append(" GENERATED BY DEFAULT AS IDENTITY");
            default -> { }
        }
        if (column.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** A serial column is written as {@code serial}, which creates and owns its sequence. */
    private static String typeOf(Column column) {
        if (column.identity() != Column.Identity.AUTO_INCREMENT) {
            return column.type();
        }
        return switch (column.type()) {
            case "bigint" -> "bigserial";
            case "smallint" -> "smallserial";
            default -> "serial";
        };
    }

    /** @param setNotNull whether NOT NULL is set here (the safe form sets it in a later migration, once a check proved it) */
    List<String> alterColumn(Change.AlterColumn a, boolean setNotNull) {
        Column from = a.from();
        Column to = a.to();
        String column = alter(a.table()) + " ALTER COLUMN " + quote(to.name());
        List<String> sql = new ArrayList<>();
        boolean typeChanges = !from.type().equals(to.type());
        boolean defaultChanges = !Objects.equals(from.defaultExpression(), to.defaultExpression());
        if (from.defaultExpression() != null && (defaultChanges || typeChanges)) {
            sql.add(column + " DROP DEFAULT");
        }
        if (from.identity() != to.identity()) {
            sql.addAll(identityChange(column, a.table(), from, to));
        }
        if (typeChanges) {
            // A cast the database will not make on its own (varchar -> integer) needs USING.
            String using = baseType(from.type()).equals(baseType(to.type())) ? "" : " USING " + quote(to.name()) + "::" + to.type();
            sql.add(column + " TYPE " + to.type() + using);
        }
        if (!Objects.equals(from.generated(), to.generated())) {
            sql.add(to.generated() == null ? column + " DROP EXPRESSION" : column + " SET EXPRESSION AS (" + to.generated() + ")");
        }
        if (to.defaultExpression() != null && (defaultChanges || typeChanges)) {
            sql.add(column + " SET DEFAULT " + to.defaultExpression());
        }
        if (from.nullable() != to.nullable() && (to.nullable() || setNotNull)) {
            sql.add(column + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            sql.add(columnComment(a.table(), to));
        }
        return sql;
    }

    /**
     * PostgreSQL cannot remove or reorder an enum's values
     * (https://www.postgresql.org/docs/current/datatype-enum.html): the type is renamed aside, made
     * anew under its name, each column cast through text (its default dropped and set again, since
     * it names the old type), and the old type dropped.
     */
    private List<String> recreateEnum(Change.RecreateEnum r) {
        String name = name(r.to().name());
        String asideName = truncate(bare(r.to().name()) + "__godwit_old");
        String aside = name(sibling(r.to().name(), asideName));
        List<String> sql = new ArrayList<>();
        List<Change> around = r.around();
        for (int i = 0; i < around.size(); i += 2) {
            sql.addAll(render(around.get(i)));
        }
        sql.add("ALTER TYPE " + name + " RENAME TO " + quote(asideName));
        sql.add("CREATE TYPE " + name + " AS ENUM (" + r.to().values().stream().map(PostgresRenderer::literal).collect(Collectors.joining(", ")) + ")");
        for (Change.ColumnRef c : r.columns()) {
            String column = alter(c.table()) + " ALTER COLUMN " + quote(c.column());
            String array = c.array() ? "[]" : "";
            if (c.defaultExpression() != null) {
                sql.add(column + " DROP DEFAULT");
            }
            sql.add(column + " TYPE " + name + array + " USING " + quote(c.column()) + "::text" + array + "::" + name + array);
            if (c.defaultExpression() != null) {
                sql.add(column + " SET DEFAULT " + c.defaultExpression());
            }
        }
        for (int i = 1; i < around.size(); i += 2) {
            sql.addAll(render(around.get(i)));
        }
        sql.add("DROP TYPE " + aside);
        return sql;
    }

    private List<String> identityChange(String column, String table, Column from, Column to) {
        List<String> sql = new ArrayList<>();
        if (from.identity() == Column.Identity.ALWAYS || from.identity() == Column.Identity.BY_DEFAULT) {
            if (to.identity() == Column.Identity.ALWAYS || to.identity() == Column.Identity.BY_DEFAULT) {
                sql.add(column + " SET GENERATED " + (to.identity() == Column.Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT"));
                return sql;
            }
            sql.add(column + " DROP IDENTITY");
        } else if (from.identity() == Column.Identity.AUTO_INCREMENT) {
            sql.add(column + " DROP DEFAULT");
            // A serial column owns its sequence: made plain, the column leaves it behind unless it goes too.
            sql.add("DROP SEQUENCE IF EXISTS " + name(sibling(table, truncate(bare(table) + "_" + from.name() + "_seq"))));
        }
        switch (to.identity()) {
            case ALWAYS -> sql.add(column + " ADD GENERATED ALWAYS AS IDENTITY");
            case BY_DEFAULT -> sql.add(column + " ADD GENERATED BY DEFAULT AS IDENTITY");
            case AUTO_INCREMENT -> {
                String sequence = name(sibling(table, bare(table) + "_" + to.name() + "_seq"));
                sql.add("CREATE SEQUENCE " + sequence + " OWNED BY " + name(table) + "." + quote(to.name()));
                sql.add(column + " SET DEFAULT nextval('" + sequence.replace("'", "''") + "'::regclass)");
            }
            default -> { }
        }
        return sql;
    }

    private String unique(Unique unique) {
        return named(unique.name()).strip() + " UNIQUE (" + columns(unique.columns()) + ")";
    }

    private String check(Check check) {
        return named(check.name()).strip() + " CHECK " + PostgresInspector.asDeclared(check.expression());
    }

    String foreignKey(ForeignKey fk) {
        return named(fk.name()).strip() + " FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES " + name(fk.referencedTable())
                + " (" + columns(fk.referencedColumns()) + ")"
                + ("NO ACTION".equals(fk.onDelete()) ? "" : " ON DELETE " + fk.onDelete())
                + ("NO ACTION".equals(fk.onUpdate()) ? "" : " ON UPDATE " + fk.onUpdate());
    }

    String createIndex(String table, Index index) {
        return createIndex(table, index, false);
    }

    String createIndex(String table, Index index, boolean concurrently) {
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "") + quote(index.name()) + " ON " + name(table)
                + (index.method() == null || index.method().equals("btree") ? "" : " USING " + index.method())
                + " (" + String.join(", ", index.keys()) + ")"
                + (index.predicate() == null ? "" : " WHERE " + index.predicate());
    }

    private String columnComment(String table, Column column) {
        return "COMMENT ON COLUMN " + name(table) + "." + quote(column.name()) + " IS " + literalOrNull(column.comment());
    }

    String alter(String table) {
        return "ALTER TABLE " + name(table);
    }

    /**
     * A table's, type's, sequence's, view's or routine's name as the model holds it — {@code trips}
     * in the current schema, {@code reporting.trips} in another — quoted for SQL. The first dot of
     * such a name separates its schema (column, constraint and index names are never qualified).
     */
    String name(String qualified) {
        int dot = qualified.indexOf('.');
        return dot < 0 ? quote(qualified) : quote(qualified.substring(0, dot)) + "." + quote(qualified.substring(dot + 1));
    }

    /** The name without its schema. */
    static String bare(String qualified) {
        return qualified.substring(qualified.indexOf('.') + 1);
    }

    /** {@code name} in the schema of {@code neighbour} (an index beside its table). */
    static String sibling(String neighbour, String name) {
        int dot = neighbour.indexOf('.');
        return dot < 0 ? name : neighbour.substring(0, dot + 1) + name;
    }

    /** {@code SET SCHEMA} when the table moves, {@code RENAME TO} (which takes no schema) when its name changes. */
    private List<String> renameTable(String from, String to) {
        List<String> sql = new ArrayList<>();
        String current = from;
        String toSchema = to.contains(".") ? to.substring(0, to.indexOf('.')) : null;
        String fromSchema = from.contains(".") ? from.substring(0, from.indexOf('.')) : null;
        if (!java.util.Objects.equals(fromSchema, toSchema)) {
            if (toSchema == null) {
                // The current schema has no name in the model (it is whatever the search path reaches first).
                sql.add("DO $godwit$ BEGIN EXECUTE format('ALTER TABLE %s SET SCHEMA %I', " + literal(name(from))
                        + ", current_schema()); END $godwit$");
                current = bare(from);
            } else {
                sql.add("ALTER TABLE " + name(from) + " SET SCHEMA " + quote(toSchema));
                current = toSchema + "." + bare(from);
            }
        }
        if (!bare(from).equals(bare(to))) {
            sql.add("ALTER TABLE " + name(current) + " RENAME TO " + quote(bare(to)));
        }
        return sql;
    }

    private String named(String name) {
        return name == null ? "" : " CONSTRAINT " + quote(name);
    }

    private String columns(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    @Override
    public String quote(String identifier) {
        if (SIMPLE.matcher(identifier).matches() && !Keywords.RESERVED.contains(identifier)) {
            return identifier;
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String literalOrNull(String text) {
        return text == null ? "NULL" : literal(text);
    }

    static String baseType(String type) {
        return withoutCollation(type).replaceAll("\\(.*\\)", "").strip();
    }

    /** {@code text COLLATE "C"} -> {@code text}: a collation changes how values compare, never which values fit. */
    static String withoutCollation(String type) {
        int collate = type.indexOf(" COLLATE ");
        return collate < 0 ? type : type.substring(0, collate);
    }

}
