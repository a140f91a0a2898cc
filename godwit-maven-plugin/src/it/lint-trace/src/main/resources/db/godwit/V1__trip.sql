CREATE TABLE trip (id bigint PRIMARY KEY, title varchar(50) NOT NULL);
