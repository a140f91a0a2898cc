package dev.godwit.core.sql;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements built from fragments that hide semicolons (strings, quoted identifiers, comments,
 * dollar quotes) and joined with {@code ;} and random whitespace split back into exactly the
 * statements they were made of, on each dialect's rules.
 */
class StatementSplitterProperties {

    @Property(tries = 300)
    void postgresStatementsRoundTrip(@ForAll("postgresScripts") List<String> statements, @ForAll("separators") List<String> separators) {
        assertRoundTrip(statements, separators, StatementSplitterTest.POSTGRES);
    }

    @Property(tries = 300)
    void sqliteStatementsRoundTrip(@ForAll("sqliteScripts") List<String> statements, @ForAll("separators") List<String> separators) {
        assertRoundTrip(statements, separators, StatementSplitterTest.SQLITE);
    }

    @Property(tries = 200)
    void lineNumbersPointAtTheStatementsFirstLine(@ForAll("postgresScripts") List<String> statements, @ForAll("separators") List<String> separators) {
        StringBuilder script = new StringBuilder();
        List<Integer> expectedLines = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            script.append(separators.get(i % separators.size()));
            expectedLines.add((int) script.chars().filter(c -> c == '\n').count() + 1);
            script.append(statements.get(i)).append(';');
        }
        assertThat(StatementSplitter.split(script.toString(), StatementSplitterTest.POSTGRES))
                .extracting(SqlStatement::line).containsExactlyElementsOf(expectedLines);
    }

    private static void assertRoundTrip(List<String> statements, List<String> separators, SqlSyntax syntax) {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            script.append(separators.get(i % separators.size())).append(statements.get(i)).append(';');
        }
        script.append(separators.get(0));
        assertThat(StatementSplitter.split(script.toString(), syntax))
                .extracting(SqlStatement::sql).containsExactlyElementsOf(statements);
    }

    @Provide
    Arbitrary<List<String>> separators() {
        return Arbitraries.of("\n", " ", "\r\n\r\n", "\n-- note; here\n", "\n/* gap; */\n", "\t\n  ").list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<String>> postgresScripts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(common(),
                text().map(t -> "$$" + t.replace("$", "") + "$$"),
                text().map(t -> "$fn$ " + t.replace("$", "") + " $fn$"),
                text().map(t -> "E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'"),
                text().map(t -> "/* outer /* " + t.replace("*", "") + " */ */"));
        return statements(fragment);
    }

    @Provide
    Arbitrary<List<String>> sqliteScripts() {
        Arbitrary<String> fragment = Arbitraries.oneOf(common(),
                text().map(t -> "[" + t.replace("]", "") + "]"),
                text().map(t -> "`" + t.replace("`", "``") + "`"));
        return statements(fragment);
    }

    private static Arbitrary<String> common() {
        return Arbitraries.oneOf(
                Arbitraries.of("SELECT", "x", "t1", "=", "(", ")", ",", "42", "+", "a_b"),
                text().map(t -> "'" + t.replace("'", "''") + "'"),
                text().map(t -> "\"" + t.replace("\"", "\"\"") + "\""),
                // No '*' inside: removing "*/" from "**//" would leave a "*/" that ends the comment early.
                text().map(t -> "/* " + t.replace("*", "") + " */"),
                text().map(t -> "-- " + t.replace("\n", " ").replace("\r", " ") + "\n"));
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab;'\"$*/-\\ \n").ofMaxLength(12);
    }

    private static Arbitrary<List<String>> statements(Arbitrary<String> fragment) {
        Arbitrary<String> statement = Combinators.combine(
                        Arbitraries.of("SELECT", "INSERT", "UPDATE", "CREATE"),
                        fragment.list().ofMinSize(0).ofMaxSize(6))
                // A closing word, so a statement never ends inside a line comment (whose newline strip() would eat).
                .as((head, rest) -> head + " " + String.join(" ", rest) + " z");
        return statement.list().ofMinSize(1).ofMaxSize(5);
    }
}
