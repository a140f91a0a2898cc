package dev.godwit.cli;

import dev.godwit.core.lint.Finding;

import java.nio.file.Path;
import java.util.List;

/** GitHub's workflow commands ({@code ::warning file=…,line=…::…}): findings shown on the pull request's diff. */
final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /** One annotation per finding, its file named relative to {@code here} (the repository, where CI runs). */
    static void findings(Console console, List<Finding> findings, Path migrations, Path here) {
        Path root = here.toAbsolutePath().normalize();
        for (Finding f : findings) {
            console.line(annotation(f.severity() == Finding.Severity.ERROR ? "error" : "warning", relative(migrations.resolve(f.file()), root), f.line(),
                    f.rule().code() + " " + f.rule().slug(), f.message() + "\nfix: " + f.fix()));
        }
    }

    /** An annotation; {@code file} may be {@code null} (then it is the run's, not a line's). */
    static String annotation(String level, String file, int line, String title, String message) {
        StringBuilder text = new StringBuilder("::").append(level);
        String separator = " ";
        if (file != null) {
            text.append(separator).append("file=").append(property(file)).append(",line=").append(line);
            separator = ",";
        }
        text.append(separator).append("title=").append(property(title)).append("::").append(data(message));
        return text.toString();
    }

    static String relative(Path file, Path root) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    /** GitHub's escaping of a message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** ... and of a property value (file=, title=). */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
