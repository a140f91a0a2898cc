package dev.godwit.core.testing;

import dev.godwit.core.migration.JavaCode;
import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.DevSettings;
import dev.godwit.core.spi.RunSettings;
import dev.godwit.core.spi.Secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A migrations folder in a temporary directory, and a {@link Godwit} pointed at a test database. */
public final class Project {

    private final Path root;
    private final Path migrations;
    private final ConnectionSpec connection;
    private RunSettings settings = new RunSettings(Duration.ofSeconds(5), 3, Duration.ofSeconds(60));
    private DevSettings dev = DevSettings.EMBEDDED;

    public Project(Path root, String url, String user, String password) {
        this.root = root;
        this.migrations = root.resolve("migrations");
        this.connection = new ConnectionSpec(url, user, password == null ? null : new Secret(password));
        try {
            Files.createDirectories(migrations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path migrations() {
        return migrations;
    }

    public ConnectionSpec connection() {
        return connection;
    }

    /** Where `diff`, `status` explanations and `repair` replay migrations. */
    public Project dev(DevSettings value) {
        this.dev = value;
        return this;
    }

    public Project settings(RunSettings settings) {
        this.settings = settings;
        return this;
    }

    /** Writes a migration file without touching {@code godwit.sum}. */
    public Path write(String name, String sql) {
        try {
            return Files.writeString(migrations.resolve(name), sql, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a migration file and rewrites {@code godwit.sum}, as a user running `godwit hash` would. */
    public Path add(String name, String sql) {
        Path file = write(name, sql);
        hash();
        return file;
    }

    public void delete(String name) {
        try {
            Files.delete(migrations.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void hash() {
        Godwit.hash(migrations);
    }

    public GodwitConfig config() {
        GodwitConfig base = GodwitConfig.of(connection, migrations).withSettings(settings).withSchema(root.resolve("schema.sql"));
        return new GodwitConfig(base.connection(), null, migrations, root, settings, base.schema(), dev, GodwitConfig.ModelSettings.NONE)
                .withCode(code);
    }

    private JavaCode code = JavaCode.NONE;

    /** The Java migrations and callbacks the project's runs are given, as through the Java API. */
    public Project code(JavaCode value) {
        this.code = value;
        return this;
    }

    public Godwit godwit() {
        return godwit(RunListener.SILENT);
    }

    public Godwit godwit(RunListener listener) {
        return new Godwit(config(), listener);
    }
}
