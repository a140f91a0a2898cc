
-- 1. alter column invoice.id: identity AUTO_INCREMENT -> NONE
ALTER TABLE invoice ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE IF EXISTS invoice_id_seq;
