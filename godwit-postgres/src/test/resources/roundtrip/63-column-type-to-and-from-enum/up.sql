
-- 1. create enum type trip_kind [cruise, hike]
CREATE TYPE trip_kind AS ENUM ('cruise', 'hike');

-- 2. alter column trip.kind: type text -> trip_kind
--    hazards: DATA_LOSS, TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN kind TYPE trip_kind USING kind::trip_kind;

-- 3. alter column trip.mood: type mood -> text
--    hazards: TABLE_REWRITE, BLOCKS_WRITES
ALTER TABLE trip ALTER COLUMN mood TYPE text USING mood::text;
