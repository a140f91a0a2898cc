CREATE TABLE orders (
    id     INTEGER PRIMARY KEY,
    amount NUMERIC(10, 2) NOT NULL,
    number VARCHAR(20)
);

INSERT INTO orders (id, amount) VALUES (1, 12.50), (2, 99.00), (3, 7.25);
