CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TYPE trip_kind AS ENUM ('cruise', 'hike');
CREATE TABLE trip (id integer PRIMARY KEY, kind trip_kind, mood text);
