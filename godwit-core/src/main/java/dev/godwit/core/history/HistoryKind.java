package dev.godwit.core.history;

import java.util.Locale;

/** What a history row records. Stored lower-case in the {@code kind} column. */
public enum HistoryKind {
    /** A migration ran: successfully, or (no-transaction migrations only) not. */
    APPLY,
    /** A no-transaction migration started; an {@code APPLY} row follows unless the process died. */
    START,
    /** A statement of a no-transaction migration completed; {@code detail} says which. */
    PROGRESS,
    /** A migration was undone by its {@code U} file. */
    UNDO,
    /** The database was recorded as being at a version without running anything. */
    BASELINE,
    /**
     * {@code repair} established, by inspecting the live schema, that a version is applied as its
     * current file (the row carries the file's checksum) or is not applied (no checksum).
     */
    REPAIR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HistoryKind of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
