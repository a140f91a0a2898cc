package dev.godwit.core.migration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionProperties {

    @Test
    void oneOneZeroAndZeroOneAreOneVersion() {
        assertThat(Version.parse("1")).isEqualTo(Version.parse("1.0")).isEqualTo(Version.parse("01")).isEqualTo(Version.parse("1_0_0"));
        assertThat(Version.parse("01.2.0")).hasToString("1.2");
        assertThat(Version.parse("1_1")).isEqualTo(Version.parse("1.1"));
    }

    @Test
    void partsCompareNumerically() {
        assertThat(Version.parse("1.10")).isGreaterThan(Version.parse("1.9"));
        assertThat(Version.parse("10")).isGreaterThan(Version.parse("9.9.9"));
        assertThat(Version.parse("2")).isLessThan(Version.parse("2.0.1"));
        assertThat(Version.parse("20261125143000")).isGreaterThan(Version.parse("20261125142959"));
    }

    @Test
    void nonNumericVersionsAreRefused() {
        for (String bad : List.of("", "a", "1.a", "1..2", ".1", "1.", "1__2", "v1", "1-2")) {
            assertThatThrownBy(() -> Version.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a version");
        }
    }

    @Property
    void compareAgreesWithTheNumbers(@ForAll("parts") List<BigInteger> a, @ForAll("parts") List<BigInteger> b) {
        Version va = Version.parse(join(a));
        Version vb = Version.parse(join(b));
        int expected = 0;
        for (int i = 0; i < Math.max(a.size(), b.size()) && expected == 0; i++) {
            expected = part(a, i).compareTo(part(b, i));
        }
        assertThat(Integer.signum(va.compareTo(vb))).isEqualTo(expected);
        assertThat(va.equals(vb)).isEqualTo(expected == 0);
        if (expected == 0) {
            assertThat(va.hashCode()).isEqualTo(vb.hashCode());
        }
    }

    @Property
    void canonicalTextParsesToTheSameVersion(@ForAll("parts") List<BigInteger> parts) {
        Version version = Version.parse(join(parts));
        assertThat(Version.parse(version.toString())).isEqualTo(version);
        assertThat(Version.parse("0" + join(parts).replace(".", "_"))).isEqualTo(version);
        assertThat(Version.parse("0000000000000000000" + join(parts))).isEqualTo(version);
    }

    @Provide
    Arbitrary<List<BigInteger>> parts() {
        // Small numbers (the long fast path), numbers around Long.MAX_VALUE (where it stops), and larger ones.
        BigInteger longMax = BigInteger.valueOf(Long.MAX_VALUE);
        Arbitrary<BigInteger> part = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(30)),
                Arbitraries.bigIntegers().between(longMax.subtract(BigInteger.TWO), longMax.add(BigInteger.TWO)),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, new BigInteger("99999999999999999999")));
        return part.list().ofMinSize(1).ofMaxSize(4);
    }

    private static String join(List<BigInteger> parts) {
        return String.join(".", parts.stream().map(BigInteger::toString).toList());
    }

    private static BigInteger part(List<BigInteger> parts, int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }
}
