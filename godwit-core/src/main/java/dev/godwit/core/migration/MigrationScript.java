package dev.godwit.core.migration;

import java.nio.file.Path;

/**
 * One migration file. Its content is not held: it is read (streamed) when hashed or applied.
 *
 * @param kind        versioned, undo or repeatable
 * @param version     the version its name gives; {@code null} for a repeatable migration
 * @param description its name's description, underscores read as spaces
 * @param path        where it lives
 */
public record MigrationScript(ScriptKind kind, Version version, String description, Path path) {

    /** The file name, e.g. {@code V3__add_invoice.sql}: how history and messages name it. */
    public String fileName() {
        return path.getFileName().toString();
    }

    public boolean isRepeatable() {
        return kind == ScriptKind.REPEATABLE;
    }
}
