
-- 1. create sequence invoice_number
CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 10;
