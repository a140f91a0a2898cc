package dev.godwit.examples.odyssee;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import dev.godwit.spring.GodwitFailureAnalyzer;
import dev.godwit.spring.GodwitStartupException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Odyssée app on godwit, as its users and its deploys see it. */
class OdysseeAppTest {

    private static final String TRIP = "{\"title\":\"Cyclades en voilier\",\"destination\":\"Naxos\",\"startDate\":\"2027-06-01\",\"endDate\":\"2027-06-08\",\"price\":1890.00}";

    @Test
    void aTripsInvoicePdfGoesUpAndComesBackByteIdenticalAndANonPdfIsRefused() throws Exception {
        try (Odyssee app = Odyssee.start(EmbeddedPostgresSupport.newDatabase(), Map.of())) {
            HttpResponse<String> created = app.postJson("/trips", TRIP);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = id(created.body());

            byte[] pdf = ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + "\u00e9t\u00e9 \u0001\u0002\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
            HttpResponse<String> uploaded = app.upload("/trips/" + id + "/facture", "facture.pdf", "application/pdf", pdf);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            HttpResponse<byte[]> downloaded = app.getBytes("/trips/" + id + "/facture");
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(downloaded.body()).isEqualTo(pdf);

            long other = id(app.postJson("/trips", TRIP.replace("Naxos", "Paros")).body());
            HttpResponse<String> refused = app.upload("/trips/" + other + "/facture", "notes.txt", "application/pdf", "hello".getBytes());
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("the invoice must be a PDF file; notes.txt is not one");
            assertThat(app.getBytes("/trips/" + other + "/facture").statusCode()).as("nothing written for a refused upload").isEqualTo(404);

            assertThat(app.postJson("/trips", "{\"title\":\"\",\"destination\":\"x\",\"price\":1}").body()).contains("title is required");
            assertThat(app.get("/trips").body()).contains("\"hasFacture\":true").contains("Paros");
        }
    }

    @Test
    void anInvoiceOverTheLimitGetsTheAppsRefusalNotAnEmptyAnswer() throws Exception {
        try (Odyssee app = Odyssee.start(EmbeddedPostgresSupport.newDatabase(), Map.of())) {
            long id = id(app.postJson("/trips", TRIP).body());
            byte[] big = new byte[6 * 1024 * 1024];
            System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
            HttpResponse<String> refused = app.upload("/trips/" + id + "/facture", "big.pdf", "application/pdf", big);
            assertThat(refused.statusCode()).isEqualTo(413);
            assertThat(refused.body()).contains("the invoice is larger than the 5 MB allowed");
        }
    }

    @Test
    void threeInstancesStartingAtOnceMigrateOnceAndAllServe() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Odyssee> apps = new ArrayList<>();
        try {
            List<Future<Odyssee>> starting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                starting.add(pool.submit(() -> Odyssee.start(url, Map.of())));
            }
            for (Future<Odyssee> app : starting) {
                apps.add(app.get());
            }
            for (Odyssee app : apps) {
                assertThat(app.get("/trips").statusCode()).isEqualTo(200);
            }
            assertThat(apps.get(0).postJson("/trips", TRIP).statusCode()).isEqualTo(201);
            assertThat(apps.get(2).get("/trips").body()).contains("Naxos");
        } finally {
            apps.forEach(Odyssee::close);
            pool.shutdownNow();
        }
        assertThat(query(url, "SELECT count(*) FROM godwit_history")).as("one migration, applied once").isEqualTo("1");
    }

    @Test
    void aNewMigrationAfterRestartAddsTheColumnAndKeepsTheRows() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Odyssee app = Odyssee.start(url, Map.of())) {
            assertThat(app.postJson("/trips", TRIP).statusCode()).isEqualTo(201);
        }
        try (Odyssee app = Odyssee.start(url, Map.of("godwit.locations", "classpath:db/godwit-next"))) {
            assertThat(app.get("/trips").body()).contains("Cyclades en voilier");
        }
        assertThat(query(url, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'trip' AND column_name = 'nights'")).isEqualTo("1");
        assertThat(query(url, "SELECT title FROM trip")).isEqualTo("Cyclades en voilier");
    }

    @Test
    void historyAndFilesDisagreeingStopsStartUpWithGodwitsDiagnosis() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        try (Odyssee ignored = Odyssee.start(url, Map.of())) {
            // V1 applied
        }
        assertThatThrownBy(() -> Odyssee.start(url, Map.of("godwit.locations", "classpath:db/godwit-changed")))
                .hasRootCauseInstanceOf(GodwitStartupException.class)
                .satisfies(e -> {
                    Throwable root = e;
                    while (!(root instanceof GodwitStartupException)) {
                        root = root.getCause();
                    }
                    var analysis = new GodwitFailureAnalyzer().analyze(root);
                    assertThat(analysis.getDescription()).startsWith("godwit[GW-E500]: V1 (create odyssee) was applied with checksum");
                    assertThat(analysis.getAction()).contains("godwit recover 1");
                });
        try (Odyssee disabled = Odyssee.start(url, Map.of("godwit.locations", "classpath:db/godwit-changed", "godwit.enabled", "false"))) {
            assertThat(disabled.get("/trips").statusCode()).as("godwit.enabled=false turns it off").isEqualTo(200);
        }
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection c = EmbeddedPostgresSupport.connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
