CREATE TABLE "user" (id integer PRIMARY KEY, "order" integer NOT NULL, "Mixed Case" text);
CREATE INDEX "user_order_idx" ON "user" ("order");
