package dev.godwit.core.schema;

import java.util.List;

/** A PostgreSQL enum type with its values in their order. */
public record EnumType(String name, List<String> values) implements java.io.Serializable {
    public EnumType {
        values = List.copyOf(values);
    }
}
