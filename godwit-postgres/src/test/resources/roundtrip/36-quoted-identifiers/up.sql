
-- 1. create table user
CREATE TABLE "user" (
    id integer NOT NULL,
    "order" integer NOT NULL,
    "Mixed Case" text,
    CONSTRAINT user_pkey PRIMARY KEY (id)
);
CREATE INDEX user_order_idx ON "user" ("order");
