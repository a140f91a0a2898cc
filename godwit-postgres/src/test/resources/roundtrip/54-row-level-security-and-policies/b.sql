CREATE TABLE trip (id integer PRIMARY KEY, agency_id integer NOT NULL, title text NOT NULL);
ALTER TABLE trip ENABLE ROW LEVEL SECURITY;
ALTER TABLE trip FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_isolation ON trip USING (agency_id = current_setting('app.agency')::integer);
CREATE POLICY agency_insert ON trip AS RESTRICTIVE FOR INSERT WITH CHECK (agency_id > 0);
