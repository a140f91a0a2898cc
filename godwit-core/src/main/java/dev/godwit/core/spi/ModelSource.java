package dev.godwit.core.spi;

import dev.godwit.core.config.GodwitConfig;
import dev.godwit.core.schema.Schema;

import java.util.List;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;

/**
 * A desired schema written as code (JPA entities), found with {@link ServiceLoader}. Its DDL is
 * loaded into the dev database and inspected like any other schema source.
 */
public interface ModelSource {

    /**
     * @param description what the model is, for messages ("12 entities in com.example.odyssee")
     * @param statements  the DDL that creates the model, for the dev database
     * @param complete    adds to the inspected schema what the DDL cannot say on this database (SQLite foreign keys)
     */
    record Model(String description, List<String> statements, UnaryOperator<Schema> complete) {
        public Model {
            statements = List.copyOf(statements);
        }
    }

    /**
     * Reads the model.
     *
     * @throws dev.godwit.core.problem.GodwitException naming the class, when a class cannot load or does not map
     */
    Model load(GodwitConfig.ModelSettings settings, Dialect dialect);

    /** The model source on the class path, or empty (no such module installed). */
    static java.util.Optional<ModelSource> find() {
        return ServiceLoader.load(ModelSource.class, ModelSource.class.getClassLoader()).findFirst();
    }
}
