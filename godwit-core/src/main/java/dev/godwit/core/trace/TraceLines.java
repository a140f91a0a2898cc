package dev.godwit.core.trace;

import dev.godwit.core.message.Message;

import java.util.ArrayList;
import java.util.List;

/** A migration's lock trace as text, statement by statement: what it locks, what that blocks, what it rewrites. */
public final class TraceLines {

    private TraceLines() {
    }

    /** The lines the command line prints and the Maven plugin logs, in English. */
    public static List<String> of(MigrationTraces.MigrationTrace trace) {
        return messages(trace).stream().map(Message::english).toList();
    }

    /** The same lines, to print in the user's language. */
    public static List<Message> messages(MigrationTraces.MigrationTrace trace) {
        List<Message> lines = new ArrayList<>();
        boolean transactional = trace.statements().isEmpty() || trace.statements().get(0).untilCommit();
        lines.add(Message.of(transactional ? "trace.header" : "trace.header.no-transaction", "file", trace.script().fileName()));
        for (StatementTrace s : trace.statements()) {
            lines.add(Message.of("trace.statement", "number", s.statement().number(), "line", s.statement().line(), "sql", abbreviate(s.statement().sql())));
            if (s.notTraced() != null) {
                lines.add(Message.of("trace.not-traced", "reason", s.notTraced()));
                continue;
            }
            if (s.locks().isEmpty() && s.rewritten().isEmpty()) {
                lines.add(Message.of(s.untilCommit() ? "trace.no-lock.until-commit" : "trace.no-lock"));
            }
            for (StatementTrace.LockTaken lock : s.locks()) {
                List<String> blocks = lock.mode().blocks();
                String key = blocks.isEmpty() ? "trace.lock.blocks-nothing" : s.untilCommit() ? "trace.lock.until-commit" : "trace.lock.while-running";
                lines.add(Message.of(key, "mode", lock.mode().sql(), "relation", lock.relation(), "blocks", String.join(", ", blocks)));
            }
            for (String relation : s.rewritten()) {
                lines.add(Message.of("trace.rewrites", "relation", relation));
            }
            for (String table : s.scanned()) {
                lines.add(Message.of("trace.reads", "table", table));
            }
        }
        return lines;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }
}
