package dev.godwit.core.sql;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.problem.FileProblems;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs the statements of one script on a connection, streaming the file statement by statement,
 * and keeps its text (up to {@link #STORED_SQL_LIMIT} characters) for the history row.
 */
public final class ScriptExecutor {

    /** Larger scripts keep only their checksum in history. */
    static final int STORED_SQL_LIMIT = 1024 * 1024;

    /** Called after each statement that succeeded. */
    public interface AfterStatement {
        void done(SqlStatement statement) throws SQLException;

        AfterStatement NOTHING = statement -> { };
    }

    /** A statement failed. */
    public static final class StatementFailed extends Exception {
        public final SqlStatement statement;
        public final SQLException error;

        StatementFailed(SqlStatement statement, SQLException error) {
            super(error.getMessage(), error);
            this.statement = statement;
            this.error = error;
        }
    }

    /**
     * @param statements how many statements ran
     * @param sql        the script's text, or {@code null} when larger than the stored bound
     */
    public record Outcome(int statements, String sql) {
    }

    private ScriptExecutor() {
    }

    public static Outcome run(Connection connection, MigrationScript script, SqlSyntax syntax, AfterStatement after) throws StatementFailed, SQLException {
        return run(connection, script, syntax, statement -> true, after);
    }

    /** Runs only the statements {@code which} accepts (the others are read and skipped). */
    public static Outcome run(Connection connection, MigrationScript script, SqlSyntax syntax, java.util.function.Predicate<SqlStatement> which,
                              AfterStatement after) throws StatementFailed, SQLException {
        return run(connection, script, syntax, dev.godwit.core.migration.Placeholders.NONE, which, after);
    }

    /** Runs the script with its {@code ${…}} replaced (unless it says {@code -- godwit:no-placeholders}). */
    public static Outcome run(Connection connection, MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders,
                              AfterStatement after) throws StatementFailed, SQLException {
        return run(connection, script, syntax, placeholders, statement -> true, after);
    }

    /**
     * Runs a migration, whichever it is: a file's statements, or a Java migration's work (which counts as
     * one statement). Every runner of migrations — migrate, the replay, the fingerprints — goes through here.
     */
    public static Outcome runMigration(Connection connection, MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders)
            throws StatementFailed, dev.godwit.core.migration.JavaRun.Failed, SQLException {
        return runMigration(connection, script, syntax, placeholders, "");
    }

    /**
     * Runs a migration with {@code prelude} (see {@link dev.godwit.core.spi.Transactions#beginDeferred})
     * sent in one round trip with its first statement; alone first for a Java migration.
     */
    public static Outcome runMigration(Connection connection, MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders,
                                       String prelude) throws StatementFailed, dev.godwit.core.migration.JavaRun.Failed, SQLException {
        if (script.isJava()) {
            runPrelude(connection, prelude);
            dev.godwit.core.migration.JavaRun.migrate(connection, script, placeholders);
            return new Outcome(1, null);
        }
        return run(connection, script, syntax, placeholders, prelude, statement -> true, AfterStatement.NOTHING);
    }

    /** Runs what a transaction's start deferred, when there is no statement to send it with. */
    public static void runPrelude(Connection connection, String prelude) throws SQLException {
        if (!prelude.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(prelude);
            }
        }
    }

    /**
     * Every placeholder of the script has a value and is well formed: checked for each pending
     * migration before the first runs.
     *
     * @throws dev.godwit.core.problem.GodwitException naming the file, the line and the placeholder
     */
    public static void checkPlaceholders(MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders) {
        if (dev.godwit.core.migration.Directives.of(script.path()).noPlaceholders()) {
            return;
        }
        dev.godwit.core.migration.Placeholders.Builtins builtins = dev.godwit.core.migration.Placeholders.Builtins.of(name -> name);
        try (StatementSplitter splitter = new StatementSplitter(dev.godwit.core.migration.TextFiles.reader(script.path()), syntax, script.path())) {
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                placeholders.apply(statement.sql(), script, statement.line(), builtins);
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
    }

    private static Outcome run(Connection connection, MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders,
                               java.util.function.Predicate<SqlStatement> which, AfterStatement after) throws StatementFailed, SQLException {
        return run(connection, script, syntax, placeholders, "", which, after);
    }

    private static Outcome run(Connection connection, MigrationScript script, SqlSyntax syntax, dev.godwit.core.migration.Placeholders placeholders,
                               String prelude, java.util.function.Predicate<SqlStatement> which, AfterStatement after) throws StatementFailed, SQLException {
        // As in Flyway, on by default: the built-ins need no configuration, and an undefined one is an error, not text.
        // The file's directives are read only when a statement holds ${: most never do, and this is migrate's hot path.
        Boolean[] substitute = {null};
        dev.godwit.core.migration.Placeholders.Builtins builtins = dev.godwit.core.migration.Placeholders.Builtins.of(name -> {
            try {
                return name.equals("database") ? String.valueOf(connection.getCatalog()) : String.valueOf(connection.getMetaData().getUserName());
            } catch (SQLException e) {
                return "";
            }
        });
        try (CapturingReader source = new CapturingReader(dev.godwit.core.migration.TextFiles.reader(script.path()));
             StatementSplitter splitter = new StatementSplitter(source, syntax, script.path());
             Statement jdbc = connection.createStatement()) {
            int count = 0;
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                if (!which.test(statement)) {
                    continue;
                }
                String sql = statement.sql();
                if (sql.contains("${")) {
                    if (substitute[0] == null) {
                        substitute[0] = !dev.godwit.core.migration.Directives.of(script.path()).noPlaceholders();
                    }
                    sql = substitute[0] ? placeholders.apply(sql, script, statement.line(), builtins) : sql;
                }
                try {
                    jdbc.execute(count == 0 ? prelude + sql : sql);
                } catch (SQLException e) {
                    throw new StatementFailed(statement, e);
                }
                count++;
                after.done(statement);
            }
            return new Outcome(count, source.captured());
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
    }

    /** Copies what is read, line endings normalized, until the bound is passed. */
    private static final class CapturingReader extends FilterReader {
        private StringBuilder copy = new StringBuilder();
        private boolean lastWasCr;

        CapturingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (copy != null && n > 0) {
                for (int i = offset; i < offset + n; i++) {
                    char c = buffer[i];
                    if (c == '\n' && lastWasCr) {
                        lastWasCr = false;
                        continue;
                    }
                    lastWasCr = c == '\r';
                    copy.append(c == '\r' ? '\n' : c);
                }
                if (copy.length() > STORED_SQL_LIMIT) {
                    copy = null;
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        String captured() {
            if (copy == null) {
                return null;
            }
            return copy.length() > 0 && copy.charAt(0) == '\uFEFF' ? copy.substring(1) : copy.toString();
        }
    }
}
