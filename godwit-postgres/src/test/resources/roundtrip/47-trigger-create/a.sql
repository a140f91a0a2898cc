CREATE TABLE trip (id integer PRIMARY KEY, title text, updated_at timestamptz);
