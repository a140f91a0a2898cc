package dev.godwit.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds where a {@code .properties} file breaks {@link java.util.Properties#load}'s escape rule,
 * which the JDK reports without a line number.
 */
final class PropertiesEscapes {

    private PropertiesEscapes() {
    }

    /** The first line with a backslash-u escape not followed by four hex digits (1-based), or 0 when none is found. */
    static int badEscapeLine(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0;
        }
        for (int n = 0; n < lines.size(); n++) {
            if (hasBadEscape(lines.get(n))) {
                return n + 1;
            }
        }
        return 0;
    }

    static boolean hasBadEscape(String line) {
        String stripped = line.stripLeading();
        if (stripped.startsWith("#") || stripped.startsWith("!")) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != '\\') {
                continue;
            }
            if (i + 1 < line.length() && line.charAt(i + 1) == 'u') {
                if (i + 6 > line.length() || !line.substring(i + 2, i + 6).chars().allMatch(PropertiesEscapes::isHex)) {
                    return true;
                }
            }
            i++; // whatever follows a backslash is escaped
        }
        return false;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
