package dev.godwit.sqlite;

import dev.godwit.core.spi.TypeRules;

import java.util.Locale;

/** SQLite's column types: affinities, not constraints (https://www.sqlite.org/datatype3.html). */
final class SqliteTypes implements TypeRules {

    /** SQLite stores any value in any column; only a change of affinity can alter stored values. */
    @Override
    public boolean narrows(String from, String to) {
        Affinity a = Affinity.of(from);
        Affinity b = Affinity.of(to);
        return a != b && !(b == Affinity.BLOB || b == Affinity.TEXT && a != Affinity.REAL);
    }

    /** https://www.sqlite.org/datatype3.html#determination_of_column_affinity */
    enum Affinity {
        INTEGER, TEXT, BLOB, REAL, NUMERIC;

        static Affinity of(String type) {
            String t = type.toUpperCase(Locale.ROOT);
            if (t.contains("INT")) {
                return INTEGER;
            }
            if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
                return TEXT;
            }
            if (t.isEmpty() || t.contains("BLOB")) {
                return BLOB;
            }
            if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
                return REAL;
            }
            return NUMERIC;
        }
    }
}
