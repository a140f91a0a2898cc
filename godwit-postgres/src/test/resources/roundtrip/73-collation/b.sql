CREATE COLLATION bytes (LOCALE = 'C');
COMMENT ON COLLATION bytes IS 'byte order';
CREATE SCHEMA texts;
CREATE COLLATION texts.posix_order (LC_COLLATE = 'POSIX', LC_CTYPE = 'POSIX');
CREATE TABLE trip (id integer PRIMARY KEY, title text COLLATE bytes, code text COLLATE texts.posix_order);
