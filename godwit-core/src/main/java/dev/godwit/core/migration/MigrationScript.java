package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.api.JavaMigration;

import java.nio.file.Path;

/**
 * One migration: a file, whose content is not held (it is read, streamed, when hashed or applied),
 * or a {@link JavaMigration} object.
 *
 * @param kind        versioned, undo, repeatable or callback
 * @param version     the version its name gives; {@code null} for a repeatable migration or a callback
 * @param description its name's description, underscores read as spaces
 * @param path        where it lives; {@code null} for a Java migration
 * @param code        the Java migration, or {@code null} for a file
 */
public record MigrationScript(ScriptKind kind, Version version, String description, Path path, JavaMigration code) {

    public MigrationScript(ScriptKind kind, Version version, String description, Path path) {
        this(kind, version, description, path, null);
    }

    /** A Java migration, versioned as it says. */
    public static MigrationScript of(JavaMigration code) {
        String version;
        try {
            version = code.version();
        } catch (IllegalArgumentException e) {
            throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.JAVA_MIGRATION_INVALID, Message.verbatim(e.getMessage()),
                    Message.of("files.java-name.next"));
        }
        if (version == null || !Version.isVersion(version)) {
            throw dev.godwit.core.problem.GodwitException.of(dev.godwit.core.problem.ProblemCode.JAVA_MIGRATION_INVALID,
                    Message.of("files.java-version", "class", code.getClass().getName(), "version", String.valueOf(version)),
                    Message.of("files.java-version.next"));
        }
        String description = code.description();
        return new MigrationScript(ScriptKind.VERSIONED, Version.parse(version), description == null ? "" : description, null, code);
    }

    /**
     * How history and messages name it: the file name ({@code V3__add_invoice.sql}), or a Java
     * migration's class name (a Spring proxy's suffix left out).
     */
    public String fileName() {
        if (code != null) {
            return code.name();
        }
        return path.getFileName().toString();
    }

    public boolean isRepeatable() {
        return kind == ScriptKind.REPEATABLE;
    }

    public boolean isJava() {
        return code != null;
    }

    /** A Java migration's checksum: its own, or one of its name and version (see {@link JavaMigration#checksum()}). */
    public String javaChecksum() {
        String own = code.checksum();
        return own != null ? own : Checksum.of("java " + fileName() + " " + version);
    }
}
