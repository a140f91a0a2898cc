CREATE TYPE trip_state AS ENUM ('draft', 'booked', 'paid');
CREATE TABLE trip (id integer PRIMARY KEY, state trip_state NOT NULL DEFAULT 'draft', history trip_state[]);
CREATE VIEW trip_states AS SELECT id, state FROM trip;
