package dev.godwit.core.sql;

import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatementSplitterTest {

    /** The PostgreSQL rules (as godwit-postgres declares them). */
    static final SqlSyntax POSTGRES = new SqlSyntax(true, true, true, false, false, true);
    /** The SQLite rules (as godwit-sqlite declares them). */
    static final SqlSyntax SQLITE = new SqlSyntax(false, false, false, true, true, false);

    private static List<String> sql(String text, SqlSyntax syntax) {
        return StatementSplitter.split(text, syntax).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtTopLevelSemicolonsAndDropsEmptyStatements() {
        assertThat(sql("CREATE TABLE a (id int);;\n\n  INSERT INTO a VALUES (1) ;\n-- trailing comment\n", SqlSyntax.STANDARD))
                .containsExactly("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void keepsTheLastStatementWithoutASemicolon() {
        assertThat(sql("SELECT 1;\nSELECT 2", SqlSyntax.STANDARD)).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void numbersStatementsAndGivesTheLineWhereEachStarts() {
        List<SqlStatement> statements = StatementSplitter.split("""
                -- header
                /* a block
                   comment; with a semicolon */
                CREATE TABLE a (id int);

                INSERT INTO a
                VALUES (1); INSERT INTO a VALUES (2);
                """, SqlSyntax.STANDARD);
        assertThat(statements).extracting(SqlStatement::number).containsExactly(1, 2, 3);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(4, 6, 7);
    }

    @Test
    void semicolonsInsideStringsIdentifiersAndCommentsDoNotSplit() {
        String text = "INSERT INTO \"odd;name\" VALUES ('it''s; fine', 'x') -- a; comment\n;"
                + "SELECT 1 /* b; */ + 2;";
        assertThat(sql(text, SqlSyntax.STANDARD)).containsExactly(
                "INSERT INTO \"odd;name\" VALUES ('it''s; fine', 'x') -- a; comment",
                "SELECT 1 /* b; */ + 2");
    }

    @Test
    void postgresNestedBlockComments() {
        assertThat(sql("/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2;", POSTGRES))
                .containsExactly("SELECT 1", "SELECT 2");
        // In SQLite a block comment ends at the first */ .
        assertThat(sql("/* outer /* inner */ SELECT 1; SELECT 2;", SQLITE)).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void postgresEscapeStringsHoldBackslashQuotes() {
        assertThat(sql("SELECT E'it\\'s; here'; SELECT 'plain\\'; SELECT 3;", POSTGRES))
                .containsExactly("SELECT E'it\\'s; here'", "SELECT 'plain\\'", "SELECT 3");
    }

    @Test
    void postgresDollarQuotedBodies() {
        String function = """
                CREATE FUNCTION touch() RETURNS trigger AS $body$
                BEGIN
                  NEW.updated := now(); -- a; comment
                  RAISE NOTICE $$quoted; $inner$ text$$;
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql""";
        assertThat(sql(function + ";\nSELECT $1, a$b FROM t;\nSELECT $$a;b$$;", POSTGRES))
                .containsExactly(function, "SELECT $1, a$b FROM t", "SELECT $$a;b$$");
    }

    @Test
    void postgresBeginAtomicBodies() {
        String function = """
                CREATE OR REPLACE FUNCTION price_with_tax(p numeric) RETURNS numeric
                LANGUAGE SQL
                BEGIN ATOMIC
                  SELECT CASE WHEN p > 0 THEN p * 1.2 ELSE 0 END;
                  SELECT 1;
                END""";
        assertThat(sql(function + ";\nBEGIN;\nSELECT 2;\nCOMMIT;", POSTGRES))
                .containsExactly(function, "BEGIN", "SELECT 2", "COMMIT");
    }

    @Test
    void sqliteTriggerBodies() {
        String trigger = """
                CREATE TEMP TRIGGER IF NOT EXISTS trip_audit AFTER UPDATE ON trip
                WHEN NEW.price <> OLD.price
                BEGIN
                  INSERT INTO audit (what) VALUES ('price; changed');
                  UPDATE trip SET label = CASE WHEN NEW.price > 100 THEN 'dear' ELSE 'cheap' END WHERE id = NEW.id;
                END""";
        assertThat(sql(trigger + ";\nCREATE TABLE [my;table] (`a;b` int);", SQLITE))
                .containsExactly(trigger, "CREATE TABLE [my;table] (`a;b` int)");
    }

    @Test
    void crAndCrlfAreLineBreaks() {
        List<SqlStatement> statements = StatementSplitter.split("SELECT 1;\r\n\r\nSELECT 2;\rSELECT 3 -- c\r;", SqlSyntax.STANDARD);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3, 4);
        assertThat(statements).extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT 2", "SELECT 3 -- c");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstStatement() {
        assertThat(sql("\uFEFFSELECT 1;", SqlSyntax.STANDARD)).containsExactly("SELECT 1");
    }

    @Test
    void anUnterminatedCommentStringIdentifierOrBodyIsAnErrorNamingTheFileAndTheLineWhereItStarts() {
        assertUnterminated("SELECT 1;\n\nSELECT 'open string; SELECT 2;", SqlSyntax.STANDARD, 3, "unterminated string '");
        assertUnterminated("SELECT 1;\n/* never closed\nSELECT 2;", POSTGRES, 2, "unterminated /* comment");
        assertUnterminated("SELECT 1;\n/* outer /* inner */ still open", POSTGRES, 2, "unterminated /* comment");
        assertUnterminated("CREATE FUNCTION f() RETURNS int AS $x$\nSELECT 1;\n", POSTGRES, 1, "unterminated dollar-quoted body $x$");
        assertUnterminated("SELECT \"open", SQLITE, 1, "unterminated quoted identifier \"");
        assertUnterminated("\n\nSELECT [open", SQLITE, 3, "unterminated quoted identifier [");
        assertUnterminated("SELECT E'it\\'s", POSTGRES, 1, "unterminated string '");
    }

    @Test
    void closedConstructsAtTheEndOfTheFileAreFine() {
        assertThat(sql("SELECT 1; /* closed */", POSTGRES)).containsExactly("SELECT 1");
        assertThat(sql("SELECT 1; -- a line comment without a newline", POSTGRES)).containsExactly("SELECT 1");
        assertThat(sql("SELECT 'it''s'", SqlSyntax.STANDARD)).containsExactly("SELECT 'it''s'");
    }

    private static void assertUnterminated(String sql, SqlSyntax syntax, int line, String what) {
        java.nio.file.Path file = java.nio.file.Path.of("migrations", "V7__open.sql");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
            try (StatementSplitter splitter = new StatementSplitter(new java.io.StringReader(sql), syntax, file)) {
                splitter.forEachRemaining(s -> { });
            }
        }).isInstanceOfSatisfying(dev.godwit.core.problem.GodwitException.class, e -> {
            assertThat(e.problem().code()).isEqualTo(dev.godwit.core.problem.ProblemCode.UNTERMINATED_SQL);
            assertThat(e.problem().summary()).startsWith("V7__open.sql line " + line + ": " + what);
        });
    }

    @Test
    void streamsALargeInputHoldingOneStatementAtATime() {
        int count = 200_000;
        Reader generated = new Reader() {
            private int emitted;
            private String current = "";
            private int offset;

            @Override
            public int read(char[] buffer, int off, int len) {
                if (offset == current.length()) {
                    if (emitted == count) {
                        return -1;
                    }
                    current = "INSERT INTO t VALUES (" + emitted++ + ", 'row; text');\n";
                    offset = 0;
                }
                int n = Math.min(len, current.length() - offset);
                current.getChars(offset, offset + n, buffer, off);
                offset += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        int seen = 0;
        try (StatementSplitter splitter = new StatementSplitter(generated, POSTGRES)) {
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                assertThat(statement.line()).isEqualTo(seen + 1);
                seen++;
            }
        }
        assertThat(seen).isEqualTo(count);
    }
}
