CREATE TABLE product (id integer PRIMARY KEY, kind varchar(31) NOT NULL);
