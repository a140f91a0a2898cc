package dev.godwit.core.spi;

/**
 * A password. Its {@link #toString()} never shows it, so it cannot leak into a message, a log
 * line or an exception by accident; {@link #reveal()} is for the driver alone.
 */
public record Secret(String value) {

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "****";
    }
}
