package dev.godwit.core.history;

import dev.godwit.core.migration.Version;

/**
 * A row to append to history; the table assigns {@code rank}, {@code applied_by} and {@code applied_at}.
 *
 * @param sql the SQL that ran, or {@code null} when it was larger than the stored bound
 */
public record HistoryEntry(
        HistoryKind kind,
        Version version,
        String description,
        String script,
        String checksum,
        String sql,
        String fingerprint,
        long executionMs,
        boolean success,
        String detail) {

    public HistoryEntry withFingerprint(String value) {
        return new HistoryEntry(kind, version, description, script, checksum, sql, value, executionMs, success, detail);
    }
}
