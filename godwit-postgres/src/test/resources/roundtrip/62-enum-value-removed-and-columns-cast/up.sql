
-- 1. drop view trip_states
DROP VIEW trip_states;

-- 2. make enum type trip_state anew as [draft, booked, paid] (was [draft, archived, booked, paid]), casting trip.state, trip.history
--    hazards: DATA_LOSS, TABLE_REWRITE
ALTER TYPE trip_state RENAME TO trip_state__godwit_old;
CREATE TYPE trip_state AS ENUM ('draft', 'booked', 'paid');
ALTER TABLE trip ALTER COLUMN state DROP DEFAULT;
ALTER TABLE trip ALTER COLUMN state TYPE trip_state USING state::text::trip_state;
ALTER TABLE trip ALTER COLUMN state SET DEFAULT 'draft'::trip_state;
ALTER TABLE trip ALTER COLUMN history TYPE trip_state[] USING history::text[]::trip_state[];
DROP TYPE trip_state__godwit_old;

-- 3. create view trip_states
CREATE VIEW trip_states AS
SELECT id,
    state
   FROM trip;
