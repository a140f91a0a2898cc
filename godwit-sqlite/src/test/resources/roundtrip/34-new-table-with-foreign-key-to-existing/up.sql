
-- 1. create table invoice
CREATE TABLE invoice (
    id INTEGER,
    trip_id INTEGER NOT NULL,
    PRIMARY KEY (id),
    UNIQUE (trip_id),
    FOREIGN KEY (trip_id) REFERENCES trip (id)
);
CREATE INDEX invoice_trip_idx ON invoice (trip_id);
