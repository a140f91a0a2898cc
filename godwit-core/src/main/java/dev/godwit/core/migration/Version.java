package dev.godwit.core.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A migration version: dotted non-negative integers compared part by part, numerically.
 * {@code 1}, {@code 1.0} and {@code 01} are one version; {@code 1.10 > 1.9}. In file names an
 * underscore separates parts too ({@code V1_1__x.sql} is version 1.1), as in Flyway.
 *
 * <p>Immutable; {@link #equals} and {@link #compareTo} agree. {@link #toString()} is the
 * canonical text: no leading zeros, no trailing {@code .0} parts ({@code 01.2.0} prints {@code 1.2}).
 */
public final class Version implements Comparable<Version> {

    private final List<BigInteger> parts;
    /** The same parts as longs when they all fit (nearly always): compared without BigInteger, as status sorts every version of a long history. */
    private final long[] small;

    private Version(List<BigInteger> parts) {
        this.parts = parts;
        long[] longs = new long[parts.size()];
        for (int i = 0; i < longs.length; i++) {
            if (parts.get(i).bitLength() >= Long.SIZE) {
                longs = null;
                break;
            }
            longs[i] = parts.get(i).longValue();
        }
        this.small = longs;
    }

    /**
     * Parses a version such as {@code 3}, {@code 1.2.10} or {@code 1_1}.
     *
     * @throws IllegalArgumentException when the text is empty or holds anything but digits
     *                                  separated by single dots or underscores
     */
    public static Version parse(String text) {
        List<BigInteger> parsed = parts(text);
        if (parsed == null) {
            throw new IllegalArgumentException("'" + text + "' is not a version: use numbers separated by dots or underscores, such as 1, 2.1 or 2_1");
        }
        int end = parsed.size();
        while (end > 1 && parsed.get(end - 1).signum() == 0) {
            end--;
        }
        return new Version(List.copyOf(parsed.subList(0, end)));
    }

    /**
     * The numbers of a well-formed version, or {@code null}. A loop rather than a regex and a split:
     * every file name and every history row is parsed on each run.
     */
    private static List<BigInteger> parts(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<BigInteger> parsed = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                continue;
            }
            if ((c != '.' && c != '_') || i == start) {
                return null;
            }
            // Up to 18 digits fit a long; longer parts (rare) go through BigInteger's own parser.
            parsed.add(i - start <= 18 ? BigInteger.valueOf(Long.parseLong(text, start, i, 10)) : new BigInteger(text.substring(start, i)));
            start = i + 1;
        }
        return parsed;
    }

    /** Whether {@code text} is a well-formed version (see {@link #parse}). */
    public static boolean isVersion(String text) {
        return parts(text) != null;
    }

    @Override
    public int compareTo(Version other) {
        if (small != null && other.small != null) {
            int common = Math.max(small.length, other.small.length);
            for (int i = 0; i < common; i++) {
                int cmp = Long.compare(i < small.length ? small[i] : 0, i < other.small.length ? other.small[i] : 0);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        }
        int common = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < common; i++) {
            int cmp = part(i).compareTo(other.part(i));
            if (cmp != 0) {
                return cmp;
            }
        }
        return 0;
    }

    private BigInteger part(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Version v && parts.equals(v.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (BigInteger part : parts) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
