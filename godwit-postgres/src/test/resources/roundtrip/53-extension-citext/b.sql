CREATE EXTENSION citext;
CREATE TABLE traveller (id integer PRIMARY KEY, name text NOT NULL, email citext UNIQUE);
