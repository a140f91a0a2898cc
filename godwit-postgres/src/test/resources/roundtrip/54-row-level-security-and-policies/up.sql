
-- 1. create row level security trip
ALTER TABLE trip ENABLE ROW LEVEL SECURITY;
ALTER TABLE trip FORCE ROW LEVEL SECURITY;

-- 2. create policy agency_insert on trip
CREATE POLICY agency_insert ON trip AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (agency_id > 0);

-- 3. create policy agency_isolation on trip
CREATE POLICY agency_isolation ON trip AS PERMISSIVE FOR ALL TO PUBLIC USING (agency_id = current_setting('app.agency'::text)::integer);
