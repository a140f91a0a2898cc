CREATE DOMAIN email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');
COMMENT ON DOMAIN email IS 'an e-mail address';
CREATE TYPE postal_address AS (street text, city text, country char(2));
CREATE TYPE stay AS RANGE (SUBTYPE = date);
CREATE TABLE traveller (id integer PRIMARY KEY, contact email, home postal_address, booked stay);
