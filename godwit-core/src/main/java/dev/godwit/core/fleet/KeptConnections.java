package dev.godwit.core.fleet;

import dev.godwit.core.runner.Database;
import dev.godwit.core.runner.Godwit;
import dev.godwit.core.spi.ConnectionSpec;
import dev.godwit.core.spi.Dialect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One worker's connections, kept from one target to the next on the same server and user (the
 * schemas of one database, above all): a new backend costs a fork, an authentication and cold catalog
 * caches, which a thousand tenant schemas would pay a thousand times. Between targets the dialect
 * resets the session as new ({@link Dialect#resetSession}); where it cannot, the connection is closed.
 */
final class KeptConnections implements AutoCloseable {

    private final String dialectName;
    private final Map<String, Connection> idle = new HashMap<>();

    /** @param dialectName the configured dialect ({@code dialect=}), or {@code null}: each target's URL names its own */
    KeptConnections(String dialectName) {
        this.dialectName = dialectName;
    }

    /** The target with connections from here, unless it brings its own (an application's pool). */
    Target lend(Target target) {
        return target.opener() != null ? target : new Target(target.name(), target.connection(), opener(target.connection()));
    }

    private Godwit.ConnectionOpener opener(ConnectionSpec spec) {
        String key = spec.url() + "\u0000" + spec.user();
        Dialect dialect = dev.godwit.core.spi.Dialects.resolve(dialectName, spec.url());
        return () -> {
            Connection kept = idle.remove(key);
            Connection real = kept != null && !kept.isClosed() ? kept : Database.connect(spec, dialect);
            return handOut(real, key, dialect);
        };
    }

    /** The connection as the engine sees it: closing it gives it back, reset, instead. */
    private Connection handOut(Connection real, String key, Dialect dialect) {
        boolean[] returned = new boolean[1];
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned[0]) {
                        returned[0] = true;
                        giveBack(real, key, dialect);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned[0] || real.isClosed();
                }
                default -> {
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        });
    }

    private void giveBack(Connection real, String key, Dialect dialect) throws SQLException {
        boolean reset;
        try {
            reset = !real.isClosed() && dialect.resetSession(real);
        } catch (SQLException e) {
            reset = false;
        }
        Connection other = reset ? idle.put(key, real) : null;
        if (!reset) {
            real.close();
        }
        if (other != null) {
            other.close();
        }
    }

    @Override
    public void close() {
        for (Connection c : idle.values()) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a spare connection at the end of the run
            }
        }
        idle.clear();
    }
}
