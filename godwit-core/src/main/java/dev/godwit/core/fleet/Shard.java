package dev.godwit.core.fleet;

import dev.godwit.core.message.Message;
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
            throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("fleet.bad-argument-3", "index", index, "count", count), Message.of("fleet.bad-argument-3.next"));
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
        throw GodwitException.of(ProblemCode.BAD_ARGUMENT, Message.of("fleet.bad-argument-4", "value", text), Message.of("fleet.bad-argument-4.next"));
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
