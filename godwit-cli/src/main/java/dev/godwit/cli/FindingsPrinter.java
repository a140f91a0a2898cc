package dev.godwit.cli;

import dev.godwit.core.lint.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lint findings as lint, check and diff print them, in each {@link OutputFormat}. */
final class FindingsPrinter {

    private FindingsPrinter() {
    }

    static void text(java.io.PrintStream out, List<Finding> findings, Console console) {
        for (Finding f : findings) {
            out.println(f.render(console.catalogue()));
            if (f.fixText() != null) {
                out.println(console.text(dev.godwit.core.message.Message.of("lint.fix", "fix", f.fixText())));
            }
        }
    }

    /** The static findings the lock trace showed did not happen here, said so that nobody wonders where they went. */
    static void cleared(java.io.PrintStream out, List<Finding> cleared, Console console) {
        for (Finding f : cleared) {
            out.println(console.text(dev.godwit.core.message.Message.of("lint.cleared", "file", f.file(), "line", f.line(), "code", f.rule().code(),
                    "rule", f.rule().slug(), "reason", dev.godwit.core.lint.Linter.LintReport.clearedBecause(f))));
        }
    }

    static List<Map<String, Object>> json(List<Finding> findings) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", f.rule().code());
            item.put("rule", f.rule().slug());
            item.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            item.put("file", f.file());
            item.put("line", f.line());
            item.put("message", f.message());
            item.put("fix", f.fix());
            item.put("evidence", f.evidence().name().toLowerCase(Locale.ROOT));
            items.add(item);
        }
        return items;
    }

    /** For github and sarif: the whole output. */
    static void machine(Console console, OutputFormat format, List<Finding> findings, Path migrations, Path here) {
        if (format == OutputFormat.GITHUB) {
            GithubAnnotations.findings(console, findings, migrations, here);
        } else if (format == OutputFormat.SARIF) {
            console.json(new Sarif(migrations, here).findings(findings).log());
        }
    }
}
