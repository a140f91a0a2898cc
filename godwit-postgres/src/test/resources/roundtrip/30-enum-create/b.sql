CREATE TYPE trip_status AS ENUM ('draft', 'published');
CREATE TABLE trip (id integer PRIMARY KEY, status trip_status NOT NULL DEFAULT 'draft');
