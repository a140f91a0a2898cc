
-- 1. create sequence refund_no
CREATE SEQUENCE refund_no AS smallint START WITH -1 INCREMENT BY -1;

-- 2. alter sequence invoice_no
ALTER SEQUENCE invoice_no CACHE 1 NO CYCLE;

-- 3. alter sequence ticket_no
SELECT setval('ticket_no', 100, false) FROM ticket_no WHERE last_value < 100;
ALTER SEQUENCE ticket_no AS integer INCREMENT BY 5 MINVALUE 100 MAXVALUE 100000 START WITH 100 CACHE 20 CYCLE;
