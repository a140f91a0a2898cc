package dev.godwit.cli;

import dev.godwit.core.history.HistoryKind;
import dev.godwit.core.history.HistoryRow;
import dev.godwit.core.lint.Finding;
import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.Problem;
import dev.godwit.core.status.MigrationStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code godwit report}'s page: one HTML file with everything in it, Mermaid included (vendored
 * from the npm registry with its licence, {@code report/mermaid-LICENSE.txt}), so it opens from a
 * CI artifact or a mail without any network. Headings in the run's language.
 */
final class ReportPage {

    static final String MERMAID = "report/mermaid-11.17.2.min.js";

    private ReportPage() {
    }

    record Summary(int tables, int migrations, int history) {
    }

    static Summary write(ReportData data, Console console, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(html(data, console));
            }
        } catch (IOException e) {
            throw FileProblems.cannotWrite(file, e);
        }
        return new Summary(data.tables(), data.migrations().size(), data.history().size());
    }

    static String html(ReportData data, Console console) {
        StringBuilder page = new StringBuilder(64 * 1024);
        String lang = console.language().tag();
        page.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(console.text(Message.of("report.title", "database", data.database())))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        page.append("<h1>").append(esc(console.text(Message.of("report.heading")))).append("</h1>\n<p class=\"meta\">")
                .append(esc(console.text(Message.of("report.meta", "database", data.database(), "folder", data.migrationsFolder(),
                        "version", data.current() == null ? "—" : data.current(), "godwit", GodwitCommand.version()))))
                .append("</p>\n");
        schema(page, data, console);
        attention(page, data, console);
        timeline(page, data, console);
        drift(page, data, console);
        lint(page, data, console);
        scripts(page, data, console);
        page.append("<footer>").append(esc(console.text(Message.of("report.footer")))).append("</footer>\n");
        page.append("<script>\n").append(mermaid()).append("\n</script>\n<script>\n").append(RENDER).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void schema(StringBuilder page, ReportData data, Console console) {
        page.append("<section id=\"schema\"><h2>").append(esc(console.text(Message.of("report.schema", "tables", data.tables())))).append("</h2>\n");
        if (data.tables() > ReportData.KEYS_ONLY_ABOVE) {
            page.append("<p class=\"note\">").append(esc(console.text(Message.of("report.keys-only", "above", ReportData.KEYS_ONLY_ABOVE)))).append("</p>\n");
        }
        if (!data.notDrawn().isEmpty()) {
            page.append("<p class=\"note\">").append(esc(console.text(Message.of("report.not-drawn", "what", String.join("; ", data.notDrawn()))))).append("</p>\n");
        }
        for (ReportData.Diagram diagram : data.diagrams()) {
            page.append("<pre class=\"mermaid\" data-tables=\"").append(diagram.tables()).append("\">").append(esc(diagram.mermaid())).append("</pre>\n");
            if (!diagram.crossing().isEmpty()) {
                page.append("<p class=\"note\">").append(esc(console.text(Message.of("report.crossing", "keys", String.join("; ", diagram.crossing()))))).append("</p>\n");
            }
        }
        page.append("</section>\n");
    }

    private static void attention(StringBuilder page, ReportData data, Console console) {
        List<MigrationStatus> open = data.migrations().stream().filter(m -> ReportData.needsAttention(m.state())).toList();
        page.append("<section id=\"pending\"><h2>").append(esc(console.text(Message.of("report.pending", "count", open.size())))).append("</h2>\n");
        if (open.isEmpty()) {
            page.append("<p>").append(esc(console.text(Message.of("report.pending.none")))).append("</p>\n");
        } else {
            page.append("<table><tr><th>").append(esc(console.text(Message.of("cli.status.column.version")))).append("</th><th>")
                    .append(esc(console.text(Message.of("cli.status.column.state")))).append("</th><th>")
                    .append(esc(console.text(Message.of("cli.status.column.description")))).append("</th></tr>\n");
            for (MigrationStatus m : open) {
                page.append("<tr class=\"state-").append(m.state().code()).append("\"><td>").append(m.version()).append("</td><td>")
                        .append(esc(m.state().code())).append("</td><td>").append(esc(m.description())).append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        for (Problem problem : data.problems()) {
            page.append("<pre class=\"problem\">").append(esc(console.render(problem))).append("</pre>\n");
        }
        page.append("</section>\n");
    }

    private static void timeline(StringBuilder page, ReportData data, Console console) {
        page.append("<section id=\"history\"><h2>").append(esc(console.text(Message.of("report.history", "count", data.history().size())))).append("</h2>\n");
        page.append("<ol class=\"timeline\">\n");
        List<HistoryRow> newestFirst = new java.util.ArrayList<>(data.history());
        java.util.Collections.reverse(newestFirst);
        for (HistoryRow row : newestFirst) {
            String kind = !row.success() ? "failed" : row.kind() == HistoryKind.REPAIR ? "repair" : row.kind() == HistoryKind.UNDO ? "undo" : "ok";
            page.append("<li class=\"").append(kind).append("\"><time>").append(esc(row.appliedAt())).append("</time> <b>")
                    .append(esc(row.kind().name().toLowerCase(java.util.Locale.ROOT))).append(" V").append(row.version()).append("</b> ")
                    .append(esc(row.description())).append(" <span class=\"who\">")
                    .append(esc(console.text(Message.of("report.history.by", "by", row.appliedBy(), "millis", row.executionMs())))).append("</span>");
            if (row.detail() != null) {
                page.append("<div class=\"detail\">").append(esc(row.detail())).append("</div>");
            }
            page.append("</li>\n");
        }
        page.append("</ol>\n</section>\n");
    }

    private static void drift(StringBuilder page, ReportData data, Console console) {
        page.append("<section id=\"drift\"><h2>").append(esc(console.text(Message.of("report.drift")))).append("</h2>\n");
        if (data.driftNot() != null) {
            page.append("<p class=\"note\">").append(esc(console.text(Message.of("report.drift.not-checked", "reason", data.driftNot())))).append("</p>\n");
        } else if (data.drift().isEmpty() && data.driftUnmodelled().isEmpty()) {
            page.append("<p>").append(esc(console.text(Message.of("report.drift.none")))).append("</p>\n");
        } else {
            page.append("<p>").append(esc(console.text(Message.of("report.drift.some")))).append("</p>\n<pre class=\"sql\">");
            data.drift().forEach(sql -> page.append(esc(sql)).append(";\n"));
            data.driftUnmodelled().forEach(line -> page.append("-- ").append(esc(line)).append('\n'));
            page.append("</pre>\n");
        }
        page.append("</section>\n");
    }

    private static void lint(StringBuilder page, ReportData data, Console console) {
        page.append("<section id=\"lint\"><h2>").append(esc(console.text(Message.of("report.lint", "count", data.findings().size())))).append("</h2>\n");
        if (data.findings().isEmpty()) {
            page.append("<p>").append(esc(console.text(Message.of("report.lint.none")))).append("</p>\n");
        } else {
            page.append("<ul>\n");
            for (Finding f : data.findings()) {
                page.append("<li class=\"").append(f.severity().name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(esc(f.render())).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        page.append("</section>\n");
    }

    private static void scripts(StringBuilder page, ReportData data, Console console) {
        page.append("<section id=\"sql\"><h2>").append(esc(console.text(Message.of("report.sql")))).append("</h2>\n");
        for (ReportData.Script script : data.scripts()) {
            page.append("<details open><summary>").append(esc(script.file())).append(" — ").append(esc(script.state())).append("</summary>\n<pre class=\"sql\">");
            for (int i = 0; i < script.lines().size(); i++) {
                List<Finding> here = script.findings().getOrDefault(i + 1, List.of());
                page.append("<span class=\"").append(here.isEmpty() ? "line" : "line hazard").append("\"><i>").append(i + 1).append("</i>")
                        .append(esc(script.lines().get(i))).append("</span>");
                for (Finding f : here) {
                    page.append("<span class=\"finding\">").append(esc("  ⚠ " + f.rule().code() + " " + f.message())).append("</span>");
                }
                page.append('\n');
            }
            page.append("</pre></details>\n");
        }
        if (data.scripts().isEmpty()) {
            page.append("<p>").append(esc(console.text(Message.of("report.sql.none")))).append("</p>\n");
        }
        page.append("</section>\n");
    }

    private static String mermaid() {
        try (InputStream in = ReportPage.class.getResourceAsStream(MERMAID)) {
            if (in == null) {
                throw new IllegalStateException(MERMAID + " is missing from godwit's jar");
            }
            // A script's text ends at the first "</script"; Mermaid's bundle has none, and this keeps it so.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Draws the diagrams once the page is read; the browser test reads the result from body's data attributes. */
    private static final String RENDER = """
            (async () => {
              const started = performance.now();
              document.body.dataset.scriptAt = String(Math.round(started));
              const nodes = Array.from(document.querySelectorAll('pre.mermaid'));
              mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral',
                                   maxTextSize: 50000000, maxEdges: 1000000, er: { useMaxWidth: false } });
              // What the reader sees first, then the rest nearest the view first, one diagram at a time and
              // yielding in between, so that a large schema's page is readable and responsive at once.
              const distance = el => {
                const r = el.getBoundingClientRect();
                return r.bottom < 0 ? -r.bottom : r.top > innerHeight ? r.top - innerHeight : 0;
              };
              const pending = new Set(nodes);
              let first = true;
              try {
                while (pending.size > 0) {
                  const next = Array.from(pending).sort((a, b) => distance(a) - distance(b))[0];
                  if (first && distance(next) > 0) {
                    first = false;
                    document.body.dataset.firstDrawnAt = String(Math.round(performance.now()));
                  }
                  pending.delete(next);
                  await mermaid.run({ nodes: [next] });
                  await new Promise(resolve => setTimeout(resolve, 0));
                }
                document.body.dataset.rendered = String(nodes.length);
              } catch (e) {
                document.body.dataset.renderError = String(e);
                console.error(e);
              }
              document.body.dataset.drawnAt = String(Math.round(performance.now()));
              if (first) {
                document.body.dataset.firstDrawnAt = document.body.dataset.drawnAt;
              }
              document.body.dataset.renderMillis = String(Math.round(performance.now() - started));
            })();
            """;


    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2733; }
            h1 { margin-bottom: .2rem; } .meta, .note, footer { color: #5b6675; }
            section { margin-top: 2rem; } table { border-collapse: collapse; }
            th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid #d5dbe3; }
            pre.mermaid { background: #fafbfc; border: 1px solid #e3e7ec; padding: 1rem; overflow: auto; }
            pre.problem { background: #fdecea; padding: .8rem; white-space: pre-wrap; }
            pre.sql { background: #f6f8fa; padding: .8rem; overflow: auto; }
            pre.sql i { display: inline-block; width: 3em; color: #8a94a3; font-style: normal; user-select: none; }
            .hazard { background: #fff3cd; } .finding { display: block; color: #8a5300; }
            ol.timeline { list-style: none; border-left: 3px solid #c9d2dd; padding-left: 1.2rem; }
            ol.timeline li { margin: .5rem 0; position: relative; }
            ol.timeline li::before { content: ""; position: absolute; left: -1.62rem; top: .35rem; width: .7rem; height: .7rem;
                                     border-radius: 50%; background: #3a7d44; }
            ol.timeline li.failed::before { background: #b3261e; } ol.timeline li.repair::before { background: #8a5300; }
            ol.timeline li.undo::before { background: #5b6675; } ol.timeline li.failed { color: #b3261e; }
            time, .who { color: #5b6675; } .detail { font-family: monospace; white-space: pre-wrap; }
            li.error { color: #b3261e; } tr.state-failed, tr.state-changed, tr.state-missing { color: #b3261e; }
            """;
}
