package dev.godwit.core.sql;

import dev.godwit.core.message.Message;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import dev.godwit.core.problem.FileProblems;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.core.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Splits SQL text into statements at top-level semicolons, streaming: it holds one statement at
 * a time, so a 200 MB data migration costs the memory of its largest statement, not of the file.
 *
 * <p>A semicolon does not end a statement inside a string, a quoted identifier, a comment, or a
 * body the dialect's {@link SqlSyntax} declares (dollar quotes, trigger and atomic bodies).
 * Whitespace and comments between statements are dropped; comments inside one are kept. CR and
 * CRLF count as one line break.
 *
 * <p>A comment, string, quoted identifier or dollar-quoted body that the input ends inside is an
 * error (GW-E205) naming the source and the line where it starts: applied as is, the database
 * would either reject the last statement or, for a comment, silently drop what follows it.
 *
 * <p>Not thread-safe. Reading errors of a named source file are godwit's problem GW-E210 naming
 * it; of an anonymous reader they surface as {@link UncheckedIOException}.
 */
public final class StatementSplitter implements Iterator<SqlStatement>, Closeable {

    private static final int LOOKAHEAD = 256;
    private static final char BOM = '\uFEFF';

    private final Reader in;
    private final SqlSyntax syntax;
    /** The file being split, for messages; {@code null} for text that has no file. */
    private final Path source;
    // Small: a run splits every pending file more than once, and most are a few hundred characters.
    private final char[] buffer = new char[4 * 1024];
    private int position;
    private int limit;
    private boolean exhausted;
    private int line = 1;
    private int number;
    private SqlStatement next;

    // State of the statement being read.
    private final StringBuilder text = new StringBuilder();
    private final List<String> head = new ArrayList<>();
    private String previousWord = "";
    private int depth;
    private boolean wordJustEnded;

    public StatementSplitter(Reader in, SqlSyntax syntax) {
        this(in, syntax, null);
    }

    /** @param source the file {@code in} reads, named in errors */
    public StatementSplitter(Reader in, SqlSyntax syntax, Path source) {
        this.in = in;
        this.syntax = syntax;
        this.source = source;
    }

