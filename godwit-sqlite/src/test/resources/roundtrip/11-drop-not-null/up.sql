
-- 1. rebuild table trip, rows copied, to alter column trip.title: drop NOT NULL
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(100),
    price DECIMAL(10,2),
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title, price) SELECT id, title, price FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
