package dev.godwit.core.trace;

import java.util.ArrayList;
import java.util.List;

/** A migration's lock trace as text, statement by statement: what it locks, what that blocks, what it rewrites. */
public final class TraceLines {

    private TraceLines() {
    }

    /** The lines the command line prints and the Maven plugin logs. */
    public static List<String> of(MigrationTraces.MigrationTrace trace) {
        List<String> lines = new ArrayList<>();
        boolean transactional = trace.statements().isEmpty() || trace.statements().get(0).untilCommit();
        lines.add(trace.script().fileName() + (transactional ? " (traced on the dev database, rolled back):"
                : " (no-transaction: traced statement by statement on a scratch copy of the dev database):"));
        for (StatementTrace s : trace.statements()) {
            lines.add("  " + s.statement().number() + ". line " + s.statement().line() + ": " + abbreviate(s.statement().sql()));
            if (s.notTraced() != null) {
                lines.add("       not traced: " + s.notTraced());
                continue;
            }
            String until = s.untilCommit() ? " until the migration commits" : " while it runs";
            if (s.locks().isEmpty() && s.rewritten().isEmpty()) {
                lines.add(s.untilCommit() ? "       no lock on an existing table beyond those taken above (locks last until the migration commits)"
                        : "       no lock on an existing table");
            }
            for (StatementTrace.LockTaken lock : s.locks()) {
                List<String> blocks = lock.mode().blocks();
                lines.add("       " + lock.mode().sql() + " on " + lock.relation()
                        + (blocks.isEmpty() ? " (blocks no reads or writes)" : " (blocks " + String.join(", ", blocks) + until + ")"));
            }
            for (String relation : s.rewritten()) {
                lines.add("       rewrites " + relation + " (every row copied under the lock)");
            }
            for (String table : s.scanned()) {
                lines.add("       reads every row of " + table + " (to build or validate) under the lock");
            }
        }
        return lines;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }
}
