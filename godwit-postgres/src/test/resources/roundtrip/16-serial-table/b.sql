CREATE TABLE invoice (id serial PRIMARY KEY, number bigserial);
