package dev.godwit.core.plan;

import dev.godwit.core.diff.Change;
import dev.godwit.core.diff.Differ;
import dev.godwit.core.schema.Column;
import dev.godwit.core.schema.Constraints.PrimaryKey;
import dev.godwit.core.schema.Constraints.Trigger;
import dev.godwit.core.schema.Definition;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differ and the planner's ordering for views, routines and what is attached to tables, without
 * a database: schemas in, the order of changes out (described as the migration file describes them).
 */
class DefinitionPlanTest {

    private static Table table(String name, String titleType, Map<String, Trigger> triggers) {
        return new Table(name, List.of(new Column("id", "integer", false, null, Column.Identity.NONE, null, null),
                new Column("title", titleType, true, null, Column.Identity.NONE, null, null)),
                new PrimaryKey(name + "_pkey", List.of("id")), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), null,
                new TreeMap<>(triggers));
    }

    private static Definition view(String name, String body, String... dependsOn) {
        return new Definition(Definition.Kind.VIEW, name, List.of("CREATE VIEW " + name + " AS " + body), List.of("DROP VIEW " + name), null,
                new TreeSet<>(List.of(dependsOn)));
    }

    private static Definition function(String name, String body, String result) {
        return new Definition(Definition.Kind.FUNCTION, name, List.of("CREATE OR REPLACE FUNCTION " + name + " RETURNS " + result + " AS " + body),
                List.of("DROP FUNCTION " + name), "-> " + result, new TreeSet<>());
    }

    private static Definition attached(Definition.Kind kind, String name, String sql, String... dependsOn) {
        return new Definition(kind, name, List.of(sql), List.of("undo " + sql), null, new TreeSet<>(List.of(dependsOn)));
    }

    private static Schema schema(List<Table> tables, Definition... definitions) {
        TreeMap<String, Table> byName = new TreeMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        return new Schema(byName, new TreeMap<>(), new TreeMap<>()).with(List.of(definitions), List.of());
    }

    private static List<String> steps(Schema from, Schema to) {
        List<String> out = new ArrayList<>();
        for (Change change : Planner.order(Differ.diff(from, to))) {
            out.add(Descriptions.of(change));
        }
        return out;
    }

    private static final Table TRIP = table("trip", "varchar(100)", Map.of());

    @Test
    void aViewOverAColumnWhoseTypeChangesIsDroppedBeforeAndCreatedAfter() {
        Definition titles = view("titles", "SELECT title FROM trip", "table trip");
        assertThat(steps(schema(List.of(TRIP), titles), schema(List.of(table("trip", "varchar(200)", Map.of())), titles))).containsExactly(
                "drop view titles",
                "alter column trip.title: type varchar(100) -> varchar(200)",
                "create view titles");
    }

    @Test
    void aSchemaIsCreatedBeforeAndDroppedAfterEverythingInIt() {
        Definition reporting = new Definition(Definition.Kind.SCHEMA, "reporting", List.of("CREATE SCHEMA reporting"),
                List.of("DROP SCHEMA reporting"), "schema", new TreeSet<>());
        Definition totals = view("reporting.totals", "SELECT id FROM reporting.trip", "table reporting.trip");
        Schema both = schema(List.of(table("reporting.trip", "text", Map.of()), table("reporting.archive", "text", Map.of()), TRIP),
                reporting, totals);
        assertThat(steps(schema(List.of(TRIP)), both)).containsExactly(
                "create schema reporting", "create table reporting.archive", "create table reporting.trip", "create view reporting.totals");
        // Two tables dropped are ordered among themselves, and still before their schema.
        assertThat(steps(both, schema(List.of(TRIP)))).containsExactly(
                "drop view reporting.totals", "drop table reporting.archive and all its rows", "drop table reporting.trip and all its rows",
                "drop schema reporting");
    }

    @Test
    void childrenAreCreatedAfterTheirParentsAndATableWhosePartitioningChangesIsMadeAnew() {
        Table parent = table("trip", "text", Map.of());
        Table child = table("a_cruise", "text", Map.of());
        child = new Table(child.name(), child.columns(), null, child.uniques(), child.checks(), child.foreignKeys(), child.indexes(), null,
                child.triggers(), new Table.Lineage(null, List.of("trip")));
        assertThat(steps(schema(List.of()), schema(List.of(parent, child)))).containsExactly("create table trip", "create table a_cruise");

        Table partitioned = new Table("trip", parent.columns(), parent.primaryKey(), parent.uniques(), parent.checks(), parent.foreignKeys(),
                parent.indexes(), null, parent.triggers(), new Table.Lineage("RANGE (id)", List.of()));
        dev.godwit.core.spi.DdlRenderer ddl = new dev.godwit.core.spi.DdlRenderer() {
            @Override
            public List<String> render(Change change) {
                return List.of(change.kind().name());
            }

            @Override
            public String quote(String identifier) {
                return identifier;
            }
        };
        Plan plan = Planner.plan(schema(List.of(parent)), schema(List.of(partitioned)),
                new dev.godwit.core.spi.Rendering(ddl, (from, to) -> false, dev.godwit.core.spi.SafetyRules.plain(ddl)));
        assertThat(plan.steps()).extracting(Step::description).containsExactly("drop table trip and all its rows", "create table trip");
        assertThat(plan.steps().get(0).hazards()).contains(Hazard.DATA_LOSS);
    }

    @Test
    void aChangeThatLeavesTypesAloneRecreatesNoView() {
        Definition titles = view("titles", "SELECT title FROM trip", "table trip");
        Table commented = new Table("trip", TRIP.columns(), TRIP.primaryKey(), TRIP.uniques(), TRIP.checks(), TRIP.foreignKeys(), TRIP.indexes(),
                "the trips", TRIP.triggers());
        assertThat(steps(schema(List.of(TRIP), titles), schema(List.of(commented), titles))).containsExactly("set the comment of table trip");
    }

    @Test
    void viewsOverViewsAreDroppedOutsideInAndCreatedInsideOut() {
        Definition inner = view("inner_v", "SELECT id, title FROM trip", "table trip");
        Definition outer = view("outer_v", "SELECT id FROM inner_v", "view inner_v");
        Definition changed = view("inner_v", "SELECT id, title, 1 AS n FROM trip", "table trip");
        assertThat(steps(schema(List.of(TRIP), inner, outer), schema(List.of(TRIP), changed, outer))).containsExactly(
                "drop view outer_v", "drop view inner_v", "create view inner_v", "create view outer_v");
    }

    @Test
    void aRoutineWhoseBodyAloneChangesIsReplacedAndOneWhoseResultChangesIsRecreatedWithWhatCallsIt() {
        Definition touch = function("touch()", "'a'", "trigger");
        Table withTrigger = table("trip", "varchar(100)",
                Map.of("trip_touch", new Trigger("trip_touch", "CREATE TRIGGER trip_touch BEFORE UPDATE ON trip EXECUTE FUNCTION touch()")));
        assertThat(steps(schema(List.of(withTrigger), touch), schema(List.of(withTrigger), function("touch()", "'b'", "trigger"))))
                .containsExactly("replace the body of function touch()");

        Definition price = function("price(integer)", "'a'", "integer");
        Definition prices = view("prices", "SELECT price(id) FROM trip", "table trip", "function price(integer)");
        assertThat(steps(schema(List.of(TRIP), price, prices), schema(List.of(TRIP), function("price(integer)", "'a'", "numeric"), prices)))
                .containsExactly("drop view prices", "drop function price(integer)", "create function price(integer)", "create view prices");

        assertThat(steps(schema(List.of(withTrigger), touch), schema(List.of(withTrigger), function("touch()", "'a'", "event_trigger"))))
                .containsExactly("drop trigger trip_touch on trip", "drop function touch()", "create function touch()", "create trigger trip_touch on trip");
    }

    @Test
    void whatIsAttachedToADroppedTableGoesWithItAndAGrantOnARecreatedViewIsGrantedAgain() {
        Definition policy = attached(Definition.Kind.POLICY, "own on trip", "CREATE POLICY own ON trip", "table trip");
        assertThat(steps(schema(List.of(TRIP), policy), schema(List.of()))).containsExactly("drop table trip and all its rows");

        Definition titles = view("titles", "SELECT title FROM trip", "table trip");
        Definition grant = attached(Definition.Kind.GRANT, "table titles to reader", "GRANT SELECT ON titles TO reader", "view titles");
        assertThat(steps(schema(List.of(TRIP), titles, grant), schema(List.of(TRIP), view("titles", "SELECT upper(title) FROM trip", "table trip"), grant)))
                .containsExactly("drop view titles", "create view titles", "create grant table titles to reader");
    }

    @Test
    void aPolicyIsRecreatedAroundAColumnTypeChangeButAnIndexDefinitionIsNot() {
        Definition policy = attached(Definition.Kind.POLICY, "own on trip", "CREATE POLICY own ON trip USING (title <> '')", "table trip");
        Definition index = attached(Definition.Kind.INDEX, "trip_id_covering", "CREATE INDEX trip_id_covering ON trip (id) INCLUDE (title)", "table trip");
        assertThat(steps(schema(List.of(TRIP), policy, index), schema(List.of(table("trip", "text", Map.of())), policy, index))).containsExactly(
                "drop policy own on trip", "alter column trip.title: type varchar(100) -> text", "create policy own on trip");
    }

    @Test
    void aTypeThatColumnsUseIsNotDroppedToChangeIt() {
        Definition email = new Definition(Definition.Kind.TYPE, "email", List.of("CREATE DOMAIN email AS text"), List.of("DROP DOMAIN email"),
                null, new TreeSet<>());
        Definition stricter = new Definition(Definition.Kind.TYPE, "email", List.of("CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%')"),
                List.of("DROP DOMAIN email"), null, new TreeSet<>());
        Table traveller = new Table("traveller", List.of(new Column("contact", "email", true, null, Column.Identity.NONE, null, null)), null,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), null, new TreeMap<>());
        assertThat(steps(schema(List.of(traveller), email), schema(List.of(traveller), stricter)))
                .as("ALTER DOMAIN is not generated: diff reports what its migration leaves undone").isEmpty();
        assertThat(steps(schema(List.of(), email), schema(List.of(), stricter))).containsExactly("drop type email", "create type email");
    }

    @Test
    void extensionsComeFirstAndGoLast() {
        Definition citext = new Definition(Definition.Kind.EXTENSION, "citext", List.of("CREATE EXTENSION citext"), List.of("DROP EXTENSION citext"),
                "", new TreeSet<>());
        Table emails = new Table("traveller", List.of(new Column("email", "citext", true, null, Column.Identity.NONE, null, null)), null,
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), null, new TreeMap<>());
        assertThat(steps(schema(List.of()), schema(List.of(emails), citext))).containsExactly("create extension citext", "create table traveller");
        assertThat(steps(schema(List.of(emails), citext), schema(List.of()))).containsExactly("drop table traveller and all its rows", "drop extension citext");
    }
}
