package dev.godwit.core.fleet;

import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Part K of N of a fleet ({@code --shard K/N}), for N workers of a Kubernetes indexed Job or N legs
 * of a CI matrix: a target belongs to the part its name's hash falls in, so every target is in
 * exactly one part, whatever the order of the file, and adding targets moves none of the others.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, "--shard " + index + "/" + count + " is not a part of the fleet",
                    "give K/N with 1 <= K <= N, e.g. --shard 2/4 (Kubernetes: --shard $((JOB_COMPLETION_INDEX + 1))/N)");
        }
    }

    /** {@code "2/4"}. */
    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw GodwitException.of(ProblemCode.BAD_ARGUMENT, "--shard " + text + " is not K/N", "write it as K/N, e.g. --shard 2/4");
    }

    public boolean holds(Target target) {
        return part(target.name()) == index;
    }

    public List<Target> of(List<Target> targets) {
        return targets.stream().filter(this::holds).toList();
    }

    /** The part (1..count) a name belongs to: the first 8 bytes of its SHA-256, modulo the count. */
    int part(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            return (int) Math.floorMod(value, (long) count) + 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
