-- Partitions, with their bounds (and their own key when they are partitioned in turn); what is in
-- them is their parent's: columns, constraints, indexes and triggers are made for them from it.
SELECT 'partition', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL,
       QNAME(parent.relnamespace, parent.relname) || CASE WHEN c.relkind = 'p' THEN ' by ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END,
       ARRAY[CASE WHEN parent.relispartition THEN 'partition ' ELSE 'table ' END || QNAME(parent.relnamespace, parent.relname)],
       ARRAY[]::text[],
       ARRAY['CREATE TABLE ' || QIDENT(c.relnamespace, c.relname) || ' PARTITION OF ' || QIDENT(parent.relnamespace, parent.relname)
             || ' ' || pg_catalog.pg_get_expr(c.relpartbound, c.oid, true)
             || CASE WHEN c.relkind = 'p' THEN ' PARTITION BY ' || pg_catalog.pg_get_partkeydef(c.oid) ELSE '' END]
       || CASE WHEN pg_catalog.obj_description(c.oid, 'pg_class') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON TABLE ' || QIDENT(c.relnamespace, c.relname) || ' IS ' || quote_literal(pg_catalog.obj_description(c.oid, 'pg_class'))] END,
       ARRAY['DROP TABLE ' || QIDENT(c.relnamespace, c.relname)]
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_inherits h ON h.inhrelid = c.oid
JOIN pg_catalog.pg_class parent ON parent.oid = h.inhparent
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relispartition AND c.relkind IN ('r', 'p')
