
-- 1. rebuild table trip, rows copied, to alter column trip.title: type VARCHAR(100) -> VARCHAR(500), drop NOT NULL
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id INTEGER,
    title VARCHAR(500),
    updated TEXT,
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title, updated) SELECT id, title, updated FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;
CREATE TRIGGER trip_audit AFTER UPDATE ON trip
BEGIN
  INSERT INTO audit (what) VALUES ('trip ' || NEW.id || ' changed; again');
END;
