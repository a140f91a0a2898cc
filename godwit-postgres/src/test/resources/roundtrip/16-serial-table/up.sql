
-- 1. create table invoice
CREATE TABLE invoice (
    id serial NOT NULL,
    number bigserial NOT NULL,
    CONSTRAINT invoice_pkey PRIMARY KEY (id)
);
