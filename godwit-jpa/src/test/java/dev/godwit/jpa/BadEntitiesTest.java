package dev.godwit.jpa;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.problem.GodwitException;
import dev.godwit.sqlite.SqliteDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input from the entity side: each a clear message naming the class. */
class BadEntitiesTest {

    @TempDir
    Path dir;

    private static GodwitConfig.ModelSettings settings(String pkg, Path classpath) {
        return new GodwitConfig.ModelSettings(List.of(pkg), List.of(classpath), "spring");
    }

    @Test
    void aMappingErrorNamesTheClass() {
        assertThatThrownBy(() -> new JpaModelSource().load(settings("dev.godwit.jpa.noid", Path.of("target/test-classes").toAbsolutePath()), new SqliteDialect()))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).startsWith("Hibernate cannot map the entities").contains("dev.godwit.jpa.noid.Nameless");
                    assertThat(e.problem().kind().exitCode()).isEqualTo(1);
                });
    }

    @Test
    void aClassWhoseDependencyIsMissingNamesBoth() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/shop"));
        Files.writeString(src.resolve("Money.java"), "package shop; public class Money { }");
        Files.writeString(src.resolve("Order.java"), "package shop; @jakarta.persistence.Entity public class Order {"
                + " @jakarta.persistence.Id Long id; Money total; }");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), src.resolve("Money.java").toString(), src.resolve("Order.java").toString());
        assertThat(status).isZero();
        Files.delete(classes.resolve("shop/Money.class"));

        assertThatThrownBy(() -> new JpaModelSource().load(settings("shop", classes), new SqliteDialect()))
                .isInstanceOfSatisfying(GodwitException.class, e -> {
                    assertThat(e.problem().summary()).contains("class shop.Order cannot be loaded").contains("shop.Money");
                    assertThat(e.problem().next()).contains("classpath=");
                });
    }

    @Test
    void aMissingClasspathEntryIsAConfigurationError() {
        assertThatThrownBy(() -> new JpaModelSource().load(settings("shop", dir.resolve("nope")), new SqliteDialect()))
                .isInstanceOfSatisfying(GodwitException.class, e -> assertThat(e.problem().kind().exitCode()).isEqualTo(2));
    }
}
