package dev.godwit.core.migration;

import dev.godwit.core.problem.GodwitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksumTest {

    @TempDir
    Path dir;

    @Test
    void theReadThatHashesAFileAlsoTellsWhetherItHoldsAPlaceholder() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain.sql"), "SELECT '$' || '{';\n");
        Path with = Files.writeString(dir.resolve("with.sql"), "SELECT 1;\n".repeat(20_000) + "SELECT '${x}';\n");
        assertThat(Checksum.scan(plain).placeholders()).isFalse();
        assertThat(Checksum.scan(with).placeholders()).as("found past the first buffer").isTrue();
        assertThat(Checksum.scan(with).checksum()).isEqualTo(Checksum.of(with));
    }

    @Test
    void isTheSha256OfTheTextWithLineEndingsNormalized() throws IOException {
        Path lf = Files.writeString(dir.resolve("lf.sql"), "SELECT 1;\nSELECT 2;\n");
        Path crlf = Files.writeString(dir.resolve("crlf.sql"), "SELECT 1;\r\nSELECT 2;\r\n");
        Path cr = Files.writeString(dir.resolve("cr.sql"), "SELECT 1;\rSELECT 2;\r");
        Path bom = Files.writeString(dir.resolve("bom.sql"), "\uFEFFSELECT 1;\nSELECT 2;\n");
        // Pinned: history rows keep this value, so its definition must never change.
        assertThat(Checksum.of(lf))
                .isEqualTo("82efb67f3010c6eb7ead02e4f6d9550633dbc1407f99aa487468e7b2567aebbc")
                .isEqualTo(Checksum.of(crlf)).isEqualTo(Checksum.of(cr)).isEqualTo(Checksum.of(bom));
        assertThat(Checksum.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void aFileLargerThanOneChunkWithACrlfAcrossTheBoundaryHashesAsLf() throws IOException {
        String line = "x".repeat(64 * 1024 - 1);
        Path crlf = Files.writeString(dir.resolve("big.sql"), line + "\r\n" + line + "\r\n");
        assertThat(Checksum.of(crlf)).isEqualTo(Checksum.of(line + "\n" + line + "\n"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        Path latin1 = dir.resolve("V3__facture.sql");
        Files.write(latin1, "SELECT 1;\n-- facturé\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> Checksum.of(latin1)).isInstanceOfSatisfying(GodwitException.class, e -> {
            assertThat(e.problem().summary()).isEqualTo("V3__facture.sql is not UTF-8 text (line 2)");
            assertThat(e.problem().next()).contains("UTF-8");
        });
    }
}
