package dev.godwit.core.schema;

/**
 * A sequence not owned by a column (columns' own sequences belong to their {@link Column.Identity}).
 *
 * @param type    its data type ({@code bigint}, {@code integer}, {@code smallint})
 * @param minimum its least value
 * @param maximum its greatest value
 * @param cache   how many values a session takes at once
 * @param cycle   whether it starts again at the other end when it reaches one
 */
public record Sequence(String name, long start, long increment, String type, long minimum, long maximum, long cache, boolean cycle) implements java.io.Serializable {

    /** A {@code bigint} sequence with the server's defaults for everything but its start and increment. */
    public Sequence(String name, long start, long increment) {
        this(name, start, increment, "bigint", defaultMinimum("bigint", increment), defaultMaximum("bigint", increment), 1, false);
    }

    public static long defaultMinimum(String type, long increment) {
        return increment > 0 ? 1 : switch (type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    public static long defaultMaximum(String type, long increment) {
        return increment < 0 ? -1 : switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    /** Whether everything but its name, start and increment is the server's default. */
    public boolean hasDefaultOptions() {
        return type.equals("bigint") && minimum == defaultMinimum(type, increment) && maximum == defaultMaximum(type, increment) && cache == 1 && !cycle;
    }

    /** What {@link Schema#canonical()} writes beyond start and increment (nothing for defaults, so older fingerprints keep their meaning). */
    String canonicalOptions() {
        return hasDefaultOptions() ? "" : " as " + type + " min " + minimum + " max " + maximum + " cache " + cache + (cycle ? " cycle" : "");
    }
}
