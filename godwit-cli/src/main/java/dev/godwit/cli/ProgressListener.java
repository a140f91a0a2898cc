package dev.godwit.cli;

import dev.godwit.core.message.Message;
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
        console.notice(Message.of("cli.lock.waiting", "holder", holder));
    }

    @Override
    public void applying(MigrationScript script) {
        console.progress(Message.of("cli.applying", "file", script.fileName()));
    }

    @Override
    public void retrying(MigrationScript script, int attempt, Duration delay, dev.godwit.core.message.Message reason) {
        console.notice(Message.of("cli.table-lock.retrying", "file", script.fileName(), "reason", console.text(reason),
                "millis", delay.toMillis(), "attempt", attempt + 1));
    }

    @Override
    public void warning(String text) {
        console.notice(Message.of("cli.warning", "text", text));
    }

    @Override
    public void warning(Message message) {
        console.notice(Message.of("cli.warning", "text", message));
    }

    @Override
    public void appliedElsewhere(MigrationScript script) {
        console.notice(Message.of("cli.applied-elsewhere", "file", script.fileName()));
    }
}
