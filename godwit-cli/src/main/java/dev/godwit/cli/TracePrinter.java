package dev.godwit.cli;

import dev.godwit.core.trace.MigrationTraces;
import dev.godwit.core.trace.StatementTrace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A migration's lock trace, statement by statement: what it locks, what that blocks, what it rewrites. */
final class TracePrinter {

    private TracePrinter() {
    }

    static void print(Console console, MigrationTraces.MigrationTrace trace) {
        boolean transactional = trace.statements().isEmpty() || trace.statements().get(0).untilCommit();
        console.line(trace.script().fileName() + (transactional ? " (traced on the dev database, rolled back):"
                : " (no-transaction: traced statement by statement on a scratch copy of the dev database):"));
        for (StatementTrace s : trace.statements()) {
            console.line("  " + s.statement().number() + ". line " + s.statement().line() + ": " + abbreviate(s.statement().sql()));
            if (s.notTraced() != null) {
                console.line("       not traced: " + s.notTraced());
                continue;
            }
            String until = s.untilCommit() ? " until the migration commits" : " while it runs";
            if (s.locks().isEmpty() && s.rewritten().isEmpty()) {
                console.line(s.untilCommit() ? "       no lock on an existing table beyond those taken above (locks last until the migration commits)"
                        : "       no lock on an existing table");
            }
            for (StatementTrace.LockTaken lock : s.locks()) {
                List<String> blocks = lock.mode().blocks();
                console.line("       " + lock.mode().sql() + " on " + lock.relation()
                        + (blocks.isEmpty() ? " (blocks no reads or writes)" : " (blocks " + String.join(", ", blocks) + until + ")"));
            }
            for (String relation : s.rewritten()) {
                console.line("       rewrites " + relation + " (every row copied under the lock)");
            }
            for (String table : s.scanned()) {
                console.line("       reads every row of " + table + " (to build or validate) under the lock");
            }
        }
    }

    static List<Object> json(List<MigrationTraces.MigrationTrace> traces) {
        List<Object> migrations = new ArrayList<>();
        for (MigrationTraces.MigrationTrace t : traces) {
            List<Object> statements = new ArrayList<>();
            for (StatementTrace s : t.statements()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("number", s.statement().number());
                row.put("line", s.statement().line());
                row.put("notTraced", s.notTraced());
                List<Object> locks = new ArrayList<>();
                for (StatementTrace.LockTaken lock : s.locks()) {
                    Map<String, Object> l = new LinkedHashMap<>();
                    l.put("relation", lock.relation());
                    l.put("mode", lock.mode().sql());
                    l.put("blocks", lock.mode().blocks());
                    locks.add(l);
                }
                row.put("locks", locks);
                row.put("rewrites", s.rewritten());
                row.put("scans", s.scanned());
                row.put("locksHeld", s.untilCommit() ? "until-commit" : "while-running");
                statements.add(row);
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("migration", t.script().fileName());
            m.put("statements", statements);
            migrations.add(m);
        }
        return migrations;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() <= 100 ? flat : flat.substring(0, 97) + "...";
    }
}
