-- ===== a new table
-- 1. create table trip
CREATE TABLE trip (
    id integer NOT NULL,
    title varchar(100),
    PRIMARY KEY (id)
);

-- ===== a table dropped
-- 1. drop table trip and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE trip;

-- ===== a column added
-- 1. add column trip.notes text
ALTER TABLE trip ADD COLUMN notes text;

-- ===== a column dropped
-- 1. drop column trip.notes and its values
--    hazards: DATA_LOSS, IRREVERSIBLE
ALTER TABLE trip DROP COLUMN notes;

-- ===== a column widened
-- 1. rebuild table trip, rows copied, to alter column trip.title: type varchar(100) -> varchar(200)
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id integer NOT NULL,
    title varchar(200),
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title) SELECT id, title FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;

-- ===== a column made NOT NULL
-- 1. rebuild table trip, rows copied, to alter column trip.title: set NOT NULL
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_trip (
    id integer NOT NULL,
    title varchar(100) NOT NULL,
    PRIMARY KEY (id)
);
INSERT INTO godwit_new_trip (id, title) SELECT id, title FROM trip;
DROP TABLE trip;
ALTER TABLE godwit_new_trip RENAME TO trip;

-- ===== a foreign key on an existing table
-- 1. rebuild table invoice, rows copied, to add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
CREATE TABLE godwit_new_invoice (
    id integer NOT NULL,
    trip_id integer,
    PRIMARY KEY (id),
    FOREIGN KEY (trip_id) REFERENCES trip (id) ON DELETE CASCADE
);
INSERT INTO godwit_new_invoice (id, trip_id) SELECT id, trip_id FROM invoice;
DROP TABLE invoice;
ALTER TABLE godwit_new_invoice RENAME TO invoice;

-- ===== an index on an existing table
-- 1. create index trip_title_idx on trip [title]
CREATE INDEX trip_title_idx ON trip (title);

-- ===== a table renamed
-- 1. rename table trip to trips (rows kept)
ALTER TABLE trip RENAME TO trips;

-- ===== a column renamed
-- 1. rename column trip.title to name (values kept)
ALTER TABLE trip RENAME COLUMN title TO name;

-- ===== a renamed table referenced by a foreign key
-- 1. rename table trip to journey (rows kept)
ALTER TABLE trip RENAME TO journey;

