package dev.godwit.core.schema;

/** A sequence not owned by a column (columns' own sequences belong to their {@link Column.Identity}). */
public record Sequence(String name, long start, long increment) {
}
