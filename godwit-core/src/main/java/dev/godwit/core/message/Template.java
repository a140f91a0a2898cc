package dev.godwit.core.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One catalogue sentence: text with named holes, {@code {file}}, and plural choices,
 * {@code {count,une migration|# migrations}} ({@code #} is the number; the first form is for one in
 * English, for zero and one in French).
 *
 * <p>Not {@link java.text.MessageFormat}: it takes {@code '} as a quote, and French is full of
 * apostrophes ({@code l'historique}) that translators would have to double; and its holes are
 * numbered, where a translator reorders names.
 */
record Template(String text, List<Part> parts) {

    sealed interface Part {
    }

    record Words(String text) implements Part {
    }

    record Hole(String name) implements Part {
    }

    record Plural(String name, String one, String other) implements Part {
    }

    static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        StringBuilder words = new StringBuilder();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                words.append(c);
                i++;
                continue;
            }
            int end = text.indexOf('}', i);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed { in: " + text);
            }
            if (!words.isEmpty()) {
                parts.add(new Words(words.toString()));
                words.setLength(0);
            }
            String inside = text.substring(i + 1, end);
            int comma = inside.indexOf(',');
            if (comma < 0) {
                parts.add(new Hole(inside.strip()));
            } else {
                String[] forms = inside.substring(comma + 1).split("\\|", -1);
                if (forms.length != 2) {
                    throw new IllegalArgumentException("a plural takes two forms, one|other: {" + inside + "}");
                }
                parts.add(new Plural(inside.substring(0, comma).strip(), forms[0], forms[1]));
            }
            i = end + 1;
        }
        if (!words.isEmpty()) {
            parts.add(new Words(words.toString()));
        }
        return new Template(text, List.copyOf(parts));
    }

    /** Whether every hole named {@code name} may take a whole message (see {@link #embeds(int)}). */
    boolean embedsAll(String name) {
        for (int i = 0; i < parts.size(); i++) {
            if ((parts.get(i) instanceof Hole h && h.name().equals(name)) && !embeds(i)) {
                return false;
            }
        }
        return true;
    }

    /** The names of the holes, in order of first use. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        for (Part part : parts) {
            String name = part instanceof Hole h ? h.name() : part instanceof Plural p ? p.name() : null;
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Whether the template adds words of its own, rather than only arranging its arguments (a list item such as {@code - [{code}] {summary}}). */
    boolean hasWords() {
        return parts.stream().anyMatch(p -> p instanceof Words w && w.text().codePoints().anyMatch(Character::isLetter)
                || p instanceof Plural);
    }

    /**
     * Whether a whole message may fill the hole at {@code index}: in a template that adds no words
     * (a list item), as the last part after a label ending in a colon or a bracket ({@code next: {step}},
     * {@code {tenant}: [{code}] {summary}}), or first
     * with only an aside in parentheses after it.
     * Anywhere else a translated fragment would sit among words in the order of one language.
     */
    boolean embeds(int index) {
        if (!hasWords()) {
            return true;
        }
        // First, followed only by an aside in parentheses: "{message} (lock trace: {seen})".
        if (index == 0 && parts.size() > 1 && parts.get(1) instanceof Words w && w.text().startsWith(" (") && text.endsWith(")")) {
            return true;
        }
        return index == parts.size() - 1 && index > 0 && parts.get(index - 1) instanceof Words w
                && (w.text().strip().endsWith(":") || w.text().strip().endsWith("]"));
    }

    String format(Map<String, Object> args, Language language, Function<Message, String> nested) {
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < parts.size(); index++) {
            Part part = parts.get(index);
            if (part instanceof Words w) {
                out.append(w.text());
            } else if (part instanceof Hole h) {
                Object value = args.get(h.name());
                if (value instanceof Message message) {
                    if (!embeds(index)) {
                        // A translated fragment inside a sentence fixes the word order of one language.
                        throw new IllegalStateException("template " + text + " puts the message " + h.name()
                                + " among words of its own; give the whole sentence a key, or pass it as a label's last part");
                    }
                    out.append(nested.apply(message));
                } else if (args.containsKey(h.name())) {
                    out.append(value);
                } else {
                    assert false : "no value for {" + h.name() + "} in: " + text;
                    out.append('{').append(h.name()).append('}');
                }
            } else if (part instanceof Plural p) {
                Object value = args.get(p.name());
                long n = value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value));
                boolean one = language == Language.FRENCH ? Math.abs(n) < 2 : n == 1;
                out.append((one ? p.one() : p.other()).replace("#", Long.toString(n)));
            }
        }
        return out.toString();
    }
}
