
-- 1. drop view expensive
DROP VIEW expensive;

-- 2. drop view priced
DROP VIEW priced;

-- 3. create view priced
CREATE VIEW priced AS
SELECT id,
    price,
    title
   FROM trip;

-- 4. create view expensive
CREATE VIEW expensive AS
SELECT id
   FROM priced
  WHERE price > 1000;
