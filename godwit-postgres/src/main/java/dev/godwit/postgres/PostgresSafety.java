package dev.godwit.postgres;

import dev.godwit.core.diff.Change;
import dev.godwit.core.plan.Hazard;
import dev.godwit.core.plan.Segments;
import dev.godwit.core.spi.SafetyRules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Safe forms on tables that exist (and may be large and busy), each with the hazards it still
 * carries: NOT NULL through a {@code CHECK (… IS NOT NULL) NOT VALID}, validated later, which lets
 * {@code SET NOT NULL} skip its scan (PostgreSQL 12+); foreign keys {@code NOT VALID}, then
 * {@code VALIDATE} in a transaction of its own (the NOT VALID step's lock lasts until its commit);
 * indexes {@code CONCURRENTLY}, outside any transaction, an INVALID leftover of a failed attempt
 * dropped first. See https://www.postgresql.org/docs/current/sql-altertable.html#SQL-ALTERTABLE-NOTES.
 * The forms are built from the renderer's parts, never by editing what it rendered.
 */
final class PostgresSafety implements SafetyRules {

    private static final Set<String> VOLATILE = Set.of("random(", "gen_random_uuid(", "uuid_generate", "clock_timestamp(", "timeofday(", "nextval(");

    private final PostgresRenderer ddl;

    PostgresSafety(PostgresRenderer ddl) {
        this.ddl = ddl;
    }

    @Override
    public SafeForm safeForm(Change change, Set<String> newTables) {
        if (change instanceof Change.AddDefinition add) {
            return attached(add, newTables);
        }
        if (change.table() == null || newTables.contains(change.table())) {
            // Types, routines and views hold no rows; a table the plan creates has no one using it yet.
            return SafeForm.plain(ddl.render(change), Set.of());
        }
        return switch (change.kind()) {
            case ALTER_COLUMN -> alterColumn((Change.AlterColumn) change);
            case ADD_FOREIGN_KEY -> {
                Change.AddForeignKey a = (Change.AddForeignKey) change;
                yield new SafeForm(new Segments(
                        List.of(ddl.alter(a.table()) + " ADD " + ddl.foreignKey(a.foreignKey()) + " NOT VALID"),
                        List.of(ddl.alter(a.table()) + " VALIDATE CONSTRAINT " + ddl.quote(a.foreignKey().name())), List.of()), Set.of());
            }
            // Built CONCURRENTLY: writes go on meanwhile.
            case ADD_INDEX -> {
                Change.AddIndex a = (Change.AddIndex) change;
                yield new SafeForm(new Segments(List.of(), List.of(), List.of(
                        "DROP INDEX CONCURRENTLY IF EXISTS " + ddl.name(PostgresRenderer.sibling(a.table(), a.index().name())),
                        ddl.createIndex(a.table(), a.index(), true))), Set.of());
            }
            default -> SafeForm.plain(ddl.render(change), hazards(change));
        };
    }

    /**
     * An index or constraint kept whole (one the structured model cannot hold: a GiST index, an
     * exclusion constraint…) on a table in use: an index is built {@code CONCURRENTLY} as a plain one
     * is (its text is the server's own, CONCURRENTLY put after INDEX); one on a partitioned table
     * cannot be, and an added constraint locks its table while it checks the rows — both say so.
     */
    private SafeForm attached(Change.AddDefinition add, Set<String> newTables) {
        dev.godwit.core.schema.Definition d = add.definition();
        List<String> sql = ddl.render(add);
        String table = d.dependsOn().stream().filter(key -> key.startsWith("table ")).map(key -> key.substring("table ".length())).findFirst().orElse(null);
        if (table == null || newTables.contains(table)) {
            return SafeForm.plain(sql, Set.of());
        }
        if (d.kind() == dev.godwit.core.schema.Definition.Kind.INDEX && !PostgresRenderer.ON_PARTITIONED_TABLE.equals(d.shape()) && sql.size() == 1) {
            String concurrently = CREATE_INDEX.matcher(sql.get(0)).replaceFirst("CREATE $1INDEX CONCURRENTLY ");
            return new SafeForm(new Segments(List.of(), List.of(), List.of(
                    "DROP INDEX CONCURRENTLY IF EXISTS " + ddl.name(PostgresRenderer.sibling(table, d.name())), concurrently)), Set.of());
        }
        boolean locks = d.kind() == dev.godwit.core.schema.Definition.Kind.INDEX || d.kind() == dev.godwit.core.schema.Definition.Kind.CONSTRAINT;
        return SafeForm.plain(sql, locks ? EnumSet.of(Hazard.BLOCKS_WRITES) : Set.of());
    }

    private static final java.util.regex.Pattern CREATE_INDEX = java.util.regex.Pattern.compile("^CREATE (UNIQUE )?INDEX ");

    @Override
    public List<String> outsideTransaction(dev.godwit.core.spi.RunSettings settings) {
        return List.of("SET lock_timeout = '" + settings.lockTimeout().toMillis() + "ms'");
    }

    /** A type change that rewrites keeps its hazards; one that does not, and NOT NULL by a check, take no long lock. */
    private SafeForm alterColumn(Change.AlterColumn a) {
        boolean rewrites = rewrites(a);
        Set<Hazard> hazards = rewrites ? EnumSet.of(Hazard.TABLE_REWRITE, Hazard.BLOCKS_WRITES) : Set.of();
        if (!(a.from().nullable() && !a.to().nullable())) {
            return SafeForm.plain(ddl.render(a), hazards);
        }
        String check = ddl.quote(PostgresRenderer.truncate(PostgresRenderer.bare(a.table()) + "_" + a.to().name() + "_not_null"));
        String column = ddl.quote(a.to().name());
        List<String> main = new java.util.ArrayList<>(ddl.alterColumn(a, false));
        main.add(ddl.alter(a.table()) + " ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID");
        return new SafeForm(new Segments(main, List.of(
                ddl.alter(a.table()) + " VALIDATE CONSTRAINT " + check,
                ddl.alter(a.table()) + " ALTER COLUMN " + column + " SET NOT NULL",
                ddl.alter(a.table()) + " DROP CONSTRAINT " + check), List.of()), hazards);
    }

    private static boolean rewrites(Change.AlterColumn a) {
        return !a.from().type().equals(a.to().type()) && !PostgresTypes.isBinaryCompatibleWidening(a.from().type(), a.to().type());
    }

    /** What the plain form of a change costs a live table. */
    private static Set<Hazard> hazards(Change change) {
        return switch (change.kind()) {
            case ALTER_COLUMN -> {
                Change.AlterColumn a = (Change.AlterColumn) change;
                Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
                if (rewrites(a)) {
                    hazards.add(Hazard.TABLE_REWRITE);
                    hazards.add(Hazard.BLOCKS_WRITES);
                }
                if (a.from().nullable() && !a.to().nullable()) {
                    hazards.add(Hazard.BLOCKS_WRITES); // SET NOT NULL scans the table under an exclusive lock
                }
                yield hazards;
            }
            case ADD_COLUMN -> {
                String expression = ((Change.AddColumn) change).column().defaultExpression();
                boolean volatileDefault = expression != null && VOLATILE.stream().anyMatch(expression.toLowerCase(Locale.ROOT)::contains);
                yield volatileDefault ? EnumSet.of(Hazard.TABLE_REWRITE, Hazard.BLOCKS_WRITES) : Set.of();
            }
            case ADD_INDEX, ADD_PRIMARY_KEY, ADD_UNIQUE -> EnumSet.of(Hazard.BLOCKS_WRITES);
            default -> Set.of();
        };
    }
}
