
-- 1. make enum type mood anew as [busy, calm, wild] (was [calm, busy, wild]), casting trip.mood
--    hazards: TABLE_REWRITE
ALTER TABLE trip DROP CONSTRAINT trip_wild_late;
DROP INDEX trip_busy;
ALTER TYPE mood RENAME TO mood__godwit_old;
CREATE TYPE mood AS ENUM ('busy', 'calm', 'wild');
ALTER TABLE trip ALTER COLUMN mood DROP DEFAULT;
ALTER TABLE trip ALTER COLUMN mood TYPE mood USING mood::text::mood;
ALTER TABLE trip ALTER COLUMN mood SET DEFAULT 'calm'::mood;
ALTER TABLE trip ADD CONSTRAINT trip_wild_late CHECK (mood <> 'wild'::mood OR id > 10);
CREATE INDEX trip_busy ON trip (id) WHERE mood = 'busy'::mood;
DROP TYPE mood__godwit_old;
