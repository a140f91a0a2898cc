package dev.godwit.core.status;

import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.Version;

/**
 * One migration as {@code status} shows it.
 *
 * @param version     its version
 * @param description from the file, else from history
 * @param state       where it stands
 * @param script      its file, or {@code null} when missing
 * @param checksum    the file's checksum, else the recorded one
 * @param last        the history row that decided its state, or {@code null} when it has none
 * @param detail      what a user needs to know about the state (failure, statement reached), or {@code null}
 */
public record MigrationStatus(
        Version version,
        String description,
        MigrationState state,
        MigrationScript script,
        String checksum,
        HistoryRow last,
        String detail) {
}
