
-- 1. create type email
CREATE DOMAIN email AS text;
ALTER DOMAIN email SET NOT NULL;
ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE ~~ '%@%'::text);
COMMENT ON DOMAIN email IS 'an e-mail address';

-- 2. create type postal_address
CREATE TYPE postal_address AS (street text, city text, country character(2));

-- 3. create type stay
CREATE TYPE stay AS RANGE (SUBTYPE = date);

-- 4. add column traveller.contact email
ALTER TABLE traveller ADD COLUMN contact email;

-- 5. add column traveller.home postal_address
ALTER TABLE traveller ADD COLUMN home postal_address;

-- 6. add column traveller.booked stay
ALTER TABLE traveller ADD COLUMN booked stay;
