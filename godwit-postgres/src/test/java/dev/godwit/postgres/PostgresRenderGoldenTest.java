package dev.godwit.postgres;

import dev.godwit.core.plan.RenderGoldenContract;
import dev.godwit.core.schema.EnumType;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Sequence;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.Dialect;

import java.util.List;
import java.util.TreeMap;

/** The shared cases rendered for PostgreSQL, and its own: enums, sequences, other schemas, partitioning. */
class PostgresRenderGoldenTest extends RenderGoldenContract {

    @Override
    protected Dialect dialect() {
        return new PostgresDialect();
    }

    private static Schema withTypes(Schema schema, List<EnumType> enums, List<Sequence> sequences) {
        TreeMap<String, EnumType> e = new TreeMap<>();
        enums.forEach(t -> e.put(t.name(), t));
        TreeMap<String, Sequence> s = new TreeMap<>();
        sequences.forEach(q -> s.put(q.name(), q));
        return new Schema(schema.tables(), e, s);
    }

    @Override
    protected List<Case> dialectCases() {
        Table booking = table("booking", List.of(column("day", "date", false), column("seats", "integer", true)), parts());
        Table partitioned = new Table(booking.name(), booking.columns(), booking.primaryKey(), booking.uniques(), booking.checks(),
                booking.foreignKeys(), booking.indexes(), null, booking.triggers(), new Table.Lineage("RANGE (day)", List.of()));
        Table inOtherSchema = table("reporting.total", List.of(column("id", "integer", false), column("amount", "numeric(10,2)", true)),
                parts().foreignKey(new dev.godwit.core.schema.Constraints.ForeignKey("total_id_fkey", List.of("id"), "booking", List.of("day"),
                        "NO ACTION", "NO ACTION")));
        Schema moods = withTypes(schema(), List.of(new EnumType("mood", List.of("calm", "busy"))), List.of());
        return List.of(
                new Case("an enum value renamed", moods, withTypes(schema(), List.of(new EnumType("mood", List.of("serene", "busy"))), List.of()),
                        List.of("mood.calm=serene")),
                new Case("an enum value added in the middle", moods,
                        withTypes(schema(), List.of(new EnumType("mood", List.of("calm", "wild", "busy"))), List.of()), List.of()),
                new Case("a sequence's options altered", withTypes(schema(), List.of(), List.of(new Sequence("ticket_no", 1, 1))),
                        withTypes(schema(), List.of(), List.of(new Sequence("ticket_no", 100, 5, "integer", 100, 100000, 20, true))), List.of()),
                new Case("a table in another schema, referencing one in the current schema", schema(booking), schema(booking, inOtherSchema), List.of()),
                new Case("a table made partitioned", schema(booking), schema(partitioned), List.of()));
    }
}
