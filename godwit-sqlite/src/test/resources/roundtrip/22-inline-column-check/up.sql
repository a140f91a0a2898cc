
-- 1. rebuild table trip, rows copied, to add check constraint trip_check_5e4af965 on trip
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(100) NOT NULL,
    price DECIMAL(10,2),
    PRIMARY KEY (id),
    CONSTRAINT trip_check_5e4af965 CHECK (price >= 0)
);
INSERT INTO godwit_new_trip (id, title, price) SELECT id, title, price FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
