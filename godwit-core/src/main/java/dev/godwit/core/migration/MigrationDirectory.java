package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a migrations directory into {@link Migrations}, refusing anything it does not
 * understand rather than skipping it: a file that is silently ignored is a migration that
 * silently never runs.
 *
 * <p>Allowed: {@code V<version>__<description>.sql}, {@code U<version>__<description>.sql},
 * {@code R__<description>.sql}, the callbacks of {@link #CALLBACK_EVENTS} ({@code afterMigrate.sql},
 * {@code afterMigrate__grants.sql}), {@code godwit.sum}, {@code README*}, and hidden files (such as {@code .gitkeep}).
 */
public final class MigrationDirectory {

    public static final String SUM_FILE = "godwit.sum";

    private static final Pattern FLYWAY_CALLBACK = Pattern.compile("((?:before|after)[A-Z][A-Za-z]*)(__.*)?\\.sql");

    /** The callbacks godwit runs, by Flyway's names: those of {@code migrate}. */
    public static final List<String> CALLBACK_EVENTS = List.of("beforeMigrate", "beforeEachMigrate", "afterEachMigrate", "afterMigrate", "afterMigrateError");

    private MigrationDirectory() {
    }

    /**
     * Scans {@code directory} (not recursively).
     *
     * <p>An undo file without its versioned file is kept ({@link Migrations#orphanUndo()}): when
     * history knows that version, it is the trace of a lost file that {@code recover} writes back;
     * the commands decide ({@link Migrations#requireNoOrphanUndo()}).
     *
     * @throws GodwitException (configuration) when the directory does not exist; (action) when a
     *                         file name is not understood, or two files have one version
     */
    public static Migrations scan(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw GodwitException.of(ProblemCode.MIGRATIONS_DIRECTORY_MISSING, Message.of("files.migrations-directory-missing", "directory", directory), Message.of("files.migrations-directory-missing.next"));
        }
        List<MigrationScript> versioned = new ArrayList<>();
        List<MigrationScript> repeatable = new ArrayList<>();
        List<MigrationScript> callbacks = new ArrayList<>();
        Map<Version, MigrationScript> undo = new HashMap<>();
        Map<Version, MigrationScript> seen = new HashMap<>();
        for (Path file : list(directory)) {
            MigrationScript script = parse(file);
            if (script == null) {
                continue;
            }
            if (script.isRepeatable()) {
                repeatable.add(script);
                continue;
            }
            if (script.kind() == ScriptKind.CALLBACK) {
                callbacks.add(script);
                continue;
            }
            Map<Version, MigrationScript> sameKind = script.kind() == ScriptKind.VERSIONED ? seen : undo;
            MigrationScript clash = sameKind.putIfAbsent(script.version(), script);
            if (clash != null) {
                throw GodwitException.of(ProblemCode.DUPLICATE_VERSION,
                        Message.of("files.duplicate-version", "version", script.version(), "first", clash.fileName(), "second", script.fileName()),
                        Message.of("files.duplicate-version.next"));
            }
            if (script.kind() == ScriptKind.VERSIONED) {
                versioned.add(script);
            }
        }
        versioned.sort(Comparator.comparing(MigrationScript::version));
        return new Migrations(directory, versioned, undo, repeatable, callbacks);
    }

    private static List<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw FileProblems.cannotRead(directory, e);
        }
    }

    /** The script a file is, or {@code null} for a file godwit leaves alone. */
    static MigrationScript parse(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.equals(SUM_FILE) || name.toUpperCase(Locale.ROOT).startsWith("README")) {
            return null;
        }
        if (name.startsWith("R__")) {
            if (!name.endsWith(".sql") || name.length() <= "R__.sql".length()) {
                throw unknown(file, "a repeatable migration is named R__<description>.sql, e.g. R__views.sql");
            }
            String description = name.substring(3, name.length() - ".sql".length());
            return new MigrationScript(ScriptKind.REPEATABLE, null, description.replace('_', ' ').trim(), file);
        }
        java.util.regex.Matcher callback = FLYWAY_CALLBACK.matcher(name);
        if (callback.matches()) {
            if (!CALLBACK_EVENTS.contains(callback.group(1))) {
                throw unknown(file, "godwit runs the callbacks " + String.join(", ", CALLBACK_EVENTS) + " (" + callback.group(1) + " is Flyway's, of a command godwit does not have)");
            }
            return new MigrationScript(ScriptKind.CALLBACK, null, callback.group(1), file);
        }
        int separator = name.indexOf("__");
        boolean prefixed = name.startsWith("V") || name.startsWith("U");
        if (!prefixed || separator < 0 || !name.endsWith(".sql") || separator + 2 > name.length() - 4) {
            throw unknown(file, "a migration is named V<version>__<description>.sql (or U… for its undo), e.g. V3__add_invoice.sql");
        }
        String versionText = name.substring(1, separator);
        if (!Version.isVersion(versionText)) {
            throw unknown(file, "'" + versionText + "' is not a version: use numbers separated by dots or underscores, e.g. V2__…, V2_1__… or V2.1__…");
        }
        ScriptKind kind = name.charAt(0) == 'V' ? ScriptKind.VERSIONED : ScriptKind.UNDO;
        String description = name.substring(separator + 2, name.length() - ".sql".length());
        return new MigrationScript(kind, Version.parse(versionText), description.replace('_', ' ').trim(), file);
    }

    /** A folder among the migrations. Told when a name does not parse or the file cannot be read: no stat per file on the way. */
    static GodwitException folder(Path file) {
        return GodwitException.of(ProblemCode.UNEXPECTED_FILE, Message.of("files.unexpected-file", "file", file), Message.of("files.unexpected-file.next"), Message.of("files.unexpected-file.detail"));
    }

    private static GodwitException unknown(Path file, String why) {
        if (Files.isDirectory(file)) {
            return folder(file);
        }
        return GodwitException.of(ProblemCode.UNEXPECTED_FILE, Message.of("files.unexpected-file-2", "file", file), Message.of("files.unexpected-file-2.next"), Message.verbatim(why));
    }
}
