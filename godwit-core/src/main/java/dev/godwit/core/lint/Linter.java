package dev.godwit.core.lint;

import dev.godwit.core.message.Message;
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
                settings.apply(new Finding(Rule.UNUSED_IGNORE, Finding.Severity.WARNING, script.fileName(), commentLine, Message.of("lint.unused-ignore", "code", code), Message.of("lint.unused-ignore.fix"))).ifPresent(kept::add);
            }
        }));
        kept.sort(java.util.Comparator.comparingInt(Finding::line));
        return kept;
    }

    /** CONCURRENTLY cannot run inside a transaction: in a migration without no-transaction it fails at deploy. */
    private static void concurrently(List<Finding> findings, String file, Directives directives, ParsedStatement s) {
        if (s.flags().concurrently() && !directives.noTransaction()) {
            findings.add(new Finding(Rule.CONCURRENTLY_IN_TRANSACTION, Severity.ERROR, file, s.line(), Message.of("lint.concurrently-in-transaction"), Message.of("lint.concurrently-in-transaction.fix")));
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
        Message consent = Message.of("lint.consent");
        for (ParsedStatement s : statements) {
            String table = s.table() == null ? null : s.table().toLowerCase(Locale.ROOT);
            boolean existing = table != null && !created.contains(table);
            switch (s.kind()) {
                case CREATE_TABLE -> created.add(table);
                case DROP_TABLE -> {
                    if (!replaced.contains(table)) {
                        findings.add(new Finding(Rule.DROP_TABLE, loss, file, s.line(), Message.of("lint.drop-table", "table", s.table()), consent));
                    }
                }
                case DROP_COLUMN -> findings.add(new Finding(Rule.DROP_COLUMN, loss, file, s.line(), Message.of("lint.drop-column", "table", s.table(), "object", s.object()), Message.of("lint.drop-column.fix")));
                case DROP_TYPE -> findings.add(new Finding(Rule.DROP_TYPE, loss, file, s.line(), Message.of("lint.drop-type", "object", s.object()), consent));
                case RENAME -> {
                    boolean rebuild = s.flags().notNull() && capabilities.rebuildTablePrefix() != null
                            && s.table().toLowerCase(Locale.ROOT).startsWith(capabilities.rebuildTablePrefix());
                    if (!rebuild) {
                        String what = s.flags().notNull() ? "table " + s.table() + " to " + s.object() : s.table() + "." + s.object();
                        findings.add(new Finding(Rule.RENAME, Severity.WARNING, file, s.line(), Message.of("lint.rename", "what", what), Message.of("lint.rename.fix")));
                    }
                }
                case ALTER_TYPE -> {
                    if (existing) {
                        findings.add(new Finding(Rule.TYPE_CHANGE, Severity.WARNING, file, s.line(), Message.of("lint.type-change", "table", s.table(), "object", s.object()), Message.of("lint.type-change.fix")));
                    }
                }
                case SET_NOT_NULL -> {
                    if (capabilities.notValidConstraints() && existing && !validated.contains(table)) {
                        findings.add(new Finding(Rule.SET_NOT_NULL, Severity.WARNING, file, s.line(), Message.of("lint.set-not-null", "table", s.table(), "object", s.object()), Message.of("lint.set-not-null.fix", "object", s.object())));
                    }
                }
                case CREATE_INDEX -> {
                    if (capabilities.concurrentIndexes() && existing && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.INDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(),
                                s.object() == null ? Message.of("lint.index-not-concurrent", "table", s.table())
                                        : Message.of("lint.index-not-concurrent.named", "index", s.object(), "table", s.table()),
                                Message.of("lint.index-not-concurrent.fix")));
                    }
                }
                case ADD_FOREIGN_KEY -> {
                    if (capabilities.notValidConstraints() && existing && !s.flags().notValid()) {
                        findings.add(new Finding(Rule.FOREIGN_KEY_VALIDATED, Severity.WARNING, file, s.line(), Message.of("lint.foreign-key-validated", "table", s.table()), Message.of("lint.foreign-key-validated.fix")));
                    }
                }
                case ADD_COLUMN -> {
                    String expression = s.defaultExpression() == null ? "" : s.defaultExpression().toLowerCase(Locale.ROOT);
                    if (existing && VOLATILE.stream().anyMatch(expression::contains)) {
                        findings.add(new Finding(Rule.VOLATILE_DEFAULT, Severity.WARNING, file, s.line(), Message.of("lint.volatile-default", "table", s.table(), "object", s.object()), Message.of("lint.volatile-default.fix")));
                    }
                }
                case VALIDATE_CONSTRAINT -> validated.add(table);
                case SET_LOCK_TIMEOUT -> lockTimeout = true;
                case UPDATE, DELETE -> {
                    if (!s.flags().where()) {
                        findings.add(new Finding(Rule.UNBOUNDED_WRITE, Severity.ERROR, file, s.line(), Message.of("lint.unbounded-write", "kind", s.kind().name(), "table", s.table()), Message.of("lint.unbounded-write.fix")));
                    }
                }
                case ADD_CHECK -> {
                    if (capabilities.notValidConstraints() && existing && !s.flags().notValid()) {
                        findings.add(new Finding(Rule.CHECK_NOT_NOT_VALID, Severity.WARNING, file, s.line(), Message.of("lint.check-not-not-valid", "table", s.table()), Message.of("lint.check-not-not-valid.fix")));
                    }
                }
                case ADD_UNIQUE -> {
                    if (capabilities.concurrentIndexes() && existing && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.UNIQUE_NOT_USING_INDEX, Severity.WARNING, file, s.line(), Message.of("lint.unique-not-using-index", "table", s.table()), Message.of("lint.unique-not-using-index.fix")));
                    }
                }
                case ADD_EXCLUSION -> {
                    if (existing) {
                        findings.add(new Finding(Rule.EXCLUSION_CONSTRAINT, Severity.WARNING, file, s.line(), Message.of("lint.exclusion-constraint", "table", s.table()), Message.of("lint.exclusion-constraint.fix")));
                    }
                }
                case DROP_INDEX -> {
                    if (capabilities.concurrentIndexes() && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.DROP_INDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(), Message.of("lint.drop-index-not-concurrent", "object", s.object()), Message.of("lint.drop-index-not-concurrent.fix")));
                    }
                    concurrently(findings, file, directives, s);
                }
                case REINDEX -> {
                    if (capabilities.concurrentIndexes() && !s.flags().concurrently()) {
                        findings.add(new Finding(Rule.REINDEX_NOT_CONCURRENT, Severity.WARNING, file, s.line(), Message.of("lint.reindex-not-concurrent"), Message.of("lint.reindex-not-concurrent.fix")));
                    }
                    concurrently(findings, file, directives, s);
                }
                case DROP_NOT_NULL -> findings.add(new Finding(Rule.DROP_NOT_NULL, Severity.WARNING, file, s.line(), Message.of("lint.drop-not-null", "table", s.table(), "object", s.object()), Message.of("lint.drop-not-null.fix")));
                case TRANSACTION_CONTROL -> findings.add(new Finding(Rule.TRANSACTION_CONTROL, Severity.ERROR, file, s.line(), Message.of("lint.transaction-control", "object", s.object()), Message.of("lint.transaction-control.fix")));
                case VACUUM_FULL, CLUSTER -> findings.add(new Finding(Rule.TABLE_REWRITE_COMMAND, Severity.WARNING, file, s.line(),
                        Message.of("lint.table-rewrite-command", "command", s.kind() == Kind.CLUSTER ? "CLUSTER" : "VACUUM FULL"),
                        Message.of("lint.table-rewrite-command.fix")));
                case TRUNCATE -> findings.add(new Finding(Rule.TRUNCATE, loss, file, s.line(),
                        Message.of(s.flags().notNull() ? "lint.truncate-cascade" : "lint.truncate", "table", s.table()), consent));
                case DROP_SCHEMA -> {
                    if (s.flags().notNull()) {
                        findings.add(new Finding(Rule.DROP_SCHEMA_OR_DATABASE, loss, file, s.line(), Message.of("lint.drop-schema-or-database", "object", s.object()), Message.of("lint.drop-schema-or-database.fix")));
                    }
                }
                case DROP_DATABASE -> findings.add(new Finding(Rule.DROP_SCHEMA_OR_DATABASE, loss, file, s.line(), Message.of("lint.drop-schema-or-database-2", "object", s.object()), consent));
                case OTHER -> { }
            }
            if (s.kind() == Kind.CREATE_INDEX) {
                concurrently(findings, file, directives, s);
            }
            if (s.kind() == Kind.ADD_COLUMN && existing && s.flags().notNull() && s.defaultExpression() == null) {
                findings.add(new Finding(Rule.NOT_NULL_WITHOUT_DEFAULT, Severity.ERROR, file, s.line(), Message.of("lint.not-null-without-default", "table", s.table(), "object", s.object()), Message.of("lint.not-null-without-default.fix")));
            }
        }
        if (directives.noTransaction() && capabilities.lockTimeout() && !lockTimeout) {
            findings.add(new Finding(Rule.NO_LOCK_TIMEOUT, Severity.WARNING, file, 1, Message.of("lint.no-lock-timeout"), Message.of("lint.no-lock-timeout.fix")));
        }
        return findings;
    }
}
