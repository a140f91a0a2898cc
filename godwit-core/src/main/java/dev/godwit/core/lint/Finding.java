package dev.godwit.core.lint;

import dev.godwit.core.message.Catalogue;
import dev.godwit.core.message.Language;
import dev.godwit.core.message.Message;

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
public record Finding(Rule rule, Severity severity, String file, int line, Message messageText, Message fixText, Evidence evidence) {

    public enum Severity { ERROR, WARNING }

    /** {@code STATIC}: read from the SQL; {@code TRACE}: seen on the dev database ({@code godwit lint --trace}). */
    public enum Evidence { STATIC, TRACE }

    public Finding(Rule rule, Severity severity, String file, int line, Message message, Message fix) {
        this(rule, severity, file, line, message, fix, Evidence.STATIC);
    }

    /** A finding whose words are not in the catalogue: they print as they are in every language. */
    public Finding(Rule rule, Severity severity, String file, int line, String message, String fix) {
        this(rule, severity, file, line, Message.verbatim(message), fix == null ? null : Message.verbatim(fix), Evidence.STATIC);
    }

    /** A finding of the trace whose words are not in the catalogue yet. */
    public Finding(Rule rule, Severity severity, String file, int line, String message, String fix, Evidence evidence) {
        this(rule, severity, file, line, Message.verbatim(message), fix == null ? null : Message.verbatim(fix), evidence);
    }

    /** What the statement does and why it matters, in English (JSON, SARIF and GitHub annotations carry it). */
    public String message() {
        return messageText.english();
    }

    /** What to write instead, in English, or {@code null}. */
    public String fix() {
        return fixText == null ? null : fixText.english();
    }

    public Finding withSeverity(Severity level) {
        return new Finding(rule, level, file, line, messageText, fixText, evidence);
    }

    /** The same finding, confirmed by the trace: {@code seen} says what it saw. */
    public Finding traced(String seen) {
        return new Finding(rule, severity, file, line, Message.of("lint.traced", "message", messageText, "seen", seen), fixText, Evidence.TRACE);
    }

    /** {@code V3__drop.sql:7: error GW102 drop-column: …} */
    public String render() {
        return render(Catalogue.of(Language.ENGLISH));
    }

    /** The same line in the catalogue's language; the code and the rule's name are the same in every one. */
    public String render(Catalogue catalogue) {
        return catalogue.text(Message.of(severity == Severity.ERROR ? "lint.finding.error" : "lint.finding.warning", "file", file, "line", line,
                "code", rule.code(), "rule", rule.slug(), "message", catalogue.text(messageText)));
    }
}
