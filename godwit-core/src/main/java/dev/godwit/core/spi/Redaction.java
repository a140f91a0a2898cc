package dev.godwit.core.spi;

import java.util.regex.Pattern;

/** Removes credentials from text that may be shown to a user or written to a log. */
public final class Redaction {

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    /**
     * {@code user:password@}, also where the URL is malformed (no {@code //}, text around it):
     * over-masking is harmless. The placeholder {@code <password>} of godwit's own hints is left as is.
     */
    private static final Pattern USERINFO = Pattern.compile("(^|/|[\\s'\"(\\[,=])([^/:@\\s'\"]*):(?!<password>@)[^@/\\s'\"]*@");

    private Redaction() {
    }

    /**
     * The URL — or any text that may hold URLs, such as a command line echoed in an error — with
     * every {@code password=} parameter and {@code user:password@} part masked.
     */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = URL_PASSWORD.matcher(url).replaceAll("$1****");
        return USERINFO.matcher(masked).replaceAll("$1$2:****@");
    }

    /** The text with every occurrence of the secret masked. */
    public static String text(String text, Secret secret) {
        if (text == null || secret == null || secret.reveal() == null || secret.reveal().isEmpty()) {
            return text;
        }
        return text.replace(secret.reveal(), "****");
    }
}
