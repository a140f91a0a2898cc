
-- 1. drop view cheap
DROP VIEW cheap;

-- 2. create view cheap
CREATE VIEW cheap WITH (security_barrier=true) AS
SELECT id,
    price
   FROM trip
  WHERE price < 100
  WITH CASCADED CHECK OPTION;
COMMENT ON VIEW cheap IS 'trips under 100';
