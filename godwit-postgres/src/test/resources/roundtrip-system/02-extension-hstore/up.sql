
-- 1. create extension hstore
CREATE EXTENSION IF NOT EXISTS hstore VERSION '1.8';
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';

-- 2. add column trip.tags hstore
ALTER TABLE trip ADD COLUMN tags hstore;
