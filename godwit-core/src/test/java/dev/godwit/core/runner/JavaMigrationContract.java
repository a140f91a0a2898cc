package dev.godwit.core.runner;

import dev.godwit.api.Callback;
import dev.godwit.api.Context;
import dev.godwit.api.Event;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.migration.JavaClasses;
import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.testing.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Java migrations and callbacks, on a real database of each dialect (subclasses in the dialect modules). */
public abstract class JavaMigrationContract {

    @TempDir
    protected Path folder;

    protected Project project;

    protected abstract Project newProject(Path folder);

    protected abstract Connection inspect() throws SQLException;

    @BeforeEach
    void setUp() {
        project = newProject(folder);
        project.add("V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title VARCHAR(100));\n");
        project.add("V3__index_title.sql", "CREATE INDEX trip_title ON trip (title);\n");
    }

    /** Version 2 by its own say: inserts two trips and makes a table, on godwit's connection. */
    static final class Seed implements JavaMigration {
        private final String checksum;
        private final boolean fail;

        Seed(String checksum, boolean fail) {
            this.checksum = checksum;
            this.fail = fail;
        }

        @Override
        public String version() {
            return "2";
        }

        @Override
        public String description() {
            return "Seed trips";
        }

        @Override
        public String checksum() {
            return checksum;
        }

        @Override
        public void migrate(Context context) throws SQLException {
            try (Statement statement = context.connection().createStatement()) {
                statement.execute("INSERT INTO trip (id, title) VALUES (1, 'Naxos')");
                statement.execute("INSERT INTO trip (id, title) VALUES (2, 'Paros')");
                statement.execute("CREATE TABLE seeded (trip_id INTEGER)");
                if (fail) {
                    throw new IllegalStateException("the third trip is not ready");
                }
            }
        }
    }

    @Test
    void aJavaMigrationRunsBetweenTheFilesInItsTransactionAndIsRecorded() throws Exception {
        project.code(new JavaCode(List.of(new Seed(null, false)), List.of()));

        MigrateResult result = project.godwit().migrate(MigrateOptions.DEFAULT);

        assertThat(result.applied()).extracting(m -> m.version().toString()).containsExactly("1", "2", "3");
        assertThat(rows("SELECT title FROM trip ORDER BY id")).containsExactly("Naxos", "Paros");
        assertThat(rows("SELECT script FROM godwit_history ORDER BY installed_rank"))
                .containsExactly("V1__create_trip.sql", Seed.class.getName(), "V3__index_title.sql");
        assertThat(rows("SELECT checksum FROM godwit_history WHERE version = '2'")).singleElement().asString().matches("[0-9a-f]{64}");
        assertThat(project.godwit().migrate(MigrateOptions.DEFAULT).applied()).as("applied once").isEmpty();
        assertThat(project.godwit().status().migrations()).allMatch(m -> m.state() == MigrationState.APPLIED);
        // The replay of the files runs it too: the table it made is what the migrations produce, not drift.
        assertThat(project.godwit().drift().none()).isTrue();
    }

    @Test
    void aChecksumTheClassSuppliesIsRecordedAndAChangeOfItIsNoticed() {
        project.code(new JavaCode(List.of(new Seed("7", false)), List.of()));
        project.godwit().migrate(MigrateOptions.DEFAULT);
        project.code(new JavaCode(List.of(new Seed("8", false)), List.of()));

        assertThat(project.godwit().status().problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.CHECKSUM_CHANGED);
            assertThat(p.summary()).contains(Seed.class.getName());
        });
    }

    @Test
    void aJavaMigrationThatThrowsIsRolledBackWithItsHistoryRow() throws Exception {
        project.code(new JavaCode(List.of(new Seed(null, true)), List.of()));

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.JAVA_MIGRATION_FAILED);
            assertThat(e.problem().summary()).isEqualTo("Java migration " + Seed.class.getName() + " (V2, Seed trips) failed");
            assertThat(e.problem().details()).contains("it threw IllegalStateException: the third trip is not ready");
            assertThat(e.problem().details()).anySatisfy(d -> assertThat(d).startsWith("at " + Seed.class.getName() + ".migrate("));
        });
        assertThat(rows("SELECT count(*) FROM trip")).containsExactly("0");
        assertThat(rows("SELECT version FROM godwit_history ORDER BY installed_rank")).containsExactly("1");
    }

    @Test
    void aJavaMigrationWithTheVersionOfAFileIsRefused() {
        project.add("V2__also_two.sql", "SELECT 1;\n");
        project.code(new JavaCode(List.of(new Seed(null, false)), List.of()));

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.DUPLICATE_VERSION);
            assertThat(e.problem().summary()).contains("V2__also_two.sql").contains(Seed.class.getName());
        });
    }

    static final class Unnamed implements JavaMigration {
        @Override
        public void migrate(Context context) {
        }
    }

    @Test
    void aClassThatDoesNotSayItsVersionIsRefusedByName() {
        project.code(new JavaCode(List.of(new Unnamed()), List.of()));

        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.JAVA_MIGRATION_INVALID);
            assertThat(e.problem().summary()).contains(Unnamed.class.getName()).contains("V<version>__<description>");
        });
    }

    @Test
    void callbacksRunAtTheirEventsAndOneThatThrowsRollsItsMigrationBack() throws Exception {
        List<String> seen = new ArrayList<>();
        Callback log = (event, context) -> seen.add(event.flywayName() + context.migration().map(m -> " " + m).orElse(""));
        project.code(new JavaCode(List.of(), List.of(log)));
        project.godwit().migrate(MigrateOptions.DEFAULT);
        assertThat(seen).containsExactly("beforeMigrate", "beforeEachMigrate V1__create_trip.sql", "afterEachMigrate V1__create_trip.sql",
                "beforeEachMigrate V3__index_title.sql", "afterEachMigrate V3__index_title.sql", "afterMigrate");

        project.add("V4__seed.sql", "INSERT INTO trip (id, title) VALUES (9, 'Milos');\n");
        Callback refuses = new Callback() {
            @Override
            public boolean supports(Event event) {
                return event == Event.AFTER_EACH_MIGRATE;
            }

            @Override
            public void handle(Event event, Context context) {
                throw new IllegalStateException("audit table full");
            }
        };
        project.code(new JavaCode(List.of(), List.of(refuses)));
        assertThatThrownBy(() -> project.godwit().migrate(MigrateOptions.DEFAULT)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(ProblemCode.CALLBACK_FAILED);
            assertThat(e.problem().summary()).contains("(afterEachMigrate) threw IllegalStateException: audit table full");
            assertThat(e.problem().details()).contains("while applying V4__seed.sql");
        });
        assertThat(rows("SELECT count(*) FROM trip")).as("V4 rolled back with its callback").containsExactly("0");
    }

    @Test
    void thePackageScanFindsMigrationsAndCallbacksAndLeavesOtherClasses() {
        JavaCode found = JavaClasses.find(getClass().getClassLoader(), List.of("dev.godwit.core.runner.javafixtures"));

        assertThat(found.migrations()).singleElement().satisfies(m -> {
            assertThat(m.version()).isEqualTo("5");
            assertThat(m.description()).isEqualTo("Fixture rows");
        });
        assertThat(found.callbacks()).singleElement().satisfies(c -> assertThat(c.name()).endsWith("FixtureCallback"));
        assertThatThrownBy(() -> JavaClasses.find(getClass().getClassLoader(), List.of("dev.godwit.nowhere")))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().summary()).contains("dev.godwit.nowhere").contains("not on the class path"));
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection connection = inspect(); Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
