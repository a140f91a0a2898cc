
-- 1. rebuild table trip, rows copied, to alter column trip.title: type VARCHAR(100) -> VARCHAR(500)
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(500) NOT NULL,
    price DECIMAL(10,2),
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title, price) SELECT id, title, price FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
