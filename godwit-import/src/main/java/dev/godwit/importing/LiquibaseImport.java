package dev.godwit.importing;

import dev.godwit.core.message.Message;
import dev.godwit.core.history.ForeignHistory;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.exception.LiquibaseException;
import liquibase.exception.RollbackImpossibleException;
import liquibase.parser.ChangeLogParser;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A Liquibase changelog (formatted SQL, XML, YAML or JSON, its includes followed) as godwit
 * migrations: one versioned migration per changeset, in the order Liquibase runs them, each with
 * its SQL for the target database as Liquibase's own library renders it (offline: no database is
 * touched), and its undo file where Liquibase can roll the changeset back.
 *
 * <p>One per changeset, not one per file: {@code DATABASECHANGELOG} records changesets, so
 * {@code godwit baseline} can adopt a database at any changeset it ran; and a changeset is the unit
 * its authors reviewed, with its own context, precondition and transaction.
 */
public final class LiquibaseImport {

    /**
     * @param written  the files written, in version order
     * @param notes    what a changeset said that a migration cannot carry (contexts, labels, preconditions, dbms), one line each
     */
    public record Result(List<Path> written, List<String> notes) {
    }

    private LiquibaseImport() {
    }

    /**
     * @param changelog the master changelog; includes are read relative to its folder
     * @param dialect   {@code postgresql} or {@code sqlite}: the database Liquibase renders the SQL for
     * @param target    the migrations folder to write into (created; must hold no migration yet)
     * @param scratch   an empty scratch database of that dialect (godwit's dev database): each changeset's SQL is
     *                  rendered against it and then run on it, so what depends on the tables as they are (SQLite's
     *                  table rebuilds) is rendered from them; {@code null} renders offline
     */
    public static Result convert(Path changelog, String dialect, Path target, java.sql.Connection scratch) {
        if (!Files.isRegularFile(changelog)) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-6", "changelog", changelog), Message.of("import.source-6.next"));
        }
        requireEmpty(target);
        quietLiquibase();
        Path root = changelog.toAbsolutePath().getParent();
        String name = root.relativize(changelog.toAbsolutePath()).toString().replace('\\', '/');
        try (ResourceAccessor accessor = new DirectoryResourceAccessor(root)) {
            String name0 = liquibaseName(dialect);
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(scratch != null
                    ? new liquibase.database.jvm.JdbcConnection(scratch)
                    : new OfflineConnection("offline:" + name0 + "?outputLiquibaseSql=none", accessor));
            database.setOutputDefaultSchema(false);
            database.setOutputDefaultCatalog(false);
            ChangeLogParser parser = ChangeLogParserFactory.getInstance().getParser(name, accessor);
            DatabaseChangeLog log = parser.parse(name, new ChangeLogParameters(database), accessor);
            Result result = write(log.getChangeSets(), database, target, scratch);
            List<String> notes = new ArrayList<>(result.notes());
            // Liquibase's parser leaves out the changesets of other databases (dbms=): said, not silent.
            for (ChangeSet skipped : log.getSkippedChangeSets()) {
                notes.add(skipped.getFilePath() + "::" + skipped.getId() + "::" + skipped.getAuthor() + ": dbms "
                        + skipped.getDbmsOriginalString() + " leaves out " + database.getShortName() + ", so it has no migration");
            }
            return new Result(result.written(), notes);
        } catch (FileNotFoundException e) {
            throw GodwitException.of(ProblemCode.IMPORT_SOURCE, Message.of("import.source-7", "changelog", changelog, "reason", e.getMessage()), Message.of("import.source-7.next"));
        } catch (LiquibaseException e) {
            throw GodwitException.of(ProblemCode.IMPORT_CHANGESET, Message.of("import.changeset", "changelog", changelog, "reason", firstLine(e.getMessage())), Message.of("import.changeset.next"));
        } catch (Exception e) {
            throw GodwitException.of(ProblemCode.IMPORT_CHANGESET, Message.of("import.changeset-2", "changelog", changelog, "reason", firstLine(String.valueOf(e.getMessage()))), Message.of("import.changeset-2.next"));
        }
    }

    private static Result write(List<ChangeSet> changeSets, Database database, Path target, java.sql.Connection scratch) throws Exception {
        List<String> notes = new ArrayList<>();
        List<PendingFile> files = new ArrayList<>();
        int version = 0;
        for (ChangeSet changeSet : changeSets) {
            String where = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
            if (changeSet.getDbmsSet() != null && !changeSet.getDbmsSet().isEmpty()
                    && changeSet.getDbmsSet().stream().noneMatch(d -> d.equalsIgnoreCase(database.getShortName()) || d.equalsIgnoreCase("all"))) {
                notes.add(where + ": dbms " + changeSet.getDbmsOriginalString() + " leaves out " + database.getShortName() + ", so it has no migration");
                continue;
            }
            StringBuilder text = new StringBuilder(ForeignHistory.LIQUIBASE_HEADER).append(where).append('\n');
            header(changeSet, where, text, notes);
            if (!changeSet.isRunInTransaction()) {
                text.append("-- godwit:no-transaction\n");
            }
            text.append('\n');
            for (Change change : changeSet.getChanges()) {
                text.append(sql(change.generateStatements(database), database, where, scratch));
            }
            String fileName;
            PendingFile undoFile = null;
            if (changeSet.isAlwaysRun()) {
                fileName = "afterMigrate__" + describe(changeSet) + ".sql";
                notes.add(where + ": runAlways, so it became the callback " + fileName + " (it runs after every migrate)");
            } else if (changeSet.isRunOnChange()) {
                fileName = "R__" + describe(changeSet) + ".sql";
                notes.add(where + ": runOnChange, so it became the repeatable migration " + fileName);
            } else {
                version++;
                fileName = "V" + version + "__" + describe(changeSet) + ".sql";
                String undo = undo(changeSet, database, where);
                if (undo != null) {
                    undoFile = new PendingFile("U" + version + "__" + describe(changeSet) + ".sql",
                            ForeignHistory.LIQUIBASE_HEADER + where + "\n-- the rollback of the changeset\n\n" + undo);
                }
            }
            files.add(new PendingFile(fileName, text.toString()));
            if (undoFile != null) {
                files.add(undoFile);
            }
        }
        List<Path> written = new ArrayList<>();
        Files.createDirectories(target);
        for (PendingFile file : files) {
            Path path = target.resolve(file.name());
            TextFiles.write(path, file.text());
            written.add(path);
        }
        return new Result(written, notes);
    }

    private record PendingFile(String name, String text) {
    }

    /** What a migration cannot carry, as comments in it and notes for the report. */
    private static void header(ChangeSet changeSet, String where, StringBuilder text, List<String> notes) {
        if (changeSet.getComments() != null && !changeSet.getComments().isBlank()) {
            for (String line : changeSet.getComments().strip().split("\n")) {
                text.append("-- ").append(line.strip()).append('\n');
            }
        }
        if (changeSet.getContextFilter() != null && !changeSet.getContextFilter().isEmpty()) {
            text.append("-- context: ").append(changeSet.getContextFilter()).append(" (not carried over: godwit runs every migration everywhere)\n");
            notes.add(where + ": context " + changeSet.getContextFilter() + " is not carried over; godwit runs every migration everywhere");
        }
        if (changeSet.getLabels() != null && !changeSet.getLabels().isEmpty()) {
            text.append("-- labels: ").append(changeSet.getLabels()).append(" (not carried over)\n");
            notes.add(where + ": labels " + changeSet.getLabels() + " are not carried over");
        }
        if (changeSet.getPreconditions() != null && !changeSet.getPreconditions().getNestedPreconditions().isEmpty()) {
            String preconditions = changeSet.getPreconditions().getNestedPreconditions().stream()
                    .map(p -> p.getName()).reduce((a, b) -> a + ", " + b).orElse("");
            text.append("-- preconditions: ").append(preconditions).append(" (onFail ").append(changeSet.getPreconditions().getOnFail())
                    .append("; not carried over: the migration runs unconditionally)\n");
            notes.add(where + ": preconditions " + preconditions + " are not carried over; review that the migration may run unconditionally");
        }
    }

    private static String sql(SqlStatement[] statements, Database database, String where) throws java.sql.SQLException {
        return sql(statements, database, where, null);
    }

    /** The statements' SQL; run on {@code scratch} as well when given, so the next changeset is rendered against their result. */
    private static String sql(SqlStatement[] statements, Database database, String where, java.sql.Connection scratch) throws java.sql.SQLException {
        StringBuilder out = new StringBuilder();
        for (SqlStatement statement : statements) {
            if (!SqlGeneratorFactory.getInstance().supports(statement, database)) {
                throw GodwitException.of(ProblemCode.IMPORT_CHANGESET, Message.of("import.changeset-3", "where", where, "statement", statement.getClass().getSimpleName(), "shortName", database.getShortName()), Message.of("import.changeset-3.next"), Message.of("import.changeset-3.detail"));
            }
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                String text = sql.toSql().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String end = sql.getEndDelimiter() == null || sql.getEndDelimiter().isBlank() ? ";" : sql.getEndDelimiter().strip();
                out.append(text.endsWith(end) ? text : text + end).append("\n\n");
                if (scratch != null) {
                    try (java.sql.Statement run = scratch.createStatement()) {
                        run.execute(text.endsWith(end) ? text.substring(0, text.length() - end.length()) : text);
                    } catch (java.sql.SQLException e) {
                        throw GodwitException.of(ProblemCode.IMPORT_CHANGESET, Message.of("import.changeset-4", "where", where, "reason", firstLine(e.getMessage())), Message.of("import.changeset-4.next"), Message.of("import.changeset-4.detail", "value", text));
                    }
                }
            }
        }
        return out.toString();
    }

    /** The changeset's rollback: its own, else what Liquibase derives from its changes; {@code null} when it has none. */
    private static String undo(ChangeSet changeSet, Database database, String where) throws java.sql.SQLException {
        try {
            List<Change> own = changeSet.getRollback() == null ? List.of() : changeSet.getRollback().getChanges();
            StringBuilder out = new StringBuilder();
            if (!own.isEmpty()) {
                for (Change change : own) {
                    out.append(sql(change.generateStatements(database), database, where));
                }
                return out.toString();
            }
            List<Change> changes = new ArrayList<>(changeSet.getChanges());
            if (changes.isEmpty() || !changes.stream().allMatch(c -> c.supportsRollback(database))) {
                return null;
            }
            java.util.Collections.reverse(changes);
            for (Change change : changes) {
                out.append(sql(change.generateRollbackStatements(database), database, where));
            }
            return out.toString();
        } catch (RollbackImpossibleException e) {
            return null;
        }
    }

    private static void requireEmpty(Path target) {
        if (!Files.isDirectory(target)) {
            return;
        }
        try (var files = Files.list(target)) {
            List<String> present = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            if (!present.isEmpty()) {
                throw GodwitException.of(ProblemCode.FILE_EXISTS,
                        Message.of("import.not-empty", "folder", target, "files", present.get(0) + (present.size() > 1 ? ", …" : "")),
                        Message.of("import.not-empty.next"));
            }
        } catch (java.io.IOException e) {
            throw dev.godwit.core.problem.FileProblems.cannotRead(target, e);
        }
    }

    private static String liquibaseName(String dialect) {
        return switch (dialect.toLowerCase(Locale.ROOT)) {
            case "postgres", "postgresql" -> "postgresql";
            case "sqlite" -> "sqlite";
            default -> throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("import.bad-argument", "dialect", dialect), Message.of("import.bad-argument.next"));
        };
    }

    /** A file name's description: the changeset's id, or, for a number, what its changes do ({@code createTable tableName=trip}). */
    static String describe(ChangeSet changeSet) {
        String id = changeSet.getId();
        if (!id.matches("[0-9._-]+")) {
            return slug(id);
        }
        String what = slug(changeSet.getDescription() == null ? "" : changeSet.getDescription().replace("tableName=", ""));
        return what.length() > 48 ? what.substring(0, 48).replaceAll("_+$", "") : what;
    }

    /** Text as a file name's description: letters, digits and underscores. */
    static String slug(String id) {
        String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "changeset" : slug;
    }

    /** Held: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /** Liquibase logs every step through java.util.logging; the import reports for itself. */
    private static void quietLiquibase() {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static String firstLine(String text) {
        String stripped = text == null ? "" : text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
