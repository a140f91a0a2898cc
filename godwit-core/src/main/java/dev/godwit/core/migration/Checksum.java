package dev.godwit.core.migration;

import dev.godwit.core.message.Message;
import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.ProblemCode;
import dev.godwit.core.problem.GodwitException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a migration file, as lower-case hex. Line endings are normalized first (CRLF and
 * CR count as LF) and a UTF-8 byte-order mark is ignored, so a checkout on Windows hashes as on
 * Linux. This definition is part of godwit's history format: it must never change meaning.
 *
 * <p>The file is streamed, never held whole, and checked to be UTF-8 on the way.
 */
public final class Checksum {

    private Checksum() {
    }

    /**
     * @throws GodwitException when the file is not valid UTF-8 (naming the file and line)
     */
    public static String of(Path file) {
        return scan(file).checksum();
    }

    /**
     * A file's checksum, and whether it holds {@code ${} (a placeholder, or text that looks like one):
     * learnt in the one read that hashes it, so that files without one need no second read.
     */
    public record Scan(String checksum, boolean placeholders) {
    }

    /** Like {@link #of}, and whether the file holds {@code ${}. */
    public static Scan scan(Path file) {
        return new Scanner().scan(file);
    }

    /**
     * Hashes files one after the other with one set of buffers and one digest: a directory of a
     * thousand small migrations is read with no allocation per file and no extra system call (no
     * {@code stat} for the size). Not thread-safe.
     */
    public static final class Scanner {
        private static final int BUFFER = 8 * 1024;

        private final MessageDigest sha = sha256();
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buffer = new byte[BUFFER];
        private final byte[] normalized = new byte[BUFFER];
        private final ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        private final CharBuffer chars = CharBuffer.allocate(BUFFER + 8);

        public Scan scan(Path file) {
            sha.reset();
            utf8.reset();
            pending.clear();
            chars.clear();
            long line = 1;
            // [0]: the previous character was '$'; [1]: "${" was seen.
            boolean[] dollar = new boolean[2];
            boolean lastWasCr = false;
            boolean first = true;
            try (InputStream in = Files.newInputStream(file)) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    int start = 0;
                    if (first && read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                        start = 3;
                    }
                    first = first && read == 0;
                    int n = 0;
                    for (int i = start; i < read; i++) {
                        byte b = buffer[i];
                        if (b == '\r') {
                            normalized[n++] = '\n';
                            lastWasCr = true;
                            continue;
                        }
                        if (b == '\n' && lastWasCr) {
                            lastWasCr = false;
                            continue;
                        }
                        lastWasCr = false;
                        normalized[n++] = b;
                    }
                    sha.update(normalized, 0, n);
                    pending.put(buffer, start, read - start).flip();
                    line = decode(utf8, pending, chars, false, line, file, dollar);
                    pending.compact();
                }
                pending.flip();
                decode(utf8, pending, chars, true, line, file, dollar);
            } catch (IOException e) {
                throw FileProblems.cannotRead(file, e);
            }
            return new Scan(HexFormat.of().formatHex(sha.digest()), dollar[1]);
        }
    }

    private static long decode(CharsetDecoder utf8, ByteBuffer bytes, CharBuffer chars, boolean end, long line, Path file, boolean[] dollar) {
        while (true) {
            CoderResult result = utf8.decode(bytes, chars, end);
            chars.flip();
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                }
                dollar[1] |= dollar[0] && c == '{';
                dollar[0] = c == '$';
            }
            chars.clear();
            if (result.isError() || (end && bytes.hasRemaining())) {
                throw GodwitException.of(ProblemCode.NOT_UTF8, Message.of("files.not-utf8", "file", file.getFileName(), "line", line), Message.of("files.not-utf8.next"), Message.of("files.not-utf8.detail"));
            }
            if (result.isUnderflow()) {
                return line;
            }
        }
    }

    /** SHA-256 of a string's UTF-8 bytes, as lower-case hex. */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
