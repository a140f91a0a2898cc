package dev.godwit.cli;

import dev.godwit.core.message.Message;
import dev.godwit.core.diff.UnmodelledDifferences;
import dev.godwit.core.schema.Unmodelled;

import java.util.List;
import java.util.Map;

/** The one warning every command gives about what godwit met but does not model, and its JSON form. */
final class NotCompared {

    private NotCompared() {
    }

    static void warn(Console console, List<Unmodelled> unmodelled) {
        if (!unmodelled.isEmpty()) {
            console.notice(Message.of("cli.notcompared", "summary", UnmodelledDifferences.summary(unmodelled)));
        }
    }

    static Map<String, Long> json(List<Unmodelled> unmodelled) {
        return UnmodelledDifferences.counts(unmodelled);
    }
}
