CREATE TYPE mood AS ENUM ('serene', 'busy', 'wild');
CREATE TABLE trip (id integer PRIMARY KEY, mood mood NOT NULL DEFAULT 'serene', moods mood[],
                   CHECK (mood <> 'wild' OR id > 10));
CREATE VIEW calm_trips AS SELECT id FROM trip WHERE mood = 'serene';
