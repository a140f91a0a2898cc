package dev.godwit.core.spi;

import java.util.regex.Pattern;

/** Removes credentials from text that may be shown to a user or written to a log. */
public final class Redaction {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@]*:)[^@/]*@");

    private Redaction() {
    }

    /** The URL with any {@code password=} parameter and {@code user:password@} part masked. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return USERINFO.matcher(masked).replaceAll("$1****@");
    }

    /** The text with every occurrence of the secret masked. */
    public static String text(String text, Secret secret) {
        if (text == null || secret == null || secret.reveal() == null || secret.reveal().isEmpty()) {
            return text;
        }
        return text.replace(secret.reveal(), "****");
    }
}
