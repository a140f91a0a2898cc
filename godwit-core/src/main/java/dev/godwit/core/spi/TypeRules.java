package dev.godwit.core.spi;

/** What one database's column types allow. Stateless and thread-safe. */
public interface TypeRules {

    /** Whether changing a column's type from one to the other can lose or truncate values. */
    boolean narrows(String fromType, String toType);
}
