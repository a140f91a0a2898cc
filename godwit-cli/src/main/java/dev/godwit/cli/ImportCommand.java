package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.config.ConfigResolver;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.runner.Godwit;
import dev.godwit.importing.FlywayImport;
import dev.godwit.importing.FlywaySettings;
import dev.godwit.importing.LiquibaseImport;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.DevDatabase;
import dev.godwit.core.spi.Dialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "import", description = {
        "Bring a Flyway or Liquibase project over. Needs no database.",
        "  godwit import flyway [FILE|DIR]   reads flyway.conf, flyway.toml or spring.flyway.* and writes godwit.properties",
        "  godwit import liquibase CHANGELOG  writes one migration per changeset (SQL rendered by Liquibase for the dialect)",
        "Then `godwit baseline` on each database the other tool migrated: it proves the version, and leaves that tool's tables alone."})
final class ImportCommand extends Subcommand {

    @Parameters(index = "0", paramLabel = "TOOL", description = "flyway or liquibase")
    String tool;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SOURCE", description = "flyway: the settings file or the project folder (default: here); liquibase: the master changelog")
    Path source;

    @Option(names = "--output", paramLabel = "FILE", description = "flyway: where to write the settings (default godwit.properties)")
    Path output;

    @Option(names = "--force", description = "flyway: overwrite an existing godwit.properties")
    boolean force;

    @Override
    public Integer call() {
        return switch (tool) {
            case "flyway" -> flyway();
            case "liquibase" -> liquibase();
            default -> throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-3", "tool", tool), Message.of("cli.bad-argument-3.next"));
        };
    }

    private int flyway() {
        Path here = root.context.workingDirectory();
        Path given = source == null ? here : here.resolve(source);
        FlywaySettings settings = Files.isDirectory(given) ? FlywaySettings.find(given) : FlywaySettings.read(given);
        Path project = Files.isDirectory(given) ? given : projectOf(settings.source(), here);
        FlywayImport.Result result = FlywayImport.convert(settings, project.toAbsolutePath().normalize());
        Path target = here.resolve(output == null ? Path.of(ConfigResolver.PROPERTIES_FILE) : output);
        if (Files.exists(target) && !force) {
            throw GodwitException.of(ProblemCode.FILE_EXISTS, Message.of("cli.file-exists", "target", target), Message.of("cli.file-exists.next"));
        }
        TextFiles.write(target, result.properties());
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("from", settings.source().toString());
            document.put("wrote", target.toString());
            document.put("carried", result.carried());
            document.put("todo", result.todo());
            document.put("notNeeded", result.notNeeded());
            console().json(document);
            return 0;
        }
        console().line(Message.of("cli.import", "source", here.relativize(settings.source().toAbsolutePath().normalize()), "target", here.relativize(target.toAbsolutePath().normalize())));
        result.carried().forEach(line -> console().line(Message.of("cli.import-2", "line", line)));
        result.notNeeded().forEach(line -> console().line(Message.of("cli.import-3", "line", line)));
        result.todo().forEach(line -> console().line(Message.of("cli.import-4", "line", line)));
        console().line(Message.of("cli.import-5"));
        return 0;
    }

    /** A settings file's project: the folder above {@code conf/} or {@code src/main/resources/}. */
    private static Path projectOf(Path file, Path fallback) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder.endsWith("conf")) {
            return folder.getParent();
        }
        if (folder.endsWith(Path.of("src", "main", "resources"))) {
            return folder.getParent().getParent().getParent();
        }
        return folder == null ? fallback : folder;
    }

    private int liquibase() {
        if (source == null) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-4"), Message.of("cli.bad-argument-4.next"));
        }
        GodwitConfig config = config();
        if (config.dialect() == null && config.connection().url() == null) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("cli.bad-argument-5"), Message.of("cli.bad-argument-5.next"));
        }
        Dialect dialect = new Godwit(config, RunListener.SILENT).dialect();
        LiquibaseImport.Result result;
        // Rendered on the dev database, changeset after changeset, as Liquibase rendered them on the real one.
        try (DevDatabase dev = dialect.devDatabase(config.dev()); Connection scratch = dev.create()) {
            result = LiquibaseImport.convert(root.context.workingDirectory().resolve(source), dialect.name(), config.migrations(), scratch);
        } catch (SQLException e) {
            throw GodwitException.of(ProblemCode.DEV_DATABASE_FAILED, Message.of("cli.dev-database-failed", "reason", e.getMessage()), Message.of("cli.dev-database-failed.next"));
        }
        Godwit.hash(config.migrations());
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ok", true);
            document.put("wrote", result.written().stream().map(p -> p.getFileName().toString()).toList());
            document.put("notes", result.notes());
            console().json(document);
            return 0;
        }
        List<Path> written = result.written();
        console().line(Message.of("cli.import-6", "written", written.size(), "migrations", config.migrations()));
        written.forEach(p -> console().line(Message.of("cli.import-7", "file", p.getFileName())));
        result.notes().forEach(note -> console().line(Message.of("cli.import-8", "note", note)));
        console().line(Message.of("cli.import-9"));
        return 0;
    }
}
