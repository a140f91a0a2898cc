CREATE TABLE trip (id integer PRIMARY KEY, title varchar(100) NOT NULL, price integer NOT NULL DEFAULT 0);
CREATE PROCEDURE reprice(factor numeric) LANGUAGE sql AS $$ UPDATE trip SET price = (price * factor)::integer $$;
