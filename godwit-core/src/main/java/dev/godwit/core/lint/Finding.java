package dev.godwit.core.lint;

/**
 * One thing the linter found.
 *
 * @param rule    the rule, with its stable code
 * @param file    the migration file's name
 * @param line    the line where the statement starts
 * @param message what the statement does and why it matters
 * @param fix     what to write instead
 */
public record Finding(Rule rule, Severity severity, String file, int line, String message, String fix) {

    public enum Severity { ERROR, WARNING }

    /** {@code V3__drop.sql:7: error GW102 drop-column: …} */
    public String render() {
        return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + rule.code() + " " + rule.slug() + ": " + message;
    }
}
