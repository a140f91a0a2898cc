CREATE TYPE mood AS ENUM ('calm', 'busy', 'wild');
CREATE TABLE trip (id integer PRIMARY KEY, mood mood NOT NULL DEFAULT 'calm',
                   CONSTRAINT trip_wild_late CHECK (mood <> 'wild' OR id > 10));
CREATE INDEX trip_busy ON trip (id) WHERE mood = 'busy';
