package dev.godwit.core.spi;

import dev.godwit.core.schema.Schema;
import dev.godwit.core.schema.Unmodelled;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads a live database's structure into a {@link Schema}, with a fixed number of bulk queries. */
public interface Inspector {

    /**
     * Reads the connection's current schema (PostgreSQL) or main database (SQLite), leaving out
     * godwit's history table. Does not change anything and needs only read rights on the catalog.
     */
    Schema inspect(Connection connection) throws SQLException;

    /**
     * Only what {@link #inspect} would put in {@link Schema#unmodelled()}: one cheap look, for the
     * commands that report it without comparing schemas ({@code status}).
     */
    default List<Unmodelled> unmodelled(Connection connection) throws SQLException {
        return inspect(connection).unmodelled();
    }
}
