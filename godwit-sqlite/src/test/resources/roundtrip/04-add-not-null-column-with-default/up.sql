
-- 1. add column trip.currency TEXT
ALTER TABLE trip ADD COLUMN currency TEXT NOT NULL DEFAULT 'EUR';
