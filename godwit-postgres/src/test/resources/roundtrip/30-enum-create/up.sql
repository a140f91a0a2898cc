
-- 1. create enum type trip_status [draft, published]
CREATE TYPE trip_status AS ENUM ('draft', 'published');

-- 2. create table trip
CREATE TABLE trip (
    id integer NOT NULL,
    status trip_status DEFAULT 'draft'::trip_status NOT NULL,
    CONSTRAINT trip_pkey PRIMARY KEY (id)
);
