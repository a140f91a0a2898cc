
-- 1. create table user
CREATE TABLE user (
    id INTEGER,
    "order" INTEGER NOT NULL,
    "Mixed Case" TEXT,
    PRIMARY KEY (id)
);
CREATE INDEX user_order_idx ON user ("order");
