
-- 1. create table invoice
CREATE TABLE invoice (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT
);