    /** Splits a string completely; for tests and small inputs. */
    public static List<SqlStatement> split(String sql, SqlSyntax syntax) {
        List<SqlStatement> statements = new ArrayList<>();
        try (StatementSplitter splitter = new StatementSplitter(new StringReader(sql), syntax)) {
            splitter.forEachRemaining(statements::add);
        }
        return statements;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = readStatement();
        }
        return next != null;
    }

    @Override
    public SqlStatement next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SqlStatement statement = next;
        next = null;
        return statement;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SqlStatement readStatement() {
        text.setLength(0);
        head.clear();
        previousWord = "";
        wordJustEnded = false;
        depth = 0;
        int startLine = 0;
        while (true) {
            int c = peek(0);
            if (c < 0) {
                return startLine == 0 ? null : emit(startLine);
            }
            if (c == ';' && depth == 0) {
                read();
                if (startLine != 0) {
                    return emit(startLine);
                }
                continue;
            }
            boolean significant = !Character.isWhitespace(c) && c != BOM && !startsComment(c);
            if (startLine == 0) {
                if (!significant) {
                    skipInsignificant(c);
                    continue;
                }
                startLine = line;
            }
            readToken(c);
        }
    }

    private SqlStatement emit(int startLine) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        text.setLength(end);
        return new SqlStatement(++number, startLine, text.toString());
    }

    private boolean startsComment(int c) {
        return (c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*');
    }

    /** Whitespace or a comment before a statement starts: dropped. */
    private void skipInsignificant(int c) {
        if (Character.isWhitespace(c) || c == BOM) {
            read();
        } else if (c == '-') {
            lineComment(false);
        } else {
            blockComment(false);
        }
    }

    private void readToken(int c) {
        boolean wordEnded = wordJustEnded;
        wordJustEnded = false;
        if (c == '-' && peek(1) == '-') {
            lineComment(true);
        } else if (c == '/' && peek(1) == '*') {
            blockComment(true);
        } else if (c == '\'') {
            boolean escapes = syntax.escapeStrings() && wordEnded && previousWord.equals("E");
            quoted('\'', '\'', escapes);
        } else if (c == '"') {
            quoted('"', '"', false);
        } else if (syntax.bracketIdentifiers() && c == '`') {
            quoted('`', '`', false);
        } else if (syntax.bracketIdentifiers() && c == '[') {
            quoted('[', ']', false);
        } else if (syntax.dollarQuotes() && c == '$' && !wordEnded && dollarTagLength() > 0) {
            dollarQuoted();
        } else if (isWordStart(c)) {
            word();
        } else {
            append(read());
        }
    }

    private void lineComment(boolean keep) {
        while (peek(0) >= 0 && peek(0) != '\n' && peek(0) != '\r') {
            int c = read();
            if (keep) {
                append(c);
            }
        }
    }

    private void blockComment(boolean keep) {
        int startLine = line;
        int nesting = 0;
        do {
            if (peek(0) == '/' && peek(1) == '*') {
                nesting = syntax.nestedBlockComments() ? nesting + 1 : 1;
                copy(2, keep);
            } else if (peek(0) == '*' && peek(1) == '/') {
                nesting--;
                copy(2, keep);
            } else if (peek(0) < 0) {
                throw unterminated("/* comment", startLine, "close it with */");
            } else {
                copy(1, keep);
            }
        } while (nesting > 0);
    }

    private void copy(int count, boolean keep) {
        for (int i = 0; i < count; i++) {
            int c = read();
            if (keep) {
                append(c);
            }
        }
    }

    private void quoted(char open, char close, boolean backslashEscapes) {
        int startLine = line;
        append(read());
        while (peek(0) >= 0) {
            int c = read();
            append(c);
            if (backslashEscapes && c == '\\' && peek(0) >= 0) {
                append(read());
            } else if (c == close) {
                if (peek(0) == close && open == close) {
                    append(read());
                } else {
                    return;
                }
            }
        }
        String what = open == '\'' ? "string '" : "quoted identifier " + open;
        throw unterminated(what, startLine, "close it with " + close + " (a " + close + " inside it is written twice)");
    }

    /** Length of a {@code $tag$} opener at the current position, or 0 when there is none. */
    private int dollarTagLength() {
        int i = 1;
        while (i < LOOKAHEAD) {
            int c = peek(i);
            if (c == '$') {
                return i + 1;
            }
            boolean valid = i == 1 ? isWordStart(c) : isWordPart(c) && c != '$';
            if (!valid) {
                return 0;
            }
            i++;
        }
        return 0;
    }

    private void dollarQuoted() {
        int startLine = line;
        int length = dollarTagLength();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = read();
            tag.append((char) c);
            append(c);
        }
        String closing = tag.toString();
        while (peek(0) >= 0) {
            if (matches(closing)) {
                for (int i = 0; i < length; i++) {
                    append(read());
                }
                return;
            }
            append(read());
        }
        throw unterminated("dollar-quoted body " + closing, startLine, "close it with " + closing);
    }

    private GodwitException unterminated(String what, int startLine, String fix) {
        String where = source == null ? "the SQL" : source.getFileName().toString();
        return GodwitException.of(ProblemCode.UNTERMINATED_SQL, Message.of("files.unterminated-sql", "where", where, "startLine", startLine, "what", what), Message.of("files.unterminated-sql.next", "fix", fix), Message.of("files.unterminated-sql.detail"));
    }

    private boolean matches(String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (peek(i) != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void word() {
        StringBuilder word = new StringBuilder();
        while (isWordPart(peek(0)) && !(peek(0) == '$' && !syntax.dollarQuotes())) {
            int c = read();
            word.append((char) c);
            append(c);
        }
        String upper = word.toString().toUpperCase(Locale.ROOT);
        if (head.size() < 6) {
            head.add(upper);
        }
        trackBlocks(upper);
        previousWord = upper;
        wordJustEnded = true;
    }

    /** Counts BEGIN/CASE … END inside the bodies this dialect lets hold semicolons. */
    private void trackBlocks(String word) {
        boolean trigger = syntax.triggerBodies() && isCreate("TRIGGER");
        boolean routine = syntax.atomicBodies() && (isCreate("FUNCTION") || isCreate("PROCEDURE"));
        if (!trigger && !routine) {
            return;
        }
        if (trigger && word.equals("BEGIN")) {
            depth++;
        } else if (routine && word.equals("ATOMIC") && previousWord.equals("BEGIN")) {
            depth++;
        } else if (word.equals("CASE") && (trigger || depth > 0)) {
            depth++;
        } else if (word.equals("END") && depth > 0) {
            depth--;
        }
    }

    /** Whether the statement so far reads CREATE [OR REPLACE] [TEMP|TEMPORARY] {@code kind}. */
    private boolean isCreate(String kind) {
        if (head.isEmpty() || !head.get(0).equals("CREATE")) {
            return false;
        }
        for (int i = 1; i < head.size(); i++) {
            String w = head.get(i);
            if (w.equals(kind)) {
                return true;
            }
            if (!(w.equals("OR") || w.equals("REPLACE") || w.equals("TEMP") || w.equals("TEMPORARY"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWordStart(int c) {
        return c >= 0 && (Character.isLetter(c) || c == '_');
    }

    private static boolean isWordPart(int c) {
        return c >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '$');
    }

    private void append(int c) {
        text.append((char) c);
    }

    private int read() {
        int c = peek(0);
        if (c < 0) {
            return c;
        }
        position++;
        if (c == '\r') {
            if (peek(0) == '\n') {
                position++;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    /** The character {@code ahead} places from the current one (a CR counts as written), or -1. */
    private int peek(int ahead) {
        if (position + ahead >= limit) {
            fill(ahead + 1);
        }
        return position + ahead < limit ? buffer[position + ahead] : -1;
    }

    private void fill(int wanted) {
        if (exhausted) {
            return;
        }
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        try {
            while (limit < wanted && !exhausted) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    exhausted = true;
                } else {
                    limit += read;
                }
            }
        } catch (IOException e) {
            if (source != null) {
                throw FileProblems.cannotRead(source, e);
            }
            throw new UncheckedIOException(e);
        }
    }
}
