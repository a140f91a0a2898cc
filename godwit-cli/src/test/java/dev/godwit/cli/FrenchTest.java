package dev.godwit.cli;

import dev.godwit.postgres.EmbeddedPostgresSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * godwit in French, chosen by the locale ({@code LANG}, {@code LC_ALL}), {@code lang=} or
 * {@code --lang}: the same problems with the same codes and exit codes, and the same {@code --json}
 * as in English, which programs read.
 */
class FrenchTest {

    static final Map<String, String> FRENCH = Map.of("LANG", "fr_FR.UTF-8");

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Cli godwit(Map<String, String> environment, String... args) {
        return Cli.run(dir, environment, args);
    }

    @Test
    void aChangedMigrationIsRefusedInFrenchWithTheSameCodeExitCodeAndJson() throws Exception {
        write("godwit.properties", "url=jdbc:sqlite:odyssee.db\n");
        write("migrations/V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        assertThat(godwit(Map.of(), "hash").exitCode()).isZero();
        Cli applied = godwit(FRENCH, "migrate");
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(applied.out()).contains("V1__create_trip.sql appliquée").contains("1 migration appliquée ; la base est maintenant à la version 1");
        assertThat(applied.err()).contains("attention : création de la base SQLite");

        write("migrations/V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT);\n");
        assertThat(godwit(Map.of(), "hash").exitCode()).isZero();
        Cli english = godwit(Map.of(), "migrate");
        Cli french = godwit(FRENCH, "migrate");
        assertThat(english.err()).startsWith("error[GW-E500]: V1 (create trip) was applied with checksum");
        assertThat(french.exitCode()).isEqualTo(english.exitCode()).isEqualTo(1);
        assertThat(french.err()).startsWith("erreur[GW-E500] : V1 (create trip) a été appliquée avec la somme de contrôle")
                .contains("mais V1__create_trip.sql a maintenant la somme")
                .contains("\n  appliquée le ")
                .contains("\n  à faire : remettez le fichier tel qu'il a été exécuté")
                .contains("`godwit recover 1`")
                .doesNotContain("was applied", "next:");

        Cli frenchJson = godwit(FRENCH, "migrate", "--json");
        Cli englishJson = godwit(Map.of(), "migrate", "--json");
        assertThat(frenchJson.exitCode()).isEqualTo(englishJson.exitCode()).isEqualTo(1);
        assertThat(frenchJson.out()).isEqualTo(englishJson.out()).contains("\"code\":\"GW-E500\"").contains("was applied with checksum");

    }

    @Test
    void theLanguageComesFromTheFlagTheConfigOrTheLocaleInThatOrder() throws Exception {
        write("godwit.properties", "url=jdbc:sqlite:odyssee.db\n");
        write("migrations/V1__create_trip.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\n");
        godwit(Map.of(), "hash");
        assertThat(godwit(Map.of("LC_ALL", "fr_CA.UTF-8", "LANG", "en_US.UTF-8"), "migrate").out()).contains("appliquée");
        assertThat(godwit(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "C"), "migrate").out()).startsWith("nothing to migrate");
        assertThat(godwit(FRENCH, "migrate", "--lang", "en").out()).startsWith("nothing to migrate");
        assertThat(godwit(Map.of(), "migrate", "--lang=fr").out()).startsWith("rien à migrer : la base est à la version 1");

        write("godwit.properties", "url=jdbc:sqlite:odyssee.db\nlang=fr\n");
        assertThat(godwit(Map.of("LANG", "en_GB.UTF-8"), "migrate").out()).startsWith("rien à migrer");
        assertThat(godwit(Map.of("GODWIT_LANG", "en"), "migrate").out()).startsWith("nothing to migrate");
        assertThat(godwit(Map.of(), "migrate", "--lang", "en").out()).startsWith("nothing to migrate");

        Cli unknown = godwit(Map.of(), "migrate", "--lang", "de");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("erreur[GW-E100] : godwit ne parle pas « de »").contains("--lang en ou --lang fr");
        Cli typo = godwit(FRENCH, "migrat");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("commande inconnue « migrat »").contains("vouliez-vous dire : migrate ?");
    }

    @Test
    void aDataLossRefusalOfDiffIsInFrench() throws Exception {
        write("godwit.properties", "url=jdbc:sqlite:odyssee.db\nschema=schema.sql\n");
        write("migrations/godwit.sum", "");
        write("schema.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL, facture_pdf TEXT);\n");
        assertThat(godwit(Map.of(), "diff", "-m", "create trip").exitCode()).isZero();
        write("schema.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY, title TEXT NOT NULL);\n");

        Cli english = godwit(Map.of(), "diff", "-m", "drop pdf");
        Cli french = godwit(FRENCH, "diff", "-m", "drop pdf");
        assertThat(english.err()).startsWith("error[GW-E601]: the migration would lose data");
        assertThat(french.exitCode()).isEqualTo(english.exitCode()).isEqualTo(1);
        assertThat(french.err()).startsWith("erreur[GW-E601] : la migration ferait perdre des données")
                .contains("\n  DATA_LOSS : ").contains("facture_pdf")
                .contains("\n  rien n'a été écrit")
                .contains("à faire : si c'est voulu, lancez `godwit diff --allow-data-loss`");
        assertThat(godwit(FRENCH, "diff", "--json", "-m", "drop pdf").out()).isEqualTo(godwit(Map.of(), "diff", "--json", "-m", "drop pdf").out())
                .contains("\"code\":\"GW-E601\"");
        assertThat(dir.resolve("migrations/V2__drop_pdf.sql")).doesNotExist();
    }

    @Test
    void aLockWaitIsAnnouncedAndGivenUpInFrench() throws Exception {
        String url = EmbeddedPostgresSupport.newDatabase();
        write("godwit.properties", "url=" + url + "\nuser=" + EmbeddedPostgresSupport.APP_USER + "\npassword=" + EmbeddedPostgresSupport.APP_PASSWORD + "\nlock-wait=1s\n");
        write("migrations/V1__slow.sql", "CREATE TABLE trip (id INTEGER PRIMARY KEY);\nSELECT pg_sleep(4);\n");
        assertThat(godwit(Map.of(), "hash").exitCode()).isZero();
        CompletableFuture<Cli> holder = CompletableFuture.supplyAsync(() -> godwit(Map.of(), "migrate"));
        awaitSleeping(url);

        Cli french = godwit(FRENCH, "migrate");
        Cli frenchJson = godwit(FRENCH, "migrate", "--json");
        assertThat(french.exitCode()).as(french.all()).isEqualTo(1);
        assertThat(french.err()).contains("attente du verrou des migrations, tenu par backend pid")
                .contains("(une autre exécution de godwit)…")
                .contains("erreur[GW-E402] : abandon de l'attente du verrou des migrations : backend pid")
                .contains("l'a gardé plus de 1 s")
                .contains("\n  cette exécution n'a rien appliqué")
                .contains("à faire : attendez la fin de l'autre exécution et réessayez, ou augmentez lock-wait (actuellement 1 s)");
        assertThat(frenchJson.out()).contains("\"code\":\"GW-E402\"").contains("gave up waiting for the migration lock");
        assertThat(holder.get(60, TimeUnit.SECONDS).exitCode()).isZero();
    }

    private static void awaitSleeping(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (var connection = EmbeddedPostgresSupport.connect(url); var statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (var rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the first migrate never reached its pg_sleep");
    }
}
