package dev.godwit.core.lint;

import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.lint.Finding.Severity;
import dev.godwit.core.lint.ParsedStatement.Kind;
import dev.godwit.core.migration.Directives;
import dev.godwit.core.migration.MigrationScript;
import dev.godwit.core.spi.Capabilities;
import dev.godwit.core.sql.SqlStatement;
import dev.godwit.core.sql.SqlSyntax;
import dev.godwit.core.sql.StatementSplitter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Hazard analysis of migration files, hand-written ones included: each statement is parsed
 * ({@link StatementParser}) and checked by rules with stable codes. Data-loss rules are errors
 * unless the file carries {@code -- godwit:allow data-loss}; online-safety rules are warnings and
 * apply where the database has the safe form ({@link Capabilities}).
 */
public final class Linter {

    private static final List<String> VOLATILE = List.of("random(", "gen_random_uuid(", "uuid_generate", "clock_timestamp(", "timeofday(");

    private final SqlSyntax syntax;
    private final Capabilities capabilities;

    private final LintSettings settings;

    public Linter(SqlSyntax syntax, Capabilities capabilities) {
        this(syntax, capabilities, LintSettings.DEFAULTS);
    }

    /** @param settings the project's levels for the rules ({@code lint.GW106=off}) */
    public Linter(SqlSyntax syntax, Capabilities capabilities, LintSettings settings) {
        this.syntax = syntax;
        this.capabilities = capabilities;
        this.settings = settings;
    }

    public List<Finding> lint(MigrationScript script) {
        return script.isJava() ? List.of() : settled(script, raw(script)); // Java: code, not SQL, nothing to read
    }

    /**
     * The findings with the lock trace as evidence ({@code godwit lint --trace}): what the trace saw
     * decides where it is exact, and adds what only it can see.
     *
     * @param trace the migration's statements as the trace ran them
     */
    public LintReport lint(MigrationScript script, List<dev.godwit.core.trace.StatementTrace> trace) {
        TraceEvidence.Refined refined = TraceEvidence.refine(script.fileName(), raw(script), trace);
        return new LintReport(settled(script, refined.findings()), refined.cleared().stream().filter(f -> settings.apply(f).isPresent()).toList());
    }

    /**
     * @param findings as {@link #lint(MigrationScript)}, with the trace's evidence
     * @param cleared  static findings the trace showed did not happen (no rewrite, no scan)
     */
    public record LintReport(List<Finding> findings, List<Finding> cleared) {

        /** Why the trace cleared {@code finding}: what it saw its statement not do ("rewrite nothing"). */
        public static String clearedBecause(Finding finding) {
            return "the lock trace saw this statement " + TraceEvidence.notSeen(finding.rule());
        }
    }

