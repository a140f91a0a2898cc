package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.diff.Renames;
import dev.godwit.core.generate.MigrationText;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Constraints.Index;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.Dialect;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema in, SQL out, without a database: each case is a pair of schemas (and the renames a user
 * declared); the planner orders the differ's changes, the dialect lowers and renders them (SQLite's
 * rebuilds included), and all cases together must equal the dialect's golden file
 * {@code src/test/resources/render-golden.sql}. Run with {@code -Dgodwit.golden=update} to rewrite it
 * after a deliberate change, and review the diff.
 */
public abstract class RenderGoldenContract {

    protected abstract Dialect dialect();

    /** A case: what it shows, the two schemas, and the renames declared (as {@code --rename} flags). */
    public record Case(String name, Schema from, Schema to, List<String> renames) {
    }

    /** Cases of this dialect's own, beside the shared ones. */
    protected List<Case> dialectCases() {
        return List.of();
    }

    protected static Column column(String name, String type, boolean nullable) {
        return new Column(name, type, nullable, null, Column.Identity.NONE, null, null);
    }

    protected static Table table(String name, List<Column> columns, SortedParts parts) {
        return new Table(name, columns, new PrimaryKey(name.substring(name.indexOf('.') + 1) + "_pkey", List.of(columns.get(0).name())), new TreeMap<>(), new TreeMap<>(),
                parts.foreignKeys, parts.indexes, null, new TreeMap<>());
    }

    /** Foreign keys and indexes of a table being built. */
    protected static final class SortedParts {
        final TreeMap<String, ForeignKey> foreignKeys = new TreeMap<>();
        final TreeMap<String, Index> indexes = new TreeMap<>();

        public SortedParts foreignKey(ForeignKey fk) {
            foreignKeys.put(fk.name(), fk);
            return this;
        }

        public SortedParts index(Index index) {
            indexes.put(index.name(), index);
            return this;
        }
    }

    protected static SortedParts parts() {
        return new SortedParts();
    }

    protected static Schema schema(Table... tables) {
        TreeMap<String, Table> byName = new TreeMap<>();
        for (Table t : tables) {
            byName.put(t.name(), t);
        }
        return new Schema(byName, new TreeMap<>(), new TreeMap<>());
    }

    private static final Table TRIP = table("trip", List.of(column("id", "integer", false), column("title", "varchar(100)", true)), parts());
    private static final Table INVOICE = table("invoice", List.of(column("id", "integer", false), column("trip_id", "integer", true)), parts());

    static List<Case> sharedCases() {
        Table tripWithNotes = TRIP.withColumns(List.of(TRIP.columns().get(0), TRIP.columns().get(1), column("notes", "text", true)));
        Table wider = TRIP.withColumns(List.of(TRIP.columns().get(0), column("title", "varchar(200)", true)));
        Table required = TRIP.withColumns(List.of(TRIP.columns().get(0), column("title", "varchar(100)", false)));
        Table linked = table("invoice", INVOICE.columns(), parts().foreignKey(new ForeignKey("invoice_trip_id_fkey", List.of("trip_id"), "trip",
                List.of("id"), "CASCADE", "NO ACTION")));
        Table indexed = table("trip", TRIP.columns(), parts().index(new Index("trip_title_idx", List.of("title"), false, null, null)));
        Table renamedColumn = TRIP.withColumns(List.of(TRIP.columns().get(0), column("name", "varchar(100)", true)));
        return List.of(
                new Case("a new table", schema(), schema(TRIP), List.of()),
                new Case("a table dropped", schema(TRIP), schema(), List.of()),
                new Case("a column added", schema(TRIP), schema(tripWithNotes), List.of()),
                new Case("a column dropped", schema(tripWithNotes), schema(TRIP), List.of()),
                new Case("a column widened", schema(TRIP), schema(wider), List.of()),
                new Case("a column made NOT NULL", schema(TRIP), schema(required), List.of()),
                new Case("a foreign key on an existing table", schema(TRIP, INVOICE), schema(TRIP, linked), List.of()),
                new Case("an index on an existing table", schema(TRIP), schema(indexed), List.of()),
                new Case("a table renamed", schema(TRIP), schema(TRIP.withName("trips")), List.of("trip=trips")),
                new Case("a column renamed", schema(TRIP), schema(renamedColumn), List.of("trip.title=name")),
                new Case("a renamed table referenced by a foreign key", schema(TRIP, linked),
                        schema(TRIP.withName("journey"), table("invoice", INVOICE.columns(), parts().foreignKey(new ForeignKey("invoice_trip_id_fkey",
                                List.of("trip_id"), "journey", List.of("id"), "CASCADE", "NO ACTION")))), List.of("trip=journey")));
    }

    @Test
    void everyCaseRendersAsTheGoldenFileSays() throws IOException {
        StringBuilder out = new StringBuilder();
        List<Case> cases = new ArrayList<>(sharedCases());
        cases.addAll(dialectCases());
        for (Case c : cases) {
            List<Renames.Candidate> renames = Renames.candidates(c.from(), c.to()).stream().filter(r -> c.renames().contains(r.flag())).toList();
            assertThat(renames).as(c.name() + ": the declared renames are candidates").hasSameSizeAs(c.renames());
            Renames.Applied applied = Renames.apply(c.from(), renames);
            List<Change> changes = new ArrayList<>(applied.changes());
            changes.addAll(Differ.diff(applied.renamed(), c.to()));
            Plan plan = Planner.plan(changes, applied.renamed(), c.to(), dialect().rendering());
            out.append("-- ===== ").append(c.name()).append('\n').append(MigrationText.all(plan).strip()).append("\n\n");
        }
        Path golden = Path.of("src/test/resources/render-golden.sql");
        if ("update".equals(System.getProperty("godwit.golden")) || !Files.exists(golden)) {
            Files.writeString(golden, out.toString(), StandardCharsets.UTF_8);
            if (!"update".equals(System.getProperty("godwit.golden"))) {
                throw new AssertionError("wrote the missing golden file " + golden + ": review it and run again");
            }
        }
        assertThat(out.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
