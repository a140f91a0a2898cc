
-- 1. rebuild table invoice, rows copied, to add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_invoice (
    id INTEGER,
    trip_id INTEGER,
    amount DECIMAL(10,2),
    PRIMARY KEY (id),
    FOREIGN KEY (trip_id) REFERENCES trip (id) ON DELETE CASCADE ON UPDATE SET NULL
);
INSERT INTO godwit_new_invoice (id, trip_id, amount) SELECT id, trip_id, amount FROM invoice;
DROP TABLE invoice;
ALTER TABLE godwit_new_invoice RENAME TO invoice;
