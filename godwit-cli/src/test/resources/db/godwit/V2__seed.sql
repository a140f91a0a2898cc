INSERT INTO trip (id, title) VALUES (1, 'Naxos');