    private List<Finding> raw(MigrationScript script) {
        Directives directives = Directives.of(script.path());
        List<ParsedStatement> statements = new ArrayList<>();
        StatementRules wordRules = new StatementRules(script.fileName(), directives, capabilities);
        try (Reader reader = dev.godwit.core.migration.TextFiles.reader(script.path());
             StatementSplitter splitter = new StatementSplitter(reader, syntax, script.path())) {
            while (splitter.hasNext()) {
                SqlStatement statement = splitter.next();
                statements.addAll(StatementParser.parse(statement));
                wordRules.accept(statement);
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        } catch (UncheckedIOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
        List<Finding> findings = new ArrayList<>(check(script.fileName(), directives, statements));
        findings.addAll(wordRules.findings());
        return findings;
    }

    private static final java.util.regex.Pattern IGNORE = java.util.regex.Pattern.compile("--\\s*godwit:ignore\\s+(\\S+)(.*)");

    /**
     * The findings after {@code -- godwit:ignore GW104 <reason>} comments (each on the line before a
     * statement, for that statement) and the project's levels; an ignore that matched nothing is a
     * finding of its own, so a stale one is seen.
     */
    private List<Finding> settled(MigrationScript script, List<Finding> findings) {
        Map<Integer, Map<String, Integer>> ignores = new HashMap<>(); // statement line -> code -> line of the comment
        try (java.io.BufferedReader reader = dev.godwit.core.migration.TextFiles.lines(script.path())) {
            Map<String, Integer> waiting = new HashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                java.util.regex.Matcher m = IGNORE.matcher(text);
                if (m.matches()) {
                    waiting.put(m.group(1).toUpperCase(Locale.ROOT), number);
                } else if (!text.isEmpty() && !text.startsWith("--") && !waiting.isEmpty()) {
                    ignores.computeIfAbsent(number, k -> new HashMap<>()).putAll(waiting);
                    waiting.clear();
                }
            }
        } catch (IOException e) {
            throw FileProblems.cannotRead(script.path(), e);
        }
        List<Finding> kept = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Finding finding : findings) {
            Map<String, Integer> here = ignores.getOrDefault(finding.line(), Map.of());
            String matched = here.containsKey(finding.rule().code()) ? finding.rule().code()
                    : here.containsKey(finding.rule().slug().toUpperCase(Locale.ROOT)) ? finding.rule().slug().toUpperCase(Locale.ROOT) : null;
            if (matched != null) {
                used.add(finding.line() + " " + matched);
                continue;
            }
            settings.apply(finding).ifPresent(kept::add);
        }
        ignores.forEach((statementLine, codes) -> codes.forEach((code, commentLine) -> {
            if (!used.contains(statementLine + " " + code)) {
                settings.apply(new Finding(Rule.UNUSED_IGNORE, Finding.Severity.WARNING, script.fileName(), commentLine,
                        "`-- godwit:ignore " + code + "` matches no finding of the statement after it",
                        "remove it, or name the rule that statement triggers")).ifPresent(kept::add);
            }
        }));
        kept.sort(java.util.Comparator.comparingInt(Finding::line));
        return kept;
    }

    /** CONCURRENTLY cannot run inside a transaction: in a migration without no-transaction it fails at deploy. */
    private static void concurrently(List<Finding> findings, String file, Directives directives, ParsedStatement s) {
        if (s.flags().concurrently() && !directives.noTransaction()) {
            findings.add(new Finding(Rule.CONCURRENTLY_IN_TRANSACTION, Severity.ERROR, file, s.line(),
                    "CONCURRENTLY cannot run inside a transaction, and this migration runs in one",
                    "put it in a migration of its own starting with `-- godwit:no-transaction`"));
        }
    }

