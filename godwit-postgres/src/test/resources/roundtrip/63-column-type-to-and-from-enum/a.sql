CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE trip (id integer PRIMARY KEY, kind text, mood mood);
