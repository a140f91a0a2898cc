package dev.godwit.jpa;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.generate.DiffRequest;
import dev.godwit.core.generate.DiffResult;
import dev.godwit.core.generate.Generator;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Odyssée entities as the model, edited version after version, on a real database of each dialect. */
abstract class JpaModelContract {

    @TempDir
    Path folder;

    Project project;

    abstract Project newProject(Path folder);

    abstract Connection connect() throws SQLException;

    @BeforeEach
    void setUp() {
        project = newProject(folder);
        project.hash();
    }

    private GodwitConfig model(String version) {
        return project.config().withSchema(null).withModel(new GodwitConfig.ModelSettings(List.of("dev.godwit.jpa." + version),
                List.of(Path.of("target/test-classes").toAbsolutePath()), "spring"));
    }

    private DiffResult diff(String version, String description) {
        return new Generator(model(version)).diff(DiffRequest.described(description));
    }

    @Test
    void eachEditOfTheEntitiesYieldsTheNextMigration() throws Exception {
        DiffResult first = diff("v1", null);
        assertThat(first.file().getFileName().toString()).startsWith("V1__create_");
        assertThat(Files.readString(first.file())).containsIgnoringCase("create table invoice").containsIgnoringCase("create table trip")
                .contains("start_date").containsIgnoringCase("numeric(10,2)").containsIgnoringCase("trip_id")
                .containsIgnoringCase("references trip");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO trip (title, destination, price) VALUES ('Cyclades', 'Naxos', 1890.00)");
        }

        DiffResult facture = diff("v2", "add facture pdf");
        assertThat(facture.plan().steps()).singleElement().satisfies(step -> assertThat(step.description()).startsWith("add column trip.facture_pdf"));
        assertThat(Files.readString(facture.file())).containsIgnoringCase("ADD COLUMN facture_pdf");
        project.godwit().migrate(MigrateOptions.DEFAULT);

        DiffResult more = diff("v3", "lengths index traveller");
        String sql = String.join("\n", more.plan().statements()).toLowerCase();
        assertThat(sql).contains("traveller").contains("trip_destination_idx").contains("300");
        project.godwit().migrate(MigrateOptions.DEFAULT);

        assertThat(new Generator(model("v3")).check().agrees()).as("check passes at the end").isTrue();
        if (hibernateValidatesItsOwnDdl()) {
            validateWithHibernate("v3");
        }
        try (Connection c = connect(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT title FROM trip")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Cyclades");
        }
    }

    /** Hibernate's own schema validation ({@code hbm2ddl.auto=validate}) accepts the migrated database. */
    private void validateWithHibernate(String version) throws Exception {
        java.util.Map<String, Object> settings = new java.util.HashMap<>(hibernateConnection());
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.physical_naming_strategy", new SpringPhysicalNaming());
        settings.put("hibernate.implicit_naming_strategy", new SpringImplicitNaming());
        var registry = new org.hibernate.boot.registry.StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            var sources = new org.hibernate.boot.MetadataSources(registry);
            for (String entity : List.of("Trip", "Invoice", "Traveller")) {
                sources.addAnnotatedClass(Class.forName("dev.godwit.jpa." + version + "." + entity));
            }
            try (var factory = sources.buildMetadata().buildSessionFactory()) {
                assertThat(factory.isOpen()).isTrue();
            }
        } finally {
            org.hibernate.boot.registry.StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * Whether Hibernate's validation accepts the DDL Hibernate itself writes for this database. Its SQLite dialect
     * writes an IDENTITY Long as {@code integer} and then expects {@code bigint}: it fails on a schema Hibernate created.
     */
    abstract boolean hibernateValidatesItsOwnDdl();

    /** JDBC settings for Hibernate to reach the migrated database. */
    abstract java.util.Map<String, Object> hibernateConnection();

    @Test
    void whateverHibernateMapsIsInTheModel() throws Exception {
        DiffResult result = diff("rich", "rich model");
        String sql = String.join("\n", result.plan().statements()).toLowerCase();
        assertThat(sql).contains("create table product").contains("kind").contains("revision")
                .as("embeddable columns").contains("street").contains("city")
                .as("element collection").contains("create table cruise_ports")
                .as("Spring's join table naming: owning table + property").contains("create table product_extras");
        project.godwit().migrate(MigrateOptions.DEFAULT);
        assertThat(new Generator(model("rich")).check().plan().steps()).extracting(s -> s.description()).isEmpty();
        assertThat(new Generator(model("rich")).check().agrees()).as("the composite unique and the foreign keys are in the model on every dialect").isTrue();
        assertThat(sql).contains("ship").contains("code");
    }

    @Test
    void aPackageWithoutEntitiesIsAClearError() {
        GodwitConfig config = project.config().withModel(new GodwitConfig.ModelSettings(List.of("dev.godwit.jpa.nothing"),
                List.of(Path.of("target/test-classes").toAbsolutePath()), "spring"));
        assertThatThrownBy(() -> new Generator(config).diff(DiffRequest.described(null)))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("no @Entity class in package(s) dev.godwit.jpa.nothing"));
    }
}
