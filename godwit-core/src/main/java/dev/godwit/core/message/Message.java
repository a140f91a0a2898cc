package dev.godwit.core.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * A sentence godwit says to a person, kept as a catalogue key and named arguments until it is
 * printed, so that the same problem reads in English or in French and {@code --json} (always
 * English) never changes with the language. See {@link Catalogue}.
 */
public sealed interface Message {

    /**
     * A sentence of the catalogue, e.g. {@code Message.of("run.lock.gave-up", "holder", holder, "seconds", 60)}.
     *
     * @param namesAndValues name, value, name, value…; a value may itself be a message only in a
     *                       template that adds no words of its own (a list item), see {@link Template}
     */
    static Message of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments of " + key + " must come as name, value pairs");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Keyed(key, Collections.unmodifiableMap(args));
    }

    /**
     * Text that is the same in every language: what a database, a file or another program said.
     * Also, until its sentence has a key, a message not yet in the catalogue.
     */
    static Message verbatim(String text) {
        return new Verbatim(text);
    }

    /** The English text, which logs, exceptions and {@code --json} carry. */
    default String english() {
        return Catalogue.of(Language.ENGLISH).text(this);
    }

    /** This message as {@code rewrite} changes the text it prints, in whichever language (a mask for passwords). */
    default Message rewritten(UnaryOperator<String> rewrite) {
        return new Rewritten(this, (language, text) -> rewrite.apply(text));
    }

    /** This message as {@code rewrite} changes the text it prints in each language (an integration's words for a command). */
    default Message rewritten(BiFunction<Language, String, String> rewrite) {
        return new Rewritten(this, rewrite);
    }

    record Keyed(String key, Map<String, Object> args) implements Message {
        @Override
        public String toString() {
            return english();
        }
    }

    record Verbatim(String text) implements Message {
        @Override
        public String toString() {
            return text;
        }
    }

    record Rewritten(Message message, BiFunction<Language, String, String> rewrite) implements Message {
        @Override
        public String toString() {
            return english();
        }
    }
}
