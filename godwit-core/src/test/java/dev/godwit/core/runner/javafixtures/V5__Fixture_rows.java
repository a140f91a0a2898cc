package dev.godwit.core.runner.javafixtures;

import dev.godwit.api.Context;
import dev.godwit.api.JavaMigration;

/** Found by the package scan: named like a file, so its class name gives version 5. */
public class V5__Fixture_rows implements JavaMigration {
    @Override
    public void migrate(Context context) {
    }
}
