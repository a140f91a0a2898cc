package dev.godwit.cli;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.message.Message;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.migration.TextFiles;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.schema.Constraints.ForeignKey;
import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Table;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.status.MigrationState;
import dev.godwit.core.status.MigrationStatus;
import dev.godwit.core.status.StatusReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code godwit report} shows, read from the database and the files once: the live schema
 * as diagrams (one per group of tables joined by foreign keys), status, history, drift, lint.
 *
 * @param drift    the drift's reconciling SQL lines, empty when none; {@code null} when it could not be checked
 * @param driftNot why drift was not checked, or {@code null}
 */
record ReportData(String database, String migrationsFolder, String current, List<Diagram> diagrams, List<String> notDrawn,
                  List<MigrationStatus> migrations, List<Problem> problems, List<HistoryRow> history,
                  List<String> drift, List<String> driftUnmodelled, Message driftNot, List<Finding> findings, List<Script> scripts) {

    /**
     * One Mermaid erDiagram, how many tables it draws, and the foreign keys from its tables to those of
     * other diagrams (which it cannot draw), as {@code name: table → table}.
     */
    record Diagram(String mermaid, int tables, List<String> crossing) {
    }

    /** A group of tables joined by foreign keys is drawn in parts of at most this many (Mermaid's layout slows down faster than linearly). */
    static final int PART = 40;

    /** A pending or problem migration's SQL, with the findings on its lines. */
    record Script(String file, String state, List<String> lines, Map<Integer, List<Finding>> findings) {
    }

    /**
     * Above this many tables the diagrams draw only key columns: Mermaid measures every label it
     * draws, and on 300 tables the columns were most of the time to open the page.
     */
    static final int KEYS_ONLY_ABOVE = 60;

    int tables() {
        return diagrams.stream().mapToInt(Diagram::tables).sum();
    }

    static ReportData gather(Godwit godwit, GodwitConfig config, Console console) {
        Schema live = godwit.inspectLive();
        StatusReport status = godwit.status();
        List<HistoryRow> history = godwit.history();
        List<String> drift = null;
        List<String> driftUnmodelled = List.of();
        Message driftNot = null;
        try {
            Godwit.Drift found = godwit.drift();
            drift = found.reconcile().steps().stream().flatMap(step -> step.sql().stream()).toList();
            driftUnmodelled = found.unmodelled();
        } catch (GodwitException e) {
            driftNot = e.problem().summaryMessage();
        }
        List<Finding> findings = godwit.lint(List.of());
        List<Script> scripts = new ArrayList<>();
        for (MigrationStatus m : status.migrations()) {
            if (m.script() != null && !m.script().isJava() && needsAttention(m.state())) {
                scripts.add(script(m.script(), m.state().code(), findings));
            }
        }
        String database = Redaction.url(String.valueOf(config.connection().url()));
        return new ReportData(database, config.migrations().toString(), status.current().map(Object::toString).orElse(null),
                diagrams(live), ErDiagram.notDrawn(live), status.migrations(), status.problems(), history,
                drift, driftUnmodelled, driftNot, findings, scripts);
    }

    static boolean needsAttention(MigrationState state) {
        return state != MigrationState.APPLIED && state != MigrationState.BASELINE && state != MigrationState.BELOW_BASELINE;
    }

    /** Consecutive parts of at most {@link #PART} tables, in the order given (breadth first: each part mostly connected). */
    private static List<Set<String>> split(Set<String> tables) {
        List<Set<String>> parts = new ArrayList<>();
        Set<String> part = new LinkedHashSet<>();
        for (String name : tables) {
            part.add(name);
            if (part.size() == PART) {
                parts.add(part);
                part = new LinkedHashSet<>();
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        return parts;
    }

    private static Script script(MigrationScript script, String state, List<Finding> findings) {
        List<String> lines;
        try (var reader = TextFiles.lines(script.path())) {
            lines = reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            lines = List.of();
        }
        Map<Integer, List<Finding>> byLine = new HashMap<>();
        for (Finding f : findings) {
            if (script.fileName().equals(Path.of(f.file()).getFileName().toString())) {
                byLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f);
            }
        }
        return new Script(script.fileName(), state, lines, byLine);
    }

    /**
     * The tables in groups joined by foreign keys, biggest first: Mermaid lays out each group on its
     * own, which keeps a 300-table schema quick to draw, and each still shows every key between its tables.
     */
    static List<Diagram> diagrams(Schema schema) {
        boolean keysOnly = schema.tables().size() > KEYS_ONLY_ABOVE;
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (Table table : schema.tables().values()) {
            neighbours.computeIfAbsent(table.name(), k -> new TreeSet<>());
            for (ForeignKey fk : table.foreignKeys().values()) {
                if (schema.tables().containsKey(fk.referencedTable())) {
                    neighbours.get(table.name()).add(fk.referencedTable());
                    neighbours.computeIfAbsent(fk.referencedTable(), k -> new TreeSet<>()).add(table.name());
                }
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        List<Set<String>> groups = new ArrayList<>();
        for (String start : new TreeSet<>(schema.tables().keySet())) {
            if (!seen.add(start)) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String name = queue.poll();
                group.add(name);
                for (String next : neighbours.getOrDefault(name, Set.of())) {
                    if (seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
            groups.add(group);
        }
        groups.sort(Comparator.comparingInt((Set<String> g) -> -g.size()));
        // Small groups share a diagram (up to PART tables): hundreds of little diagrams would each pay Mermaid's set-up.
        List<Set<String>> parts = new ArrayList<>();
        Set<String> bin = new LinkedHashSet<>();
        for (Set<String> group : groups) {
            if (group.size() > PART) {
                parts.addAll(split(group));
                continue;
            }
            if (bin.size() + group.size() > PART) {
                parts.add(bin);
                bin = new LinkedHashSet<>();
            }
            bin.addAll(group);
        }
        if (!bin.isEmpty()) {
            parts.add(bin);
        }
        List<Diagram> diagrams = new ArrayList<>();
        for (Set<String> part : parts) {
            List<String> crossing = new ArrayList<>();
            for (String name : part) {
                for (ForeignKey fk : schema.tables().get(name).foreignKeys().values()) {
                    if (!part.contains(fk.referencedTable()) && schema.tables().containsKey(fk.referencedTable())) {
                        crossing.add(fk.name() + ": " + name + " → " + fk.referencedTable());
                    }
                }
            }
            diagrams.add(new Diagram(ErDiagram.of(schema, part, keysOnly), part.size(), crossing));
        }
        return diagrams;
    }
}
