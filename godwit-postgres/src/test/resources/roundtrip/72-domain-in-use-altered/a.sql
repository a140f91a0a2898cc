CREATE DOMAIN email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
CREATE DOMAIN seats AS integer DEFAULT 1 CONSTRAINT seats_positive CHECK (VALUE > 0);
COMMENT ON DOMAIN seats IS 'how many';
CREATE TABLE traveller (id integer PRIMARY KEY, contact email, party seats);
