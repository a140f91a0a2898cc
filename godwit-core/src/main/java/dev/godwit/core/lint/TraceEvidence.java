package dev.godwit.core.lint;

import dev.godwit.core.lint.Finding.Severity;
import dev.godwit.core.trace.LockMode;
import dev.godwit.core.trace.StatementTrace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The static findings weighed against what the lock trace saw each statement do. Where the trace is
 * exact, it decides: a type change the trace saw rewrite nothing is not reported, one that rewrote is
 * reported with what it rewrote; the same for scans that validate. The trace also finds what no text
 * rule can: a rewrite nobody predicted (GW141), and a lock held until commit while a later statement
 * reads or rewrites a whole table (GW140).
 */
final class TraceEvidence {

    /** @param cleared the static findings the trace showed wrong for this migration on this schema */
    record Refined(List<Finding> findings, List<Finding> cleared) {
    }

    private static final Set<Rule> REWRITES = Set.of(Rule.TYPE_CHANGE, Rule.VOLATILE_DEFAULT, Rule.ADD_COLUMN_REWRITES, Rule.TABLE_REWRITE_COMMAND);
    private static final Set<Rule> SCANS = Set.of(Rule.SET_NOT_NULL, Rule.CHECK_NOT_NOT_VALID, Rule.FOREIGN_KEY_VALIDATED, Rule.DOMAIN_ADD_CONSTRAINT);
    private static final Set<Rule> LOCKS = Set.of(Rule.INDEX_NOT_CONCURRENT, Rule.DROP_INDEX_NOT_CONCURRENT, Rule.REINDEX_NOT_CONCURRENT,
            Rule.DETACH_NOT_CONCURRENT, Rule.UNIQUE_NOT_USING_INDEX, Rule.EXCLUSION_CONSTRAINT);

    private TraceEvidence() {
    }

    /** What the trace saw a cleared finding's statement not do. */
    static String notSeen(Rule rule) {
        return SCANS.contains(rule) ? "read no table in full" : "rewrite nothing";
    }

