package dev.godwit.core.lint;

/**
 * One thing the linter found.
 *
 * @param rule     the rule, with its stable code
 * @param file     the migration file's name
 * @param line     the line where the statement starts
 * @param message  what the statement does and why it matters
 * @param fix      what to write instead
 * @param evidence what the finding rests on: the statement's text, or what the lock trace saw it do
 */
public record Finding(Rule rule, Severity severity, String file, int line, String message, String fix, Evidence evidence) {

    public enum Severity { ERROR, WARNING }

    /** {@code STATIC}: read from the SQL; {@code TRACE}: seen on the dev database ({@code godwit lint --trace}). */
    public enum Evidence { STATIC, TRACE }

    public Finding(Rule rule, Severity severity, String file, int line, String message, String fix) {
        this(rule, severity, file, line, message, fix, Evidence.STATIC);
    }

    public Finding withSeverity(Severity level) {
        return new Finding(rule, level, file, line, message, fix, evidence);
    }

    /** The same finding, confirmed by the trace: {@code seen} says what it saw. */
    public Finding traced(String seen) {
        return new Finding(rule, severity, file, line, message + " (lock trace: " + seen + ")", fix, Evidence.TRACE);
    }

    /** {@code V3__drop.sql:7: error GW102 drop-column: …} */
    public String render() {
        return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule.code() + " " + rule.slug() + ": " + message;
    }
}
