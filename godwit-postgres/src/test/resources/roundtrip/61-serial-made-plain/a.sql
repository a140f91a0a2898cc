CREATE TABLE invoice (id serial PRIMARY KEY, total integer);