    static Refined refine(String file, List<Finding> findings, List<StatementTrace> trace) {
        Map<Integer, List<StatementTrace>> byLine = new HashMap<>();
        Map<StatementTrace, Map<String, LockMode>> holding = holding(trace);
        for (StatementTrace t : trace) {
            if (t.notTraced() == null) {
                byLine.computeIfAbsent(t.statement().line(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Finding> kept = new ArrayList<>();
        List<Finding> cleared = new ArrayList<>();
        for (Finding f : findings) {
            List<StatementTrace> seen = byLine.get(f.line());
            if (seen == null) {
                kept.add(f);
            } else if (REWRITES.contains(f.rule())) {
                Set<String> rewritten = union(seen, StatementTrace::rewritten);
                addOrClear(f, rewritten.isEmpty() ? null : "rewrote " + String.join(", ", rewritten) + " under " + locks(seen, holding), kept, cleared);
            } else if (SCANS.contains(f.rule())) {
                Set<String> read = union(seen, StatementTrace::scanned);
                read.addAll(union(seen, StatementTrace::rewritten));
                addOrClear(f, read.isEmpty() ? null : "read every row of " + String.join(", ", read) + " under " + locks(seen, holding), kept, cleared);
            } else if (LOCKS.contains(f.rule()) && !blocking(seen).isEmpty()) {
                kept.add(f.traced("took " + blocking(seen)));
            } else {
                kept.add(f);
            }
        }
        unpredictedRewrites(file, findings, trace, holding, kept);
        locksHeldDuringLongSteps(file, trace, kept);
        return new Refined(kept, cleared);
    }

    private static void addOrClear(Finding f, String seen, List<Finding> kept, List<Finding> cleared) {
        if (seen == null) {
            cleared.add(f);
        } else {
            kept.add(f.traced(seen));
        }
    }

    private static void unpredictedRewrites(String file, List<Finding> findings, List<StatementTrace> trace, Map<StatementTrace, Map<String, LockMode>> holding,
                                            List<Finding> kept) {
        for (StatementTrace t : trace) {
            boolean predicted = findings.stream().anyMatch(f -> f.line() == t.statement().line() && REWRITES.contains(f.rule()));
            if (t.notTraced() == null && !t.rewritten().isEmpty() && !predicted) {
                kept.add(new Finding(Rule.REWRITE_NOT_PREDICTED, Severity.WARNING, file, t.statement().line(),
                        "this statement rewrote " + String.join(", ", t.rewritten()) + " (every row copied) under " + locks(List.of(t), holding)
                                + ": on a big table, reads and writes wait for the whole copy",
                        "look for a form of the change that does not rewrite (docs/lint.md), or run it when the table may be locked", Finding.Evidence.TRACE));
            }
        }
    }

    /** A lock that blocks the application, taken early and held to commit, while a later statement reads or copies a whole table. */
    private static void locksHeldDuringLongSteps(String file, List<StatementTrace> trace, List<Finding> kept) {
        Map<String, StatementTrace.LockTaken> held = new LinkedHashMap<>();
        Map<String, Integer> takenAt = new HashMap<>();
        Set<String> reported = new java.util.HashSet<>();
        for (StatementTrace t : trace) {
            if (t.notTraced() != null || !t.untilCommit()) {
                continue;
            }
            Set<String> fullReads = new LinkedHashSet<>(t.rewritten());
            fullReads.addAll(t.scanned());
            if (!fullReads.isEmpty()) {
                for (StatementTrace.LockTaken lock : held.values()) {
                    if (lock.table() && !fullReads.contains(lock.relation()) && reported.add(lock.relation())) {
                        kept.add(new Finding(Rule.LOCK_HELD_DURING_LONG_STEP, Severity.WARNING, file, t.statement().line(),
                                lock.relation() + " stays locked in " + lock.mode().sql() + " (taken at line " + takenAt.get(lock.relation())
                                        + ") while this statement " + (t.rewritten().isEmpty() ? "reads every row of " : "rewrites ") + String.join(", ", fullReads)
                                        + ": " + lock.relation() + "'s " + String.join(", ", lock.mode().blocks()) + " wait for that too, until the migration commits",
                                "put the long step in a migration of its own, or before the statement that takes the lock", Finding.Evidence.TRACE));
                    }
                }
            }
            for (StatementTrace.LockTaken lock : t.locks()) {
                StatementTrace.LockTaken before = held.get(lock.relation());
                if (!lock.mode().blocks().isEmpty() && (before == null || lock.mode().compareTo(before.mode()) > 0)) {
                    held.put(lock.relation(), lock);
                    takenAt.putIfAbsent(lock.relation(), t.statement().line());
                }
            }
        }
    }

    private static Set<String> union(List<StatementTrace> traces, java.util.function.Function<StatementTrace, List<String>> part) {
        Set<String> all = new LinkedHashSet<>();
        traces.forEach(t -> all.addAll(part.apply(t)));
        return all;
    }

    /** For each statement, the strongest lock held on each relation once it ran: its own, and a transaction's earlier ones. */
    private static Map<StatementTrace, Map<String, LockMode>> holding(List<StatementTrace> trace) {
        Map<StatementTrace, Map<String, LockMode>> holding = new java.util.IdentityHashMap<>();
        Map<String, LockMode> held = new HashMap<>();
        for (StatementTrace t : trace) {
            Map<String, LockMode> now = t.untilCommit() ? held : new HashMap<>();
            t.locks().forEach(lock -> now.merge(lock.relation(), lock.mode(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
            holding.put(t, Map.copyOf(now));
        }
        return holding;
    }

    /** {@code ACCESS EXCLUSIVE on trip}: the locks held on what the statements rewrote or read, else those they took. */
    private static String locks(List<StatementTrace> traces, Map<StatementTrace, Map<String, LockMode>> holding) {
        Set<String> parts = new LinkedHashSet<>();
        for (StatementTrace t : traces) {
            Set<String> touched = new LinkedHashSet<>(t.rewritten());
            touched.addAll(t.scanned());
            t.locks().forEach(lock -> touched.add(lock.relation()));
            Map<String, LockMode> held = holding.getOrDefault(t, Map.of());
            for (String relation : touched) {
                LockMode mode = held.get(relation);
                if (mode != null) {
                    parts.add(mode.sql() + " on " + relation);
                }
            }
        }
        return parts.isEmpty() ? "the locks the statement holds" : String.join(", ", parts);
    }

    /** The locks that block reads or writes: {@code SHARE on trip (blocks INSERT, UPDATE, DELETE)}. */
    private static String blocking(List<StatementTrace> traces) {
        List<String> parts = new ArrayList<>();
        for (StatementTrace t : traces) {
            for (StatementTrace.LockTaken lock : t.locks()) {
                List<String> blocks = lock.mode().blocks();
                if (!blocks.isEmpty() && lock.mode() != LockMode.ACCESS_SHARE) {
                    parts.add(lock.mode().sql() + " on " + lock.relation() + " (blocks " + String.join(", ", blocks) + ")");
                }
            }
        }
        return String.join(", ", parts);
    }
}
