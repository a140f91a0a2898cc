CREATE TABLE traveller (id integer PRIMARY KEY, name text NOT NULL, code varchar(10));
CREATE INDEX traveller_name ON traveller (name);
