CREATE TABLE traveller (id integer PRIMARY KEY, name text COLLATE "C" NOT NULL, code varchar(20) COLLATE "POSIX");
CREATE INDEX traveller_name ON traveller (name);
