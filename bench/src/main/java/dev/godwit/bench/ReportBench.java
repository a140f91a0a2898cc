package dev.godwit.bench;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.migration.LocalMigrations;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.runner.MigrateOptions;
import dev.godwit.core.runner.RunListener;
import dev.godwit.core.spi.ConnectionSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code godwit report} on 300 tables: writing the page (a fresh CLI process), and opening it in
 * Debian's headless Chromium until every diagram is drawn (the page's own clock, from the
 * navigation's start). Two shapes: 30 apps of 10 tables each (a hub and its nine), and the worst
 * case for a layout, one chain of 300 tables each referencing the one before.
 */
final class ReportBench {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GODWIT_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("GODWIT_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private ReportBench() {
    }

    static void run(Report report, Supplier<String> database, Path work, int runs) throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            report.note("report: skipped, no " + CHROMIUM + " and " + CHROMEDRIVER + " here (apt-get install chromium chromium-driver)");
            return;
        }
        measure(report, "300 tables in 30 groups", clusters(30, 10), database, work, runs);
        measure(report, "300 tables in one chain", Fixtures.wideSchema(300), database, work, runs);
        report.note("report: the page is written by a fresh `godwit report` process and opened from the file in headless Chromium "
                + Version.chromium() + "; both times run from the navigation's start: until the diagrams on the first screen are drawn (the page is readable; target: under 3 s),"
                + " and until every diagram is (the page draws the rest one by one, nearest the view first, staying responsive).");
    }

    private static void measure(Report report, String shape, String schema, Supplier<String> database, Path work, int runs) throws Exception {
        String url = database.get();
        Path project = Files.createDirectories(work.resolve("report-" + System.nanoTime()));
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__schema.sql"), schema, StandardCharsets.UTF_8);
        LocalMigrations.rehash(migrations);
        new Godwit(GodwitConfig.of(new ConnectionSpec(url, "postgres", null), migrations), RunListener.SILENT).migrate(MigrateOptions.DEFAULT);
        Path page = project.resolve("report.html");
        List<Double> writes = new ArrayList<>();
        List<Double> opens = new ArrayList<>();
        List<Double> alls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    System.getProperty("godwit.jar"), "report", "--url", url, "--user", "postgres", "--migrations", migrations.toString(),
                    "--out", page.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("godwit report failed on " + shape);
            }
            writes.add((System.nanoTime() - start) / 1e6);
            double[] times = open(page, schema.split("CREATE TABLE", -1).length - 1);
            opens.add(times[0]);
            alls.add(times[1]);
        }
        report.add(new Report.Row("report, " + shape + ": write the page", median(writes), null, null, null));
        report.add(new Report.Row("report, " + shape + ": open in Chromium, first screen drawn", median(opens), null, null, null));
        report.add(new Report.Row("report, " + shape + ": every diagram drawn", median(alls), null, null, null));
    }

    /** Milliseconds from navigation start until the first screen's diagrams, and every diagram, are drawn; checks one box per table. */
    private static double[] open(Path page, int tables) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1300,1000");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        try {
            browser.get(page.toUri().toString());
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(b -> b.findElement(By.tagName("body")).getAttribute("data-render-millis") != null);
            if (browser.findElement(By.tagName("body")).getAttribute("data-render-error") != null) {
                throw new IllegalStateException("Mermaid failed: " + browser.findElement(By.tagName("body")).getAttribute("data-render-error"));
            }
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long boxes = (Long) js.executeScript("return document.querySelectorAll('pre.mermaid svg g.node').length;");
            if (boxes != tables) {
                throw new IllegalStateException(boxes + " boxes drawn for " + tables + " tables");
            }
            // performance.now() counts from the navigation's start: the page records it when the last diagram is drawn.
            WebElement body = browser.findElement(By.tagName("body"));
            return new double[] {Double.parseDouble(body.getAttribute("data-first-drawn-at")), Double.parseDouble(body.getAttribute("data-drawn-at"))};
        } finally {
            browser.quit();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** {@code groups} apps of {@code size} tables: a hub, and the others each referencing it. */
    static String clusters(int groups, int size) {
        StringBuilder sql = new StringBuilder();
        for (int g = 1; g <= groups; g++) {
            sql.append("CREATE TABLE app").append(g).append("_hub (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL, created NUMERIC(10,2));\n");
            for (int t = 2; t <= size; t++) {
                sql.append("CREATE TABLE app").append(g).append("_t").append(t).append(" (id BIGINT PRIMARY KEY, hub_id BIGINT NOT NULL REFERENCES app")
                        .append(g).append("_hub (id), c1 VARCHAR(100), c2 NUMERIC(10,2) DEFAULT 0 NOT NULL, c3 TEXT);\n");
            }
        }
        return sql.toString();
    }

    /** Chromium's version, for the notes. */
    static final class Version {
        static String chromium() {
            try {
                // Debian's wrapper script may warn on stderr; the version is stdout's "Chromium …" line.
                Process p = new ProcessBuilder(CHROMIUM.toString(), "--version").redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                p.waitFor();
                return out.lines().filter(l -> l.startsWith("Chromium ")).findFirst().orElse("(version unknown)").replace("Chromium ", "").strip();
            } catch (Exception e) {
                return "(version unknown)";
            }
        }
    }
}
