package dev.godwit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The results table: one row per scenario, one column per tool, and godwit's ratios. */
final class Report {

    /** Milliseconds per tool, {@code null} where a tool has no such operation. */
    record Row(String scenario, Double godwit, Double flyway, Double liquibase, Double raw) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(Row row) {
        rows.add(row);
        System.err.println("  " + line(row));
    }

    void note(String text) {
        notes.add(text);
    }

    String markdown(String environment) {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | godwit | Flyway 13.12 | Liquibase 4.33 | raw JDBC | godwit / raw | godwit / best peer |\n");
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        rows.forEach(r -> out.append(line(r)).append('\n'));
        out.append('\n').append(environment).append('\n');
        notes.forEach(n -> out.append("- ").append(n).append('\n'));
        return out.toString();
    }

    private static String line(Row r) {
        Double best = r.flyway() == null ? r.liquibase() : r.liquibase() == null ? r.flyway() : Double.valueOf(Math.min(r.flyway(), r.liquibase()));
        return "| " + r.scenario() + " | " + ms(r.godwit()) + " | " + ms(r.flyway()) + " | " + ms(r.liquibase()) + " | " + ms(r.raw())
                + " | " + ratio(r.godwit(), r.raw()) + " | " + ratio(r.godwit(), best) + " |";
    }

    private static String ms(Double value) {
        if (value == null) {
            return "—";
        }
        return value >= 1000 ? String.format("%.2f s", value / 1000) : String.format("%.1f ms", value);
    }

    private static String ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? "—" : String.format("%.2fx", a / b);
    }

    Path write(Path directory, String environment) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(LocalDate.now() + ".md");
        // Several runs a day (a subset of scenarios each) add sections; none overwrites another.
        String section = "\n## Run at " + java.time.LocalTime.now().withNano(0) + "\n\n" + markdown(environment);
        if (Files.exists(file)) {
            Files.writeString(file, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } else {
            Files.writeString(file, "# godwit benchmarks, " + LocalDate.now() + "\n" + section, StandardCharsets.UTF_8);
        }
        return file;
    }
}
