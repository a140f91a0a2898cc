-- Other sessions holding a lock on a table: whom a migration that gave up waiting for a lock was
-- waiting for. $1: table names as the model holds them (QNAME: schema-qualified unless in the
-- current schema); an empty array: every table of the current schema.
SELECT DISTINCT ON (a.pid)
       a.pid,
       QNAME(c.relnamespace, c.relname) AS relname,
       l.mode,
       a.application_name,
       a.usename,
       a.state,
       a.client_addr::text AS client_addr,
       extract(epoch FROM (now() - a.xact_start))::bigint AS transaction_seconds,
       to_char(a.query_start, 'HH24:MI:SS') AS query_start,
       left(regexp_replace(a.query, '\s+', ' ', 'g'), 80) AS query
FROM pg_catalog.pg_locks l
JOIN pg_catalog.pg_class c ON c.oid = l.relation
JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
WHERE l.granted
  AND l.pid <> pg_backend_pid()
  AND (cardinality(?::text[]) = 0 AND c.relnamespace = {{home}} OR QNAME(c.relnamespace, c.relname) = ANY (?::text[]))
ORDER BY a.pid, a.xact_start
LIMIT 5
