package dev.godwit.core.fleet;

import dev.godwit.core.spi.ConnectionSpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** --shard K/N: every target in exactly one part, and a part keeps its targets when others are appended. */
class ShardProperties {

    private static List<Target> targets(List<String> names) {
        return names.stream().map(n -> new Target(n, new ConnectionSpec("jdbc:sqlite:" + n, null, null, List.of()))).toList();
    }

    @Property
    void everyTargetIsInExactlyOnePart(@ForAll @Size(max = 200) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> names,
                                       @ForAll @IntRange(min = 1, max = 4) int count) {
        List<Target> all = targets(names);
        Set<String> seen = new HashSet<>();
        for (int k = 1; k <= count; k++) {
            for (Target target : new Shard(k, count).of(all)) {
                assertThat(seen.add(target.name())).as(target.name() + " in two parts").isTrue();
            }
        }
        assertThat(seen).hasSize(all.size());
    }

    @Property
    void appendingTargetsMovesNoneOfTheOthers(@ForAll @Size(max = 100) @UniqueElements List<@AlphaChars @StringLength(min = 1, max = 12) String> names,
                                             @ForAll @Size(max = 20) List<@NumericChars @StringLength(min = 1, max = 6) String> added,
                                             @ForAll @IntRange(min = 1, max = 4) int count) {
        List<Target> before = targets(names);
        List<String> more = new ArrayList<>(names);
        added.stream().filter(a -> !more.contains(a)).distinct().forEach(more::add);
        List<Target> after = targets(more);
        for (int k = 1; k <= count; k++) {
            Shard shard = new Shard(k, count);
            List<String> kept = shard.of(after).stream().map(Target::name).toList();
            assertThat(kept).containsAll(shard.of(before).stream().map(Target::name).toList());
            assertThat(kept).as("and takes no target another part had").allMatch(n -> !names.contains(n) || shard.holds(before.get(names.indexOf(n))));
        }
    }
}
