CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE VIEW cheap WITH (security_barrier = true) AS SELECT id, price FROM trip WHERE price < 100 WITH CASCADED CHECK OPTION;
COMMENT ON VIEW cheap IS 'trips under 100';
