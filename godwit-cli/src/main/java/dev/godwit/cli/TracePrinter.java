package dev.godwit.cli;

import dev.godwit.core.trace.MigrationTraces;
import dev.godwit.core.trace.TraceLines;
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
        TraceLines.messages(trace).forEach(console::line);
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
}
