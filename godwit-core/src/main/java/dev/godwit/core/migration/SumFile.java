package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code godwit.sum}: the integrity file of a migrations directory.
 *
 * <pre>
 * sha256:&lt;hash of the lines below&gt;
 * V1__create_trip.sql sha256:&lt;checksum&gt;
 * U1__create_trip.sql sha256:&lt;checksum&gt;
 * </pre>
 *
 * <p>One line per script in version order, so a migration added on one branch and another added
 * on a second branch both change the first line and meet as a merge conflict, before they
 * meet in production. A file added, removed or edited without {@code godwit hash} is reported by
 * name.
 *
 * @param entries checksum by file name, in version order
 */
public record SumFile(Map<String, String> entries) {

    private static final String PREFIX = "sha256:";

    public SumFile {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** The sum file the scripts should have, given each script's checksum. */
    public static SumFile of(Migrations migrations, Map<Path, String> checksums) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (MigrationScript script : migrations.allScripts()) {
            entries.put(script.fileName(), checksums.get(script.path()));
        }
        return new SumFile(entries);
    }

    /** The hash of every line but the first: what the first line records. */
    public String total() {
        return Checksum.of(body());
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        entries.forEach((name, sum) -> body.append(name).append(' ').append(PREFIX).append(sum).append('\n'));
        return body.toString();
    }

    public String render() {
        return PREFIX + total() + "\n" + body();
    }

    public void write(Path directory) {
        TextFiles.write(directory.resolve(MigrationDirectory.SUM_FILE), render());
    }

    /**
     * Reads {@code godwit.sum} from a directory.
     *
     * @return empty when there is no such file
     * @throws GodwitException when it holds a merge conflict, a malformed line, or a first line
     *                         that does not match the others (an edit by hand)
     */
    public static Optional<SumFile> read(Path directory) {
        Path file = directory.resolve(MigrationDirectory.SUM_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw FileProblems.cannotRead(file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("<<<<<<<") || line.startsWith(">>>>>>>") || line.equals("=======")) {
                throw GodwitException.of(ProblemCode.SUM_INVALID,
                        Message.of("files.sum.conflict", "file", file, "line", i + 1),
                        Message.of("files.sum.conflict.next"),
                        Message.of("files.sum.conflict.why"));
            }
        }
        Map<String, String> entries = new LinkedHashMap<>();
        String recordedTotal = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (recordedTotal == null) {
                recordedTotal = hexOf(line, file, i);
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0) {
                throw malformed(file, i);
            }
            entries.put(line.substring(0, space).strip(), hexOf(line.substring(space + 1), file, i));
        }
        SumFile sum = new SumFile(entries);
        if (recordedTotal != null && !recordedTotal.equals(sum.total())) {
            throw GodwitException.of(ProblemCode.SUM_INVALID,
                    Message.of("files.sum.edited", "file", file),
                    Message.of("files.sum.rewrite"));
        }
        return Optional.of(sum);
    }

    private static String hexOf(String token, Path file, int index) {
        if (!token.startsWith(PREFIX) || !isHex(token, PREFIX.length())) {
            throw malformed(file, index);
        }
        return token.substring(PREFIX.length());
    }

    /** 64 lower-case hex digits from {@code start} to the end (a loop, not a regex: it runs once per line of a long file). */
    private static boolean isHex(String token, int start) {
        if (token.length() - start != 64) {
            return false;
        }
        for (int i = start; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static GodwitException malformed(Path file, int index) {
        return GodwitException.of(ProblemCode.SUM_INVALID,
                Message.of("files.sum.bad-line", "file", file, "line", index + 1),
                Message.of("files.sum.rewrite"));
    }

    /**
     * Compares this file, as recorded, with what the scripts are now.
     *
     * @return one line per discrepancy, naming the file; empty when they agree
     */
    public List<String> differencesFrom(SumFile actual) {
        return differenceMessagesFrom(actual).stream().map(Message::english).toList();
    }

    /** The same, to print in the user's language. */
    public List<Message> differenceMessagesFrom(SumFile actual) {
        List<Message> differences = new ArrayList<>();
        actual.entries.forEach((name, sum) -> {
            String recorded = entries.get(name);
            if (recorded == null) {
                differences.add(Message.of("files.sum.added", "file", name));
            } else if (!recorded.equals(sum)) {
                differences.add(Message.of("files.sum.edited-since", "file", name, "recorded", abbreviate(recorded), "now", abbreviate(sum)));
            }
        });
        entries.keySet().stream()
                .filter(name -> !actual.entries.containsKey(name))
                .forEach(name -> differences.add(Message.of("files.sum.gone", "file", name)));
        return differences;
    }

    /** Throws the standard problem when the recorded sum file and the scripts disagree. */
    public static void requireMatch(Optional<SumFile> recorded, SumFile actual, Path directory) {
        if (recorded.isEmpty()) {
            if (!actual.entries.isEmpty()) {
                throw GodwitException.of(ProblemCode.SUM_MISMATCH,
                        Message.of("files.sum.missing", "directory", directory),
                        Message.of("files.sum.missing.next"));
            }
            return;
        }
        List<Message> differences = recorded.get().differenceMessagesFrom(actual);
        if (!differences.isEmpty()) {
            throw new GodwitException(Problem.of(ProblemCode.SUM_MISMATCH,
                    Message.of("files.sum.mismatch"),
                    differences,
                    Message.of("files.sum.mismatch.next")));
        }
    }

    public static String abbreviate(String checksum) {
        return checksum == null ? "none" : checksum.substring(0, Math.min(12, checksum.length()));
    }
}
