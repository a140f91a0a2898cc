-- the trip's number of nights
ALTER TABLE trip ADD COLUMN nights integer;
