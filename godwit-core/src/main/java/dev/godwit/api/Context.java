package dev.godwit.api;

import java.sql.Connection;
import java.util.Map;
import java.util.Optional;

/** What a {@link JavaMigration} or a {@link Callback} is given. */
public interface Context {

    /**
     * The connection godwit migrates with, inside the migration's transaction (where the dialect has
     * transactional DDL and the migration is not {@code no-transaction}): do not commit, roll back or
     * close it; godwit does, with the history row.
     */
    Connection connection();

    /** The placeholders' values ({@code placeholder.<name>=}), built-ins ({@code godwit:database}…) included. */
    Map<String, String> placeholders();

    /** The migration being applied, as history names it ({@code V3__add_invoice.sql}); empty for the callbacks around a whole run. */
    Optional<String> migration();
}
