package dev.godwit.core.schema;

/**
 * Something the dialect's inspector met in the database that the model does not hold — an object
 * (a view, a function, a policy, an event trigger…) or an attribute of a modelled one (a column's
 * collation, an index's operator class). godwit cannot diff or migrate it, so it is never skipped
 * in silence: commands list it ("not compared: …"), and it is part of {@link Schema#canonical()},
 * so a fingerprint — and so {@code repair} and {@code baseline} — never accepts a database that
 * differs from what the files produce in one of them.
 *
 * @param kind       what it is, in words ("view", "column collation")
 * @param name       which one ("trip_summary", "trip.title")
 * @param definition the database's own text for it, normalized as far as two databases of one
 *                   engine print it alike; compared as text
 */
public record Unmodelled(String kind, String name, String definition) implements java.io.Serializable, Comparable<Unmodelled> {

    public Unmodelled {
        definition = definition == null ? "" : definition.replaceAll("\\s+", " ").strip();
    }

    /** The key two schemas are matched by. */
    public String key() {
        return kind + " " + name;
    }

    @Override
    public int compareTo(Unmodelled other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : name.compareTo(other.name);
    }
}
