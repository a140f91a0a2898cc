package dev.godwit.core.lint;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A project's say on the rules: {@code lint.GW106=off}, {@code lint.drop-not-null=error} (by code or
 * name) in {@code godwit.properties}. A rule set {@code off} reports nothing; one given a severity
 * reports at that severity.
 *
 * @param overrides by rule: the severity to report at, or empty for off
 */
public record LintSettings(Map<Rule, Optional<Finding.Severity>> overrides) {

    public static final LintSettings DEFAULTS = new LintSettings(Map.of());

    public static final String PREFIX = "lint.";

    public LintSettings {
        overrides = Map.copyOf(overrides);
    }

    /** From the {@code lint.*} keys of a configuration (the prefix stripped: {@code GW106 -> off}). */
    public static LintSettings parse(Map<String, String> values, String source) {
        Map<Rule, Optional<Finding.Severity>> overrides = new EnumMap<>(Rule.class);
        values.forEach((key, value) -> {
            Rule rule = rule(key).orElseThrow(() -> GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("lint.config-bad-value", "key", key, "source", source), Message.of("lint.config-bad-value.next")));
            String level = value.strip().toLowerCase(Locale.ROOT);
            switch (level) {
                case "off" -> overrides.put(rule, Optional.empty());
                case "warning" -> overrides.put(rule, Optional.of(Finding.Severity.WARNING));
                case "error" -> overrides.put(rule, Optional.of(Finding.Severity.ERROR));
                default -> throw GodwitException.of(ProblemCode.CONFIG_BAD_VALUE, Message.of("lint.config-bad-value-2", "key", key, "value", value, "source", source), Message.of("lint.config-bad-value-2.next"));
            }
        });
        return new LintSettings(overrides);
    }

    static Optional<Rule> rule(String name) {
        for (Rule rule : Rule.values()) {
            if (rule.code().equalsIgnoreCase(name) || rule.slug().equalsIgnoreCase(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** The finding as the project wants it, or empty when its rule is off. */
    Optional<Finding> apply(Finding finding) {
        Optional<Finding.Severity> override = overrides.get(finding.rule());
        if (override == null) {
            return finding.rule().hygiene() ? Optional.empty() : Optional.of(finding);
        }
        return override.map(finding::withSeverity);
    }
}
