package dev.godwit.bench;

import dev.godwit.core.runner.Godwit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The same migrations written the way each tool reads them. */
final class Fixtures {

    private Fixtures() {
    }

    /** Migration i: create a table, add a column, create an index. */
    static List<String> statements(int i) {
        return List.of(
                "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, name VARCHAR(50))",
                "ALTER TABLE t" + i + " ADD COLUMN created_at TIMESTAMP",
                "CREATE INDEX t" + i + "_name_idx ON t" + i + " (name)");
    }

    /** {@code V<i>__t<i>.sql} files (godwit and Flyway), with a godwit.sum. */
    static Path versioned(Path root, int count) throws IOException {
        Path dir = Files.createDirectories(root.resolve("versioned-" + count));
        for (int i = 1; i <= count; i++) {
            Files.writeString(dir.resolve("V" + i + "__t" + i + ".sql"), String.join(";\n", statements(i)) + ";\n", StandardCharsets.UTF_8);
        }
        Godwit.hash(dir);
        return dir;
    }

    /** One formatted-SQL changelog with a changeset per migration (Liquibase). */
    static Path liquibase(Path root, int count) throws IOException {
        Path dir = Files.createDirectories(root.resolve("liquibase-" + count));
        StringBuilder text = new StringBuilder("--liquibase formatted sql\n");
        for (int i = 1; i <= count; i++) {
            text.append("\n--changeset bench:").append(i).append('\n');
            statements(i).forEach(s -> text.append(s).append(";\n"));
        }
        Files.writeString(dir.resolve("changelog.sql"), text.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    /** A schema.sql of {@code tables} tables with ten columns, a key, an index and a foreign key each. */
    static String wideSchema(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            sql.append("CREATE TABLE w").append(i).append(" (id BIGINT PRIMARY KEY, parent_id BIGINT")
                    .append(i > 1 ? " REFERENCES w" + (i - 1) + " (id)" : "");
            for (int c = 1; c <= 8; c++) {
                sql.append(", c").append(c).append(c % 2 == 0 ? " VARCHAR(100)" : " NUMERIC(10,2) DEFAULT 0 NOT NULL");
            }
            sql.append(");\nCREATE INDEX w").append(i).append("_c2_idx ON w").append(i).append(" (c2);\n");
        }
        return sql.toString();
    }

    /** What a real app has beside its tables: one view per table, a function for every other table and a trigger calling it. */
    static String definitions(int tables) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= tables; i++) {
            sql.append("CREATE VIEW w").append(i).append("_v AS SELECT id, c2, c4 FROM w").append(i).append(" WHERE c1 > 0;\n");
            if (i % 2 == 0) {
                sql.append("CREATE FUNCTION w").append(i).append("_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.c2 := upper(NEW.c2); RETURN NEW; END $$;\n");
                sql.append("CREATE TRIGGER w").append(i).append("_touch BEFORE UPDATE ON w").append(i)
                        .append(" FOR EACH ROW EXECUTE FUNCTION w").append(i).append("_touch();\n");
            }
        }
        return sql.toString();
    }

    static List<List<String>> allStatements(int count) {
        List<List<String>> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            all.add(statements(i));
        }
        return all;
    }
}
