package dev.godwit.core.migration;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration version: dotted non-negative integers compared part by part, numerically.
 * {@code 1}, {@code 1.0} and {@code 01} are one version; {@code 1.10 > 1.9}. In file names an
 * underscore separates parts too ({@code V1_1__x.sql} is version 1.1), as in Flyway.
 *
 * <p>Immutable; {@link #equals} and {@link #compareTo} agree. {@link #toString()} is the
 * canonical text: no leading zeros, no trailing {@code .0} parts ({@code 01.2.0} prints {@code 1.2}).
 */
public final class Version implements Comparable<Version> {

    private static final Pattern TEXT = Pattern.compile("\\d+([._]\\d+)*");

    private final List<BigInteger> parts;

    private Version(List<BigInteger> parts) {
        this.parts = parts;
    }

    /**
     * Parses a version such as {@code 3}, {@code 1.2.10} or {@code 1_1}.
     *
     * @throws IllegalArgumentException when the text is empty or holds anything but digits
     *                                  separated by single dots or underscores
     */
    public static Version parse(String text) {
        if (text == null || !TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a version: use numbers separated by dots or underscores, such as 1, 2.1 or 2_1");
        }
        List<BigInteger> parsed = new ArrayList<>();
        for (String part : text.split("[._]")) {
            parsed.add(new BigInteger(part));
        }
        int end = parsed.size();
        while (end > 1 && parsed.get(end - 1).signum() == 0) {
            end--;
        }
        return new Version(List.copyOf(parsed.subList(0, end)));
    }

    /** Whether {@code text} is a well-formed version (see {@link #parse}). */
    public static boolean isVersion(String text) {
        return text != null && TEXT.matcher(text).matches();
    }

    @Override
    public int compareTo(Version other) {
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
