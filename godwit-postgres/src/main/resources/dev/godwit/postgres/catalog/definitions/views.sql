-- Views and materialized views, as the server prints them, with what each depends on as pg_depend
-- records it: the tables and views it reads and the routines it calls.
SELECT CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END AS kind,
       QNAME(c.relnamespace, c.relname) AS name,
       pg_catalog.pg_get_viewdef(c.oid, true) AS body,
       c.reloptions::text[] AS options,
       descr.description AS comment,
       NULL::text AS shape,
       coalesce(reads.keys, ARRAY[]::text[]) || coalesce(calls.keys, ARRAY[]::text[]) AS depends_on,
       ARRAY(SELECT pg_catalog.pg_get_indexdef(x.indexrelid)
               FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
              WHERE x.indrelid = c.oid ORDER BY i.relname) AS indexes,
       NULL::text[] AS create_sql,
       NULL::text[] AS drop_sql
FROM pg_catalog.pg_class c
LEFT JOIN pg_catalog.pg_description descr ON descr.objoid = c.oid AND descr.classoid = 'pg_catalog.pg_class'::regclass AND descr.objsubid = 0
LEFT JOIN view_reads reads ON reads.view_oid = c.oid
LEFT JOIN view_calls calls ON calls.view_oid = c.oid
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('v', 'm')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid)
