CREATE TABLE "user" (id INTEGER PRIMARY KEY, "order" INTEGER NOT NULL, "Mixed Case" TEXT);
CREATE INDEX user_order_idx ON "user" ("order");
