package dev.godwit.spring;

import dev.godwit.api.Callback;
import dev.godwit.api.Context;
import dev.godwit.api.Event;
import dev.godwit.api.JavaMigration;
import dev.godwit.core.migration.JavaCode;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.List;

/**
 * The app's Java migration and callback beans, each run with the migration's connection bound to
 * the app's DataSource as Spring binds a transaction's: JDBC code that goes through Spring
 * ({@code JdbcClient}, {@code JdbcTemplate}, a repository built on them) then runs on that
 * connection, inside the migration's transaction, and is rolled back with it.
 */
final class SpringJavaCode {

    private SpringJavaCode() {
    }

    static JavaCode of(DataSource dataSource, List<JavaMigration> migrations, List<Callback> callbacks) {
        return new JavaCode(
                migrations.stream().<JavaMigration>map(m -> new BoundMigration(m, dataSource)).toList(),
                callbacks.stream().<Callback>map(c -> new BoundCallback(c, dataSource)).toList());
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with the context's connection as the DataSource's current one, unless something is bound already. */
    private static void bound(DataSource dataSource, Context context, Work work) throws Exception {
        if (TransactionSynchronizationManager.hasResource(dataSource)) {
            work.run();
            return;
        }
        TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(context.connection()));
        try {
            work.run();
        } finally {
            TransactionSynchronizationManager.unbindResource(dataSource);
        }
    }

    /** A bean, named and versioned by its own class (not the proxy's), run with the connection bound. */
    record BoundMigration(JavaMigration bean, DataSource dataSource) implements JavaMigration {
        @Override
        public String version() {
            return bean.version();
        }

        @Override
        public String description() {
            return bean.description();
        }

        @Override
        public String checksum() {
            return bean.checksum();
        }

        @Override
        public void migrate(Context context) throws Exception {
            bound(dataSource, context, () -> bean.migrate(context));
        }

        /** History names the bean's class, not this wrapper's. */
        @Override
        public String name() {
            return bean.name();
        }
    }

    record BoundCallback(Callback bean, DataSource dataSource) implements Callback {
        @Override
        public boolean supports(Event event) {
            return bean.supports(event);
        }

        @Override
        public void handle(Event event, Context context) throws Exception {
            bound(dataSource, context, () -> bean.handle(event, context));
        }

        @Override
        public String name() {
            return org.springframework.util.ClassUtils.getUserClass(bean).getName();
        }
    }
}
