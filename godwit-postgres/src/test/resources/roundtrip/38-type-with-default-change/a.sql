CREATE TABLE trip (id integer PRIMARY KEY, nights varchar(10) DEFAULT '1');
