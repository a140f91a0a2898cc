package dev.godwit.core.migration;


import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migrations directory as read from disk: its scripts and each one's checksum (every file is
 * read once, streamed, and checked to be UTF-8).
 */
public record LocalMigrations(Migrations migrations, Map<Path, String> checksums, Placeholders placeholders, java.util.Set<Path> withDollarBrace,
                              JavaCode code) {

    public LocalMigrations(Migrations migrations, Map<Path, String> checksums) {
        this(migrations, checksums, Placeholders.NONE, checksums.keySet(), JavaCode.NONE);
    }

    /** Whether the script may hold a placeholder: those that do not need no check before a run. */
    public boolean mayHavePlaceholders(MigrationScript script) {
        return !script.isJava() && withDollarBrace.contains(script.path());
    }

    public static LocalMigrations load(Path directory) {
        return load(directory, Placeholders.NONE);
    }

    /** @param placeholders the values of the {@code ${…}} the scripts hold, substituted as they run (not as they are hashed) */
    public static LocalMigrations load(Path directory, Placeholders placeholders) {
        return load(directory, placeholders, JavaCode.NONE);
    }

    /** @param code the Java migrations, ordered with the files by version, and the Java callbacks */
    public static LocalMigrations load(Path directory, Placeholders placeholders, JavaCode code) {
        Migrations migrations = MigrationDirectory.scan(directory).withJava(code.migrations().stream().map(MigrationScript::of).toList());
        Map<Path, String> checksums = new HashMap<>();
        java.util.Set<Path> withDollarBrace = new java.util.HashSet<>();
        Checksum.Scanner scanner = new Checksum.Scanner();
        for (MigrationScript script : migrations.allScripts()) {
            Checksum.Scan scan;
            try {
                scan = scanner.scan(script.path());
            } catch (dev.godwit.core.problem.GodwitException e) {
                if (java.nio.file.Files.isDirectory(script.path())) {
                    throw MigrationDirectory.folder(script.path());
                }
                throw e;
            }
            checksums.put(script.path(), scan.checksum());
            if (scan.placeholders()) {
                withDollarBrace.add(script.path());
            }
        }
        return new LocalMigrations(migrations, Map.copyOf(checksums), placeholders, java.util.Set.copyOf(withDollarBrace), code);
    }

    public String checksum(MigrationScript script) {
        return script.isJava() ? script.javaChecksum() : checksums.get(script.path());
    }

    /** The sum file these scripts should have. */
    public SumFile expectedSum() {
        return SumFile.of(migrations, checksums);
    }

    /** Discrepancies between {@code godwit.sum} and the files, one line each; empty when they agree. */
    public List<String> sumDifferences() {
        return sumDifferenceMessages().stream().map(dev.godwit.core.message.Message::english).toList();
    }

    /** The same, to print in the user's language. */
    public List<dev.godwit.core.message.Message> sumDifferenceMessages() {
        Optional<SumFile> recorded = SumFile.read(migrations.directory());
        if (recorded.isEmpty()) {
            return migrations.isEmpty() ? List.of() : List.of(dev.godwit.core.message.Message.of("files.sum.none"));
        }
        return recorded.get().differenceMessagesFrom(expectedSum());
    }

    /** Rewrites {@code godwit.sum} of a directory from its files; returns what it wrote. */
    public static SumFile rehash(Path directory) {
        LocalMigrations local = load(directory);
        local.migrations().requireNoOrphanUndo();
        SumFile sum = local.expectedSum();
        sum.write(directory);
        return sum;
    }

    /** Throws the standard problem when {@code godwit.sum} and the files disagree. */
    public void requireSumMatches() {
        SumFile.requireMatch(SumFile.read(migrations.directory()), expectedSum(), migrations.directory());
    }
}
