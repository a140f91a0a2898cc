
-- 1. alter column trip.title: drop NOT NULL
ALTER TABLE trip ALTER COLUMN title DROP NOT NULL;
