CREATE EXTENSION pgcrypto;
CREATE TABLE invoice (id integer PRIMARY KEY, pdf bytea);
