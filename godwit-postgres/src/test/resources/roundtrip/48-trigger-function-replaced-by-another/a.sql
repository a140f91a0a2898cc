CREATE TABLE trip (id integer PRIMARY KEY, title text, updated_at timestamptz);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER trip_touch BEFORE UPDATE ON trip FOR EACH ROW EXECUTE FUNCTION stamp();
