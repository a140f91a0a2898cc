package dev.godwit.cli;

import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.runner.RunListener;

import java.time.Duration;

/** Shows a run's progress: waits and retries always (on stderr), each migration on a terminal. */
final class ProgressListener implements RunListener {

    private final Console console;

    ProgressListener(Console console) {
        this.console = console;
    }

    @Override
    public void waiting(String holder) {
        console.notice("waiting for the migration lock, held by " + holder + " (another godwit run)…");
    }

    @Override
    public void applying(MigrationScript script) {
        console.progress("applying " + script.fileName() + " …");
    }

    @Override
    public void retrying(MigrationScript script, int attempt, Duration delay, String reason) {
        console.notice("warning: " + script.fileName() + " gave up waiting for a table lock so as not to hold up the application ("
                + reason.strip() + "); rolled back, retrying in " + delay.toMillis() + " ms (attempt " + (attempt + 1) + ")");
    }

    @Override
    public void warning(String text) {
        console.notice("warning: " + text);
    }

    @Override
    public void appliedElsewhere(MigrationScript script) {
        console.notice(script.fileName() + " was applied by another process meanwhile; skipped");
    }
}
