CREATE TABLE trip (id integer PRIMARY KEY, agency_id integer NOT NULL, title text NOT NULL);
