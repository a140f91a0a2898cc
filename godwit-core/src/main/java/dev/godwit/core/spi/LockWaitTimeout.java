package dev.godwit.core.spi;

import java.sql.SQLException;

/** The migration lock stayed taken by another process for longer than the configured wait. */
public class LockWaitTimeout extends SQLException {

    public LockWaitTimeout(String message) {
        super(message);
    }
}
