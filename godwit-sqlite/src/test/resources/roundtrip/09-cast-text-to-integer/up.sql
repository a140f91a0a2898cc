
-- 1. rebuild table trip, rows copied, to alter column trip.nights: type TEXT -> INTEGER
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    nights INTEGER,
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, nights) SELECT id, nights FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
