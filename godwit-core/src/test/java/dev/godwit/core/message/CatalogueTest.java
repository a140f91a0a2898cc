package dev.godwit.core.message;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keeps the two catalogues whole: the same keys and the same holes in English and French, every
 * key the code names in both, no key built at run time, and no sentence glued together from
 * translated pieces (whose order only English would allow).
 */
class CatalogueTest {

    private static final Catalogue EN = Catalogue.of(Language.ENGLISH);
    private static final Catalogue FR = Catalogue.of(Language.FRENCH);

    /**
     * A key in the code: the first argument of {@code Message.of}, or a literal of a key's shape chosen
     * by a switch or a ternary ({@code -> "run.database-failed.begin"}) and passed on.
     */
    static final Pattern KEY = Pattern.compile("(?:Message\\.of\\(\\s*|->\\s*|\\?\\s*\\(?|:\\s*|=\\s*)\"((?:problem|run|status|generate|cli|starter|maven|config|files|history|trace|report|lint|fleet|postgres|sqlite|jpa|import)\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

    @Test
    void bothCataloguesHaveTheSameKeysWithTheSameHoles() {
        assertThat(new TreeSet<>(FR.keys())).as("keys in fr.properties").isEqualTo(new TreeSet<>(EN.keys()));
        Map<String, String> mismatched = new TreeMap<>();
        for (String key : EN.keys()) {
            if (!new HashSet<>(EN.names(key)).equals(new HashSet<>(FR.names(key)))) {
                mismatched.put(key, EN.names(key) + " vs " + FR.names(key));
            }
        }
        assertThat(mismatched).as("holes that differ between en and fr").isEmpty();
    }

    /** Words French spells as English does. */
    private static final Set<String> SAME_IN_FRENCH = Set.of("cli.status.column.version", "cli.status.column.description", "report.meta",
            "cli.bad-argument", "cli.bad-argument-6", "cli.tour", "cli.tour-3", "cli.check.live-problem",
            "lint.json-not-jsonb.fix", "lint.serial-not-identity.fix", "lint.timestamp-without-time-zone.fix");

    @Test
    void frenchSentencesAreTranslated() throws IOException {
        Map<String, String> english = raw("en.properties");
        Map<String, String> french = raw("fr.properties");
        List<String> same = new ArrayList<>();
        english.forEach((key, text) -> {
            if (text.equals(french.get(key)) && Template.parse(text).hasWords() && !SAME_IN_FRENCH.contains(key)) {
                same.add(key);
            }
        });
        assertThat(same).as("keys whose French is the English text").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInBothCatalogues() {
        Set<String> used = new TreeSet<>();
        List<String> built = new ArrayList<>();
        Pattern concatenatedKey = Pattern.compile("Message\\.of\\(\\s*\"[^\"]*\"\\s*\\+");
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher keys = KEY.matcher(source);
            while (keys.find()) {
                used.add(keys.group(1));
            }
            if (concatenatedKey.matcher(source).find()) {
                built.add(file.getFileName().toString());
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(60);
        assertThat(used).as("keys missing from en.properties").filteredOn(k -> !EN.keys().contains(k)).isEmpty();
        assertThat(used).as("keys missing from fr.properties").filteredOn(k -> !FR.keys().contains(k)).isEmpty();
        assertThat(built).as("files that build a key by concatenation (the check above cannot see those)").isEmpty();
    }

    @Test
    void noTranslatedTextIsConcatenated() {
        // text(m) + "…" or "…" + english(): pieces joined in English order. Pass the piece to a sentence's hole instead.
        Pattern glued = Pattern.compile("(?:(?<!Redaction)\\.text\\([^;]*?\\)|\\.english\\(\\))\\s*\\+|\\+\\s*[\\w.()]*(?<!Redaction)\\.(?:text\\(|english\\(\\))");
        List<String> offenders = new ArrayList<>();
        for (Path file : mainSources()) {
            String[] lines = read(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (glued.matcher(lines[i]).find() && !lines[i].strip().startsWith("*") && !lines[i].strip().startsWith("//")) {
                    offenders.add(file.getFileName() + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    /**
     * Problems and printed lines whose words are still English literals rather than catalogue keys,
     * counted: the number may only go down (every new message goes into both catalogues). Their sites
     * are printed when it grows.
     */
    static final int ENGLISH_LITERALS_LEFT = 22;

    @Test
    void noNewMessageIsWrittenOutsideTheCatalogues() {
        Pattern call = Pattern.compile("GodwitException\\.of\\(|Problem\\.of\\(|new Problem\\(|console(?:\\(\\))?\\.(?:line|notice|progress)\\(|err\\(\\)\\.println\\(|new Finding\\(|getLog\\(\\)\\.(?:info|warn)\\(");
        Pattern words = Pattern.compile("\"[^\"]*[A-Za-z]{2,} [^\"]*\"|\"[^\"]* [A-Za-z]{2,}[^\"]*\"");
        List<String> sites = new ArrayList<>();
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher m = call.matcher(source);
            while (m.find()) {
                int end = closing(source, m.end() - 1);
                // Keys and the names of their holes are not words; a sentence has a space between two words.
                String text = source.substring(m.end(), end).replaceAll("\"[a-z]+(?:\\.[a-z0-9-]+)+\"", "")
                        .replaceAll("\"[A-Za-z0-9]+\"\\s*,", "");
                if (words.matcher(text).find()) {
                    sites.add(file.getFileName() + ":" + (source.substring(0, m.start()).split("\n", -1).length) + ": "
                            + source.substring(m.start(), Math.min(end, m.start() + 120)).replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(sites.size()).as("English literals outside the catalogues:\n" + String.join("\n", sites)).isLessThanOrEqualTo(ENGLISH_LITERALS_LEFT);
        System.out.println("english literal sites: " + sites.size());
    }

    @Test
    void everyMessageOfTheCodeGivesExactlyTheHolesOfItsSentence() {
        Pattern start = Pattern.compile("Message\\.of\\(\\s*\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path file : mainSources()) {
            String source = read(file);
            Matcher m = start.matcher(source);
            while (m.find()) {
                int open = source.indexOf('(', m.start());
                List<String> args = arguments(source.substring(open + 1, closing(source, open)));
                Set<String> given = new TreeSet<>();
                Set<String> messages = new TreeSet<>();
                for (int i = 1; i < args.size(); i += 2) {
                    String name = args.get(i).strip().replace("\"", "");
                    given.add(name);
                    String value = i + 1 < args.size() ? args.get(i + 1).strip() : "";
                    // A whole message as an argument: a Message.of, or an accessor that returns one.
                    if (value.startsWith("Message.of(") || value.matches(".*(?<!get)(Message|Messages)\\(\\)") || value.matches("(message|question|step)")) {
                        messages.add(name);
                    }
                }
                for (String name : messages) {
                    Template template = EN.template(m.group(1));
                    if (template != null && template.names().contains(name) && (!template.embedsAll(name) || !FR.template(m.group(1)).embedsAll(name))) {
                        wrong.add(file.getFileName() + ": " + m.group(1) + " puts the message " + name + " among its own words");
                    }
                }
                List<String> names = EN.names(m.group(1));
                if (names == null) {
                    continue; // the test above names keys missing from the catalogue
                }
                checked++;
                if (!given.equals(new TreeSet<>(names))) {
                    wrong.add(file.getFileName() + ": " + m.group(1) + " is given " + given + ", its sentence has " + new TreeSet<>(names));
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    /** The top-level, comma-separated arguments of a call's text. */
    private static List<String> arguments(String text) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < text.length() && text.charAt(j) != c) {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                current.append(text, i, Math.min(j + 1, text.length()));
                i = j;
                continue;
            }
            if (c == '(' || c == '[' || c == '{' || c == '<') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}' || (c == '>' && depth > 0 && i > 0 && text.charAt(i - 1) != '-')) {
                depth--;
            }
            if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        args.add(current.toString());
        return args;
    }

    private static int closing(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                for (i++; i < source.length() && source.charAt(i) != '"'; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    @Test
    void aMessageMayFillOnlyAListItemOrALabel() {
        assertThat(EN.text(Message.of("run.refused.item", "code", "GW-E500", "summary", Message.of("status.failed", "version", "3", "description", "x"))))
                .isEqualTo("- [GW-E500] V3 (x) failed");
        assertThat(FR.text(Message.of("problem.next", "step", Message.of("run.java.next")))).isEqualTo("à faire : corrigez la classe, recompilez, puis relancez `godwit migrate`");
        Template sentence = Template.parse("the {what} was rolled back");
        assertThatThrownBy(() -> sentence.format(Map.of("what", Message.verbatim("migration")), Language.ENGLISH, Message::english))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("give the whole sentence a key");
    }

    @Test
    void pluralsFollowEachLanguagesRule() {
        Template t = Template.parse("{n,# attempt|# attempts}");
        assertThat(t.format(Map.of("n", 0), Language.ENGLISH, Message::english)).isEqualTo("0 attempts");
        assertThat(t.format(Map.of("n", 0), Language.FRENCH, Message::english)).isEqualTo("0 attempt");
        assertThat(t.format(Map.of("n", 1), Language.ENGLISH, Message::english)).isEqualTo("1 attempt");
        assertThat(t.format(Map.of("n", 2), Language.FRENCH, Message::english)).isEqualTo("2 attempts");
    }

    @Test
    void aMissingArgumentFailsUnderTest() {
        assertThatThrownBy(() -> EN.text(Message.of("run.java.failed", "class", "V3__Backfill")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("{version}");
    }

    @Test
    void theLocaleChoosesTheLanguage() {
        assertThat(Language.ofEnvironment(Map.of("LANG", "fr_FR.UTF-8"))).isEqualTo(Language.FRENCH);
        assertThat(Language.ofEnvironment(Map.of("LANG", "fr_FR.UTF-8", "LC_ALL", "C"))).isEqualTo(Language.ENGLISH);
        assertThat(Language.ofEnvironment(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "fr_CA.UTF-8"))).isEqualTo(Language.FRENCH);
        assertThat(Language.ofEnvironment(Map.of("LC_ALL", "", "LANG", "fr_BE"))).isEqualTo(Language.FRENCH);
        assertThat(Language.ofEnvironment(Map.of())).isEqualTo(Language.ENGLISH);
        assertThat(Language.parse("fr")).contains(Language.FRENCH);
        assertThat(Language.parse("french")).isEmpty();
        assertThat(Language.parse("de_DE")).isEmpty();
    }

    private static Map<String, String> raw(String name) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Catalogue.class.getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
        return values;
    }

    /** Every module's main sources: the test runs in godwit-core, beside the others. */
    static List<Path> mainSources() {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> files = new ArrayList<>();
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList()) {
                try (Stream<Path> java = Files.walk(module.resolve("src/main/java"))) {
                    java.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
                }
            }
            assertThat(files).as("main sources under " + root).hasSizeGreaterThan(100);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
