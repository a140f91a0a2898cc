
-- 1. create table cruise
CREATE TABLE cruise (
    deck integer NOT NULL,
    CONSTRAINT cruise_deck_check CHECK (deck > 0)
) INHERITS (trip);

-- 2. create table river_cruise
CREATE TABLE river_cruise (
    river text
) INHERITS (cruise);

-- 3. create table tagged
CREATE TABLE tagged (
    tag text
);

-- 4. create table tagged_trip
CREATE TABLE tagged_trip (
    title text NOT NULL
) INHERITS (trip, tagged);

-- 5. add column trip.price numeric
ALTER TABLE trip ADD COLUMN price numeric;
