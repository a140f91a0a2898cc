CREATE DOMAIN email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%') CONSTRAINT email_short CHECK (length(VALUE) < 300);
CREATE DOMAIN seats AS integer DEFAULT 2 CONSTRAINT seats_positive CHECK (VALUE > 0) NOT NULL;
CREATE TABLE traveller (id integer PRIMARY KEY, contact email, party seats);
