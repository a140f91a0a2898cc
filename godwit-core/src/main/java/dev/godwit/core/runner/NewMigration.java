package dev.godwit.core.runner;

import dev.godwit.core.migration.Version;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

/** Writes an empty migration with the next version, and records it in {@code godwit.sum}. */
public final class NewMigration {

    private NewMigration() {
    }

    /**
     * @return the file written, {@code V<next>__<slug>.sql}, where next is one more than the
     *         newest version's first number (so 1.2 is followed by 2)
     * @throws dev.godwit.core.problem.GodwitException when {@code godwit.sum} does not match the
     *         files (a new file must not bless an unreviewed edit)
     */
    public static Path create(Path directory, String description) {
        LocalMigrations local = LocalMigrations.load(directory);
        local.requireSumMatches();
        Path file = directory.resolve("V" + nextVersion(local.migrations()) + "__" + slug(description) + ".sql");
        try {
            Files.writeString(file, "-- " + description.strip() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        Godwit.hash(directory);
        return file;
    }

    /** One more than the newest version's first number (1.2 is followed by 2); 1 for an empty directory. */
    public static Version nextVersion(dev.godwit.core.migration.Migrations migrations) {
        return migrations.latest()
                .map(v -> new java.math.BigInteger(v.toString().split("\\.")[0]).add(java.math.BigInteger.ONE))
                .map(n -> Version.parse(n.toString()))
                .orElse(Version.parse("1"));
    }

    /** {@code "Add facture PDF!"} -> {@code add_facture_pdf}. */
    public static String slug(String description) {
        String ascii = Normalizer.normalize(description.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() ? "migration" : slug;
    }
}
