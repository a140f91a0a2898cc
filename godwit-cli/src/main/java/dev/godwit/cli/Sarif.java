package dev.godwit.cli;

import dev.godwit.core.lint.Finding;
import dev.godwit.core.lint.Rule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SARIF 2.1.0 log (OASIS's Static Analysis Results Interchange Format), as GitHub code scanning and
 * other dashboards read it: one run, godwit as its tool with every rule it has, one result per finding.
 */
final class Sarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** A result that is not a lint finding: a schema difference in {@code check}, by problem code. */
    record Extra(String ruleId, String name, String level, String message, String file, int line) {
    }

    private final List<Map<String, Object>> results = new ArrayList<>();
    private final Map<String, Map<String, Object>> extraRules = new LinkedHashMap<>();
    private final Path migrations;
    private final Path root;

    /** @param root where paths are relative to (the repository, where CI runs) */
    Sarif(Path migrations, Path root) {
        this.migrations = migrations;
        this.root = root.toAbsolutePath().normalize();
    }

    Sarif findings(List<Finding> findings) {
        for (Finding f : findings) {
            Map<String, Object> result = result(f.rule().code(), f.severity() == Finding.Severity.ERROR ? "error" : "warning",
                    f.message() + "\nfix: " + f.fix(), GithubAnnotations.relative(migrations.resolve(f.file()), root), f.line());
            result.put("ruleIndex", f.rule().ordinal());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("evidence", f.evidence().name().toLowerCase(java.util.Locale.ROOT));
            result.put("properties", properties);
            results.add(result);
        }
        return this;
    }

    Sarif extra(Extra extra) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", extra.ruleId());
        rule.put("name", extra.name());
        rule.put("shortDescription", text(extra.name()));
        extraRules.putIfAbsent(extra.ruleId(), rule);
        results.add(result(extra.ruleId(), extra.level(), extra.message(), extra.file(), extra.line()));
        return this;
    }

    Map<String, Object> log() {
        List<Object> rules = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", rule.code());
            r.put("name", rule.slug());
            r.put("shortDescription", text(rule.slug().replace('-', ' ')));
            r.put("help", text("docs/lint.md, " + rule.code() + (rule.traceOnly() ? " (seen by the lock trace: godwit lint --trace)" : "")));
            Map<String, Object> configuration = new LinkedHashMap<>();
            configuration.put("enabled", !rule.hygiene());
            configuration.put("level", "warning");
            r.put("defaultConfiguration", configuration);
            rules.add(r);
        }
        rules.addAll(extraRules.values());
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "godwit");
        driver.put("semanticVersion", GodwitCommand.version().replace("-SNAPSHOT", "-snapshot"));
        driver.put("rules", rules);
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("driver", driver);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", tool);
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static Map<String, Object> result(String ruleId, String level, String message, String file, int line) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", ruleId);
        result.put("level", level);
        result.put("message", text(message));
        if (file != null) {
            Map<String, Object> artifact = new LinkedHashMap<>();
            artifact.put("uri", file.replace('\\', '/'));
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", Math.max(1, line));
            Map<String, Object> physical = new LinkedHashMap<>();
            physical.put("artifactLocation", artifact);
            physical.put("region", region);
            result.put("locations", List.of(Map.of("physicalLocation", physical)));
        }
        return result;
    }

    private static Map<String, Object> text(String text) {
        return Map.of("text", text);
    }
}
