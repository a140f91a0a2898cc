CREATE EXTENSION citext;
CREATE TABLE traveller (id integer PRIMARY KEY, email citext);
