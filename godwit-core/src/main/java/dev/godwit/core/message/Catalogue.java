package dev.godwit.core.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Every sentence godwit says, in one language: {@code en.properties} and {@code fr.properties}
 * beside this class, one key per sentence (a problem's summary, each detail line, its next step;
 * each line a command prints). Keys are grouped by what speaks: {@code run.}, {@code status.},
 * {@code generate.}, {@code cli.}, {@code starter.} (Spring Boot), {@code maven.}. Read as UTF-8.
 */
public final class Catalogue {

    private static final Map<Language, Catalogue> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, Template> templates;
    private final Catalogue fallback;

    private Catalogue(Language language, Map<String, Template> templates, Catalogue fallback) {
        this.language = language;
        this.templates = templates;
        this.fallback = fallback;
    }

    public static synchronized Catalogue of(Language language) {
        Catalogue loaded = LOADED.get(language);
        if (loaded == null) {
            Catalogue fallback = language == Language.ENGLISH ? null : of(Language.ENGLISH);
            loaded = new Catalogue(language, load(language), fallback);
            LOADED.put(language, loaded);
        }
        return loaded;
    }

    public Language language() {
        return language;
    }

    /** The message in this language; a key this catalogue lacks reads in English (CatalogueTest keeps both complete). */
    public String text(Message message) {
        if (message instanceof Message.Verbatim v) {
            return v.text();
        }
        if (message instanceof Message.Rewritten r) {
            return r.rewrite().apply(language, text(r.message()));
        }
        Message.Keyed k = (Message.Keyed) message;
        Template template = templates.get(k.key());
        if (template == null) {
            return fallback != null ? fallback.text(message) : missing(k);
        }
        return template.format(k.args(), language, this::text);
    }

    /** A key no catalogue has (CatalogueTest prevents it): its name and arguments, rather than nothing. */
    private static String missing(Message.Keyed message) {
        return message.key() + message.args();
    }

    /** The keys, for the tests that keep the catalogues complete. */
    public Set<String> keys() {
        return templates.keySet();
    }

    /** The names of a key's holes, in order, or {@code null} when the key is not here. */
    public java.util.List<String> names(String key) {
        Template template = templates.get(key);
        return template == null ? null : template.names();
    }

    /** A key's sentence, for the tests in this package. */
    Template template(String key) {
        return templates.get(key);
    }

    private static Map<String, Template> load(Language language) {
        String name = language.tag() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("godwit's message catalogue " + name + " is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            templates.put(key, Template.parse(properties.getProperty(key)));
        }
        return Map.copyOf(templates);
    }
}
