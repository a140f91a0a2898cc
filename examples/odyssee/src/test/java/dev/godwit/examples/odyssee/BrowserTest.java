package dev.godwit.examples.odyssee;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Odyssée's pages as the agency uses them, in a real headless Chromium driven by Selenium: create a
 * trip (after the form's refusal), upload its invoice PDF, download it byte-identical, see a
 * non-PDF refused with nothing stored, and switch the pages to English and back. A screenshot of each page goes to target/screenshots.
 *
 * <p>The browser is Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs; Selenium is given their paths, so it downloads nothing. Without them the test is skipped
 * and says why.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GODWIT_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("GODWIT_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static Odyssee app;
    static String database;

    @TempDir
    static Path downloads;

    WebDriver browser;

    @BeforeAll
    static void startApp() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here (" + CHROMIUM + ", " + CHROMEDRIVER + "): install Debian's chromium and chromium-driver, as .ci/run does");
        database = EmbeddedPostgresSupport.newDatabase();
        app = Odyssee.start(database, Map.of());
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    private WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1100,900", "--lang=fr-FR");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    @Test
    void aTripIsCreatedItsInvoiceGoesUpAndComesBackAndANonPdfIsRefused() throws Exception {
        browser = browser();
        try {
            browser.get(app.base + "/voyages");
            screenshot("1-liste-vide");
            assertThat(browser.findElement(By.id("aucun")).getText()).isEqualTo("Aucun voyage pour l'instant.");

            navigate(By.id("nouveau"));
            fill("title", "");
            fill("destination", "Naxos");
            fill("startDate", "2027-06-08");
            fill("endDate", "2027-06-01");
            fill("price", "mille");
            navigate(By.id("enregistrer"));
            screenshot("2-formulaire-refuse");
            assertThat(browser.findElement(By.id("erreurs")).getText()).contains("Le voyage n'est pas enregistré");
            assertThat(browser.findElement(By.id("erreur-title")).getText()).isEqualTo("Le titre est obligatoire.");
            assertThat(browser.findElement(By.id("erreur-price")).getText()).startsWith("Le prix est obligatoire");
            assertThat(browser.findElement(By.id("erreur-endDate")).getText()).isEqualTo("Le voyage ne peut pas finir avant de commencer.");
            assertThat(browser.findElement(By.id("destination")).getAttribute("value")).as("what was typed stays").isEqualTo("Naxos");
            assertThat(count("SELECT count(*) FROM trip")).as("nothing stored for a refused form").isZero();

            fill("title", "Cyclades en voilier");
            fill("startDate", "2027-06-01");
            fill("endDate", "2027-06-08");
            fill("price", "1890,00");
            navigate(By.id("enregistrer"));
            screenshot("3-voyage");
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Le voyage « Cyclades en voilier » est enregistré.");
            assertThat(browser.findElement(By.id("prix")).getText().replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("1 890,00 €");
            assertThat(browser.findElement(By.id("sans-facture")).getText()).isEqualTo("Pas encore de facture.");
            String tripPage = browser.getCurrentUrl();

            Path notPdf = Files.writeString(downloads.resolve("notes.txt"), "pas une facture\n");
            browser.findElement(By.id("file")).sendKeys(notPdf.toString());
            navigate(By.id("envoyer"));
            screenshot("4-facture-refusee");
            assertThat(browser.findElement(By.id("erreur")).getText())
                    .isEqualTo("La facture doit être un fichier PDF ; « notes.txt » n'en est pas un. Rien n'a été enregistré.");
            assertThat(count("SELECT count(*) FROM trip WHERE facture_pdf IS NOT NULL")).as("nothing stored for a refused upload").isZero();

            byte[] pdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + "\u00e9t\u00e9 \u0001\u0002\u00ff\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
            Path invoice = Files.write(downloads.resolve("facture-naxos.pdf"), pdf);
            browser.findElement(By.id("file")).sendKeys(invoice.toString());
            navigate(By.id("envoyer"));
            screenshot("5-facture-enregistree");
            assertThat(browser.getCurrentUrl()).isEqualTo(tripPage);
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("La facture est enregistrée.");

            Files.delete(invoice);
            browser.findElement(By.id("telecharger")).click();
            Path downloaded = awaitDownload();
            assertThat(Files.readAllBytes(downloaded)).as("the PDF comes back byte-identical").isEqualTo(pdf);

            byte[] big = new byte[6 * 1024 * 1024];
            System.arraycopy(pdf, 0, big, 0, pdf.length);
            Path tooBig = Files.write(downloads.resolve("grosse.pdf"), big);
            browser.findElement(By.id("file")).sendKeys(tooBig.toString());
            navigate(By.id("envoyer"));
            screenshot("6-facture-trop-grosse");
            assertThat(browser.findElement(By.id("erreur")).getText()).isEqualTo("La facture dépasse les 5 Mo autorisés. Rien n'a été enregistré.");
            assertThat(count("SELECT octet_length(facture_pdf) FROM trip")).as("the invoice before is kept").isEqualTo(pdf.length);

            navigate(By.id("modifier"));
            assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("Cyclades en voilier");
            fill("price", "-5");
            navigate(By.id("enregistrer"));
            assertThat(browser.findElement(By.id("erreur-price")).getText()).isEqualTo("Le prix ne peut pas être négatif.");
            fill("price", "2150");
            fill("title", "Cyclades en voilier, deux semaines");
            navigate(By.id("enregistrer"));
            screenshot("7-voyage-modifie");
            assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Le voyage « Cyclades en voilier, deux semaines » est modifié.");
            assertThat(count("SELECT price::int FROM trip")).isEqualTo(2150);

            browser.get(app.base + "/voyages");
            screenshot("8-liste");
            List<String> row = browser.findElements(By.cssSelector("#voyages tbody tr td")).stream().map(e -> e.getText()).toList();
            assertThat(row).startsWith("Cyclades en voilier, deux semaines", "Naxos", "2027-06-01", "2027-06-08").endsWith("oui");

            // The switch to English, kept by a cookie from page to page; the data is the same.
            navigate(By.id("langue"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Trips");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            navigate(By.linkText("Cyclades en voilier, deux semaines"));
            browser.findElement(By.id("file")).sendKeys(notPdf.toString());
            navigate(By.id("envoyer"));
            screenshot("9-in-english");
            assertThat(browser.findElement(By.id("erreur")).getText()).isEqualTo("The invoice must be a PDF file; “notes.txt” is not one. Nothing was saved.");
            navigate(By.id("langue"));
            assertThat(browser.findElement(By.id("envoyer")).getText()).isEqualTo("Envoyer la facture");
        } finally {
            browser.quit();
        }
    }

    /** Clicks what loads another page, and waits until that page replaced this one (a click may return before). */
    private void navigate(By target) {
        var page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
    }

    private void fill(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private Path awaitDownload() {
        File folder = downloads.toFile();
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> {
            File[] done = folder.listFiles((d, name) -> name.startsWith("facture-") && name.endsWith(".pdf"));
            return done != null && done.length == 1 ? done[0].toPath() : null;
        });
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = EmbeddedPostgresSupport.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
