package dev.godwit.core.plan;

/** What can go wrong when a step runs on a database holding data and serving traffic. */
public enum Hazard {
    /** Rows or values can be lost (a drop, a narrowing type change). */
    DATA_LOSS,
    /** The whole table is rewritten: time and disk proportional to its size. */
    TABLE_REWRITE,
    /** Writes to the table wait while the step runs (a scan or rewrite under a strong lock). */
    BLOCKS_WRITES,
    /** The step cannot be undone by another migration (so no U file is written). */
    IRREVERSIBLE
}
