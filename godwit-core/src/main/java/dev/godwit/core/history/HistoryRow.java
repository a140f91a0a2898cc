package dev.godwit.core.history;

import dev.godwit.core.migration.Version;

/**
 * One row of {@code godwit_history}, as read back (without the stored SQL, which can be large).
 *
 * @param rank        order of the row, from 1, gapless
 * @param kind        what it records
 * @param version     the migration's version
 * @param description the migration's description
 * @param script      the file name that ran, or {@code null} (baseline)
 * @param checksum    SHA-256 of that file, or {@code null}
 * @param fingerprint schema fingerprint after the run, when recorded
 * @param appliedBy   OS user and host of the process
 * @param appliedAt   when, as the database printed it
 * @param executionMs how long it ran
 * @param success     whether it succeeded
 * @param detail      an error message or progress note, or {@code null}
 */
public record HistoryRow(
        int rank,
        HistoryKind kind,
        Version version,
        String description,
        String script,
        String checksum,
        String fingerprint,
        String appliedBy,
        String appliedAt,
        long executionMs,
        boolean success,
        String detail) {
}
