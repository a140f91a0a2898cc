-- Tables of the managed schemas ({{managed}}), with their comments, named as from the current schema
-- (QNAME: schema-qualified unless in it), a partitioned table's key and the tables it inherits from.
-- Partitions are read as definitions (definitions/partitions.sql). godwit's history table is left out.
SELECT QNAME(c.relnamespace, c.relname) AS table_name,
       descr.description AS comment,
       CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_key,
       ARRAY(SELECT QNAME(parent.relnamespace, parent.relname)
               FROM pg_catalog.pg_inherits h JOIN pg_catalog.pg_class parent ON parent.oid = h.inhparent
              WHERE h.inhrelid = c.oid ORDER BY h.inhseqno) AS inherits
FROM pg_catalog.pg_class c
-- A join, not obj_description(): that SQL function costs a query per table.
LEFT JOIN pg_catalog.pg_description descr ON descr.objoid = c.oid AND descr.classoid = 'pg_catalog.pg_class'::regclass AND descr.objsubid = 0
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{managed}})
  AND c.relkind IN ('r', 'p')
  AND NOT c.relispartition
  AND c.relname <> 'godwit_history'
ORDER BY 1
