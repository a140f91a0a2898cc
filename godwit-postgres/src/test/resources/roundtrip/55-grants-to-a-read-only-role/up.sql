
-- 1. create grant column trip.title to odyssee_reader
GRANT UPDATE (title) ON TABLE trip TO odyssee_reader;

-- 2. create grant table trip to odyssee_reader
GRANT SELECT ON TABLE trip TO odyssee_reader;

-- 3. create grant table trip_titles to odyssee_reader
GRANT SELECT ON TABLE trip_titles TO odyssee_reader;
