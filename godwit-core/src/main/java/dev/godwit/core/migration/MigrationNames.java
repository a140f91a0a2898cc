package dev.godwit.core.migration;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Locale;

/** How new migration files are named. */
public final class MigrationNames {

    private MigrationNames() {
    }

    /** One more than the newest version's first number (1.2 is followed by 2); 1 for an empty directory. */
    public static Version nextVersion(Migrations migrations) {
        return migrations.latest()
                .map(v -> new BigInteger(v.toString().split("\\.")[0]).add(BigInteger.ONE))
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
