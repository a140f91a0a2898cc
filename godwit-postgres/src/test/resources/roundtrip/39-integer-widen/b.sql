CREATE TABLE trip (id bigint PRIMARY KEY);
