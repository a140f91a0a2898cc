package dev.godwit.core.migration;

import dev.godwit.api.Callback;
import dev.godwit.api.JavaMigration;

import java.util.List;

/**
 * What the application gives godwit in Java: migrations, ordered with the files by version, and
 * callbacks, run at each event after the SQL callbacks of that event.
 */
public record JavaCode(List<JavaMigration> migrations, List<Callback> callbacks) {

    public static final JavaCode NONE = new JavaCode(List.of(), List.of());

    public JavaCode {
        migrations = List.copyOf(migrations);
        callbacks = List.copyOf(callbacks);
    }

    public boolean isEmpty() {
        return migrations.isEmpty() && callbacks.isEmpty();
    }

    /** Both lists joined: this one's first. */
    public JavaCode and(JavaCode other) {
        List<JavaMigration> m = new java.util.ArrayList<>(migrations);
        m.addAll(other.migrations);
        List<Callback> c = new java.util.ArrayList<>(callbacks);
        c.addAll(other.callbacks);
        return new JavaCode(m, c);
    }
}
