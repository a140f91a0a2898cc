
-- 1. rebuild table trip, rows copied, to drop index trip_legacy_idx on trip; drop column trip.legacy and its values
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES, IRREVERSIBLE
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(100) NOT NULL,
    price DECIMAL(10,2),
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title, price) SELECT id, title, price FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
