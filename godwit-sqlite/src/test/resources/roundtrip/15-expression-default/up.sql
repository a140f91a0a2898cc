
-- 1. rebuild table trip, rows copied, to add column trip.created_at TEXT
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id) SELECT id FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
