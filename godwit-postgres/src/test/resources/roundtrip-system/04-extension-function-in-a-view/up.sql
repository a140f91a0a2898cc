
-- 1. create view invoice_digests
CREATE VIEW invoice_digests AS
SELECT invoice.id,
    encode(digest(invoice.pdf, 'sha256'::text), 'hex'::text) AS sha256
   FROM invoice;
