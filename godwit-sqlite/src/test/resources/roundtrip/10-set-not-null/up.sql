
-- 1. rebuild table trip, rows copied, to alter column trip.price: set NOT NULL
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(100) NOT NULL,
    price DECIMAL(10,2) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title, price) SELECT id, title, price FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
