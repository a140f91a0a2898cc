CREATE EXTENSION pgcrypto;
CREATE TABLE invoice (id integer PRIMARY KEY, pdf bytea);
CREATE VIEW invoice_digests AS SELECT id, encode(digest(pdf, 'sha256'), 'hex') AS sha256 FROM invoice;
