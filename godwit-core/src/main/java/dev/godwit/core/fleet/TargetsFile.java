package dev.godwit.core.fleet;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialects;
import dev.godwit.core.spi.Redaction;
import dev.godwit.core.spi.Secret;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fleet's targets file: one target a line, a URL ({@code jdbc:…} or a PaaS form) or
 * {@code name=URL}; {@code ${VAR}} replaced from the environment, so secrets stay there; blank lines
 * and {@code #} comments ignored. A malformed line is an error naming the file and the line.
 */
public final class TargetsFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private TargetsFile() {
    }

    /**
     * @param user     the user of targets whose URL names none ({@code user=}, {@code GODWIT_USER})
     * @param password their password
     */
    public static List<Target> read(Path file, Map<String, String> environment, String user, Secret password) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        }
        List<Target> targets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String name = null;
            String url = line;
            int equals = line.indexOf('=');
            int scheme = line.indexOf(':');
            if (equals > 0 && (scheme < 0 || equals < scheme)) {
                name = line.substring(0, equals).strip();
                url = line.substring(equals + 1).strip();
                if (!NAME.matcher(name).matches()) {
                    throw bad(file, number, Message.of("fleet.targets.bad-name", "name", name));
                }
            }
            url = expand(url, environment, file, number);
            ConnectionSpec spec = connection(url, user, password, file, number);
            String shown = name != null ? name : Redaction.url(spec.url());
            if (!names.add(shown)) {
                throw bad(file, number, Message.of("fleet.targets.twice", "name", shown));
            }
            targets.add(new Target(shown, spec));
        }
        return targets;
    }

    private static String expand(String url, Map<String, String> environment, Path file, int line) {
        Matcher m = VARIABLE.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = environment.get(m.group(1));
            if (value == null) {
                throw bad(file, line, Message.of("fleet.targets.unset", "variable", "${" + m.group(1) + "}"));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ConnectionSpec connection(String url, String user, Secret password, Path file, int line) {
        if (url.startsWith("jdbc:")) {
            Dialects.resolve(null, url); // a JDBC URL no dialect serves is named here, with its line
            return new ConnectionSpec(url, user, password, List.of());
        }
        try {
            ConnectionSpec spec = Dialects.fromPlatformUrl(url).orElseThrow(() -> bad(file, line, Message.of("fleet.targets.unknown-url", "url", Redaction.url(url))));
            return new ConnectionSpec(spec.url(), spec.user() != null ? spec.user() : user, spec.password() != null ? spec.password() : password, List.of());
        } catch (IllegalArgumentException e) {
            throw bad(file, line, Message.of("fleet.targets.malformed-url", "reason", e.getMessage()));
        }
    }

    private static GodwitException bad(Path file, int line, Message what) {
        return GodwitException.of(ProblemCode.TARGETS_FILE, Message.of("fleet.targets.line", "file", file, "line", line, "what", what),
                Message.of("fleet.targets.next", "variable", "${VAR}"));
    }
}
