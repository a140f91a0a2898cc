package dev.godwit.core.message;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The languages godwit speaks, and how a run picks one. */
public enum Language {
    ENGLISH("en"),
    FRENCH("fr");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** {@code en} or {@code fr}, as {@code --lang} and {@code lang=} take it. */
    public String tag() {
        return tag;
    }

    /** The language a tag or a POSIX locale names ({@code fr}, {@code fr_FR.UTF-8}, {@code en-GB}), if godwit speaks it. */
    public static Optional<Language> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (lower.equals(language.tag) || lower.startsWith(language.tag + "_") || lower.startsWith(language.tag + "-")
                    || lower.startsWith(language.tag + ".")) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The language of the system locale, read as POSIX programs do: the first set of
     * {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}. French when it starts with {@code fr},
     * English otherwise (also for {@code C} and {@code POSIX}).
     */
    public static Language ofEnvironment(Map<String, String> environment) {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return parse(value).orElse(ENGLISH);
            }
        }
        return ENGLISH;
    }
}
