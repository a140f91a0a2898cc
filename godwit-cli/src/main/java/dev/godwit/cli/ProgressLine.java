package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.fleet.FleetRun;

/** A fleet's live progress on a terminal: done / running / failed / left, the rate, and the time left. */
final class ProgressLine implements FleetRun.Progress {

    private final Console console;
    private final long started;
    private long shown;

    ProgressLine(Console console, long started) {
        this.console = console;
        this.started = started;
    }

    @Override
    public synchronized void update(int done, int running, int failed, int left) {
        long now = System.nanoTime();
        if (now - shown < 100_000_000L && left > 0) {
            return; // ten updates a second are enough for an eye
        }
        shown = now;
        double seconds = Math.max((now - started) / 1e9, 0.001);
        double rate = done / seconds;
        String remaining = rate > 0 ? String.format("%.0f s left", (left + running) / rate) : "…";
        console.status(String.format("done %d · running %d · failed %d · left %d · %.1f/s · %s", done, running, failed, left, rate, remaining));
    }

    void end() {
        console.status("");
        console.progress("");
    }
}