    List<Finding> check(String file, Directives directives, List<ParsedStatement> statements) {
        List<Finding> findings = new ArrayList<>();
        Set<String> created = new HashSet<>();
        Set<String> validated = new HashSet<>();
        boolean lockTimeout = false;
        Severity loss = directives.allowDataLoss() ? Severity.WARNING : Severity.ERROR;
        // A table dropped and replaced by another renamed to its name is a rebuild (SQLite), not a loss.
        Set<String> replaced = new HashSet<>();
        statements.stream().filter(s -> s.kind() == Kind.RENAME && s.flags().notNull() && s.object() != null)
                .forEach(s -> replaced.add(s.object().toLowerCase(Locale.ROOT)));
        String consent = "if the data is meant to go, say so with `-- godwit:allow data-loss` at the top of the file";
        for (ParsedStatement s : statements) {
            String table = s.table() == null ? null : s.table().toLowerCase(Locale.ROOT);
            boolean existing = table != null && !created.contains(table);
            switch (s.kind()) {
                case CREATE_TABLE -> created.add(table);
                case DROP_TABLE -> {
                    if (!replaced.contains(table)) {
                        findings.add(new Finding(Rule.DROP_TABLE, loss, file, s.line(), "drops table " + s.table() + " and all its rows", consent));
                    }
                }
                case DROP_COLUMN -> findings.add(new Finding(Rule.DROP_COLUMN, loss, file, s.line(),
                        "drops column " + s.table() + "." + s.object() + " and its values",
                        consent + "; deploy the code that stops using it first"));
                case DROP_TYPE -> findings.add(new Finding(Rule.DROP_TYPE, loss, file, s.line(),
                        "drops type " + s.object() + " (removing an enum value recreates it: values in use are lost)", consent));
                case RENAME -> {
                    boolean rebuild = s.flags().notNull() && capabilities.rebuildTablePrefix() != null
                            && s.table().toLowerCase(Locale.ROOT).startsWith(capabilities.rebuildTablePrefix());
                    if (!rebuild) {
                        String what = s.flags().notNull() ? "table " + s.table() + " to " + s.object() : s.table() + "." + s.object();
                        findings.add(new Finding(Rule.RENAME, Severity.WARNING, file, s.line(),
                                "renames " + what + ": the application version still running uses the old name",
                                "add the new name, deploy code that writes both, then drop the old one; or accept a short outage"));
                    }
                }
                case ALTER_TYPE -> {
                    if (existing) {
                        findings.add(new Finding(Rule.TYPE_CHANGE, Severity.WARNING, file, s.line(),
                                "changes the type of " + s.table() + "." + s.object() + ": most type changes rewrite the table under an exclusive lock",
                                "for a large table: add a new column, backfill in batches, switch, drop the old one"));
                    }
                }
                case SET_NOT_NULL -> {
                    if (capabilities.notValidConstraints() && existing && !validated.contains(table)) {
                        findings.add(new Finding(Rule.SET_NOT_NULL, Severity.WARNING, file, s.line(),
                                "SET NOT NULL on " + s.table() + "." + s.object() + " scans the table while holding an exclusive lock",
                                "first ADD CONSTRAINT … CHECK (" + s.object() + " IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT in a later migration, then SET NOT NULL"));
                    }
                }
                case CREATE_INDEX -> {
                    if (capabilities.concurrentIndexes() && existing && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.INDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(),
                                "CREATE INDEX " + (s.object() == null ? "" : s.object() + " ") + "on " + s.table() + " blocks writes while it builds",
                                "CREATE INDEX CONCURRENTLY in a migration of its own starting with `-- godwit:no-transaction`"));
                    }
                }
                case ADD_FOREIGN_KEY -> {
                    if (capabilities.notValidConstraints() && existing && !s.flags().notValid()) {
                        findings.add(new Finding(Rule.FOREIGN_KEY_VALIDATED, Severity.WARNING, file, s.line(),
                                "a foreign key on " + s.table() + " checks every row while it blocks writes to both tables",
                                "ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later migration"));
                    }
                }
                case ADD_COLUMN -> {
                    String expression = s.defaultExpression() == null ? "" : s.defaultExpression().toLowerCase(Locale.ROOT);
                    if (existing && VOLATILE.stream().anyMatch(expression::contains)) {
                        findings.add(new Finding(Rule.VOLATILE_DEFAULT, Severity.WARNING, file, s.line(),
                                "column " + s.table() + "." + s.object() + " has a volatile default: adding it rewrites the table",
                                "add the column without default (or with a constant), then backfill in batches"));
                    }
                }
                case VALIDATE_CONSTRAINT -> validated.add(table);
                case SET_LOCK_TIMEOUT -> lockTimeout = true;
                case UPDATE, DELETE -> {
                    if (!s.flags().where()) {
                        findings.add(new Finding(Rule.UNBOUNDED_WRITE, Severity.ERROR, file, s.line(),
                                s.kind().name() + " of every row of " + s.table() + " (no WHERE)",
                                "add a WHERE clause; to touch every row on purpose, write WHERE true"));
                    }
                }
                case ADD_CHECK -> {
                    if (capabilities.notValidConstraints() && existing && !s.flags().notValid()) {
                        findings.add(new Finding(Rule.CHECK_NOT_NOT_VALID, Severity.WARNING, file, s.line(),
                                "a CHECK constraint on " + s.table() + " scans every row while it holds an exclusive lock",
                                "ADD CONSTRAINT … CHECK (…) NOT VALID, then VALIDATE CONSTRAINT in a later migration"));
                    }
                }
                case ADD_UNIQUE -> {
                    if (capabilities.concurrentIndexes() && existing && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.UNIQUE_NOT_USING_INDEX, Severity.WARNING, file, s.line(),
                                "a UNIQUE or PRIMARY KEY constraint on " + s.table() + " builds its index while it blocks reads and writes",
                                "CREATE UNIQUE INDEX CONCURRENTLY first (a no-transaction migration), then ADD CONSTRAINT … UNIQUE USING INDEX"));
                    }
                }
                case ADD_EXCLUSION -> {
                    if (existing) {
                        findings.add(new Finding(Rule.EXCLUSION_CONSTRAINT, Severity.WARNING, file, s.line(),
                                "an exclusion constraint on " + s.table() + " builds its index and checks every row under an exclusive lock; it cannot be added NOT VALID",
                                "add it while the table is small, or in a maintenance window"));
                    }
                }
                case DROP_INDEX -> {
                    if (capabilities.concurrentIndexes() && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.DROP_INDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(),
                                "DROP INDEX " + s.object() + " takes an exclusive lock on its table, waiting behind every query on it",
                                "DROP INDEX CONCURRENTLY in a migration of its own starting with `-- godwit:no-transaction`"));
                    }
                    concurrently(findings, file, directives, s);
                }
                case REINDEX -> {
                    if (capabilities.concurrentIndexes() && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.REINDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(),
                                "REINDEX blocks writes to the table (and reads that use the index) while it rebuilds",
                                "REINDEX … CONCURRENTLY in a no-transaction migration"));
                    }
                    concurrently(findings, file, directives, s);
                }
                case DROP_NOT_NULL -> findings.add(new Finding(Rule.DROP_NOT_NULL, Severity.WARNING, file, s.line(),
                        s.table() + "." + s.object() + " may now hold NULL: the running application may read it as never null",
                        "deploy code that handles NULL first"));
                case TRANSACTION_CONTROL -> findings.add(new Finding(Rule.TRANSACTION_CONTROL, Severity.ERROR, file, s.line(),
                        s.object() + " in a migration: godwit runs each migration in its own transaction (with its history row), and this would end it early",
                        "remove it; for statements that cannot run in a transaction, start the file with `-- godwit:no-transaction`"));
                case VACUUM_FULL, CLUSTER -> findings.add(new Finding(Rule.TABLE_REWRITE_COMMAND, Severity.WARNING, file, s.line(),
                        (s.kind() == Kind.CLUSTER ? "CLUSTER" : "VACUUM FULL") + " rewrites the table under an exclusive lock: no reads or writes until it ends",
                        "run it by hand in a maintenance window (or use pg_repack); it is maintenance, not a schema change"));
                case TRUNCATE -> findings.add(new Finding(Rule.TRUNCATE, loss, file, s.line(),
                        "empties table " + s.table() + (s.flags().notNull() ? " and, CASCADE, every table that references it" : ""), consent));
                case DROP_SCHEMA -> {
                    if (s.flags().notNull()) {
                        findings.add(new Finding(Rule.DROP_SCHEMA_OR_DATABASE, loss, file, s.line(),
                                "drops schema " + s.object() + " with everything in it (CASCADE)", consent + "; or drop what it holds one by one"));
                    }
                }
                case DROP_DATABASE -> findings.add(new Finding(Rule.DROP_SCHEMA_OR_DATABASE, loss, file, s.line(),
                        "drops database " + s.object(), consent));
                case OTHER -> { }
            }
            if (s.kind() == Kind.CREATE_INDEX) {
                concurrently(findings, file, directives, s);
            }
            if (s.kind() == Kind.ADD_COLUMN && existing && s.flags().notNull() && s.defaultExpression() == null) {
                findings.add(new Finding(Rule.NOT_NULL_WITHOUT_DEFAULT, Severity.ERROR, file, s.line(),
                        "column " + s.table() + "." + s.object() + " is NOT NULL without a default: adding it fails on a table that holds rows",
                        "give it a DEFAULT, or add it nullable, backfill, then SET NOT NULL"));
            }
        }
        if (directives.noTransaction() && capabilities.lockTimeout() && !lockTimeout) {
            findings.add(new Finding(Rule.NO_LOCK_TIMEOUT, Severity.WARNING, file, 1,
                    "a no-transaction migration runs without godwit's lock_timeout: a statement waiting for a lock stalls traffic behind it",
                    "start it with SET lock_timeout = '5s'"));
        }
        return findings;
    }
}
