
-- 1. create table trip
CREATE TABLE trip (
    id INTEGER,
    title VARCHAR(100) NOT NULL,
    price DECIMAL(10,2),
    PRIMARY KEY (id)
);
