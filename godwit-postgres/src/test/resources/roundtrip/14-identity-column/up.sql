
-- 1. alter column trip.id: identity NONE -> ALWAYS
ALTER TABLE trip ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
