-- ===== a new table
-- 1. create table trip
CREATE TABLE trip (
    id integer NOT NULL,
    title varchar(100),
    CONSTRAINT trip_pkey PRIMARY KEY (id)
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
-- 1. alter column trip.title: type varchar(100) -> varchar(200)
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN title TYPE varchar(200);

-- ===== a column made NOT NULL
-- 1. alter column trip.title: set NOT NULL
ALTER TABLE trip ADD CONSTRAINT trip_title_not_null CHECK (title IS NOT NULL) NOT VALID;

-- next migration (a transaction of its own):

-- 1. alter column trip.title: set NOT NULL
ALTER TABLE trip VALIDATE CONSTRAINT trip_title_not_null;
ALTER TABLE trip ALTER COLUMN title SET NOT NULL;
ALTER TABLE trip DROP CONSTRAINT trip_title_not_null;

-- ===== a foreign key on an existing table
-- 1. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice ADD CONSTRAINT invoice_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES trip (id) ON DELETE CASCADE NOT VALID;

-- next migration (a transaction of its own):

-- 1. add foreign key invoice_trip_id_fkey invoice [trip_id] -> trip [id]
ALTER TABLE invoice VALIDATE CONSTRAINT invoice_trip_id_fkey;

-- ===== an index on an existing table
-- next migration (outside a transaction):

-- 1. create index trip_title_idx on trip [title]
DROP INDEX CONCURRENTLY IF EXISTS trip_title_idx;
CREATE INDEX CONCURRENTLY trip_title_idx ON trip (title);

-- ===== a table renamed
-- 1. rename table trip to trips (rows kept)
ALTER TABLE trip RENAME TO trips;

-- ===== a column renamed
-- 1. rename column trip.title to name (values kept)
ALTER TABLE trip RENAME COLUMN title TO name;

-- ===== a renamed table referenced by a foreign key
-- 1. rename table trip to journey (rows kept)
ALTER TABLE trip RENAME TO journey;

-- ===== an enum value renamed
-- 1. rename value 'calm' of enum type mood to 'serene'
ALTER TYPE mood RENAME VALUE 'calm' TO 'serene';

-- ===== an enum value added in the middle
-- 1. add value 'wild' to enum type mood
--    hazards: IRREVERSIBLE
ALTER TYPE mood ADD VALUE 'wild' AFTER 'calm';

-- ===== a sequence's options altered
-- 1. alter sequence ticket_no
SELECT setval('ticket_no', 100, false) FROM ticket_no WHERE last_value < 100;
ALTER SEQUENCE ticket_no AS integer INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 START WITH 100 CACHE 20 CYCLE;

-- ===== a table in another schema, referencing one in the current schema
-- 1. create table reporting.total
CREATE TABLE reporting.total (
    id integer NOT NULL,
    amount numeric(10,2),
    CONSTRAINT total_pkey PRIMARY KEY (id)
);

-- 2. add foreign key total_id_fkey reporting.total [id] -> booking [day]
ALTER TABLE reporting.total ADD CONSTRAINT total_id_fkey FOREIGN KEY (id) REFERENCES booking (day);

-- ===== a table made partitioned
-- 1. drop table booking and all its rows
--    hazards: DATA_LOSS, IRREVERSIBLE
DROP TABLE booking;

-- 2. create table booking
CREATE TABLE booking (
    day date NOT NULL,
    seats integer,
    CONSTRAINT booking_pkey PRIMARY KEY (day)
) PARTITION BY RANGE (day);

