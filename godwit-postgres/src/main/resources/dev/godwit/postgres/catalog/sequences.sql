-- Sequences of the managed schemas that no column owns (serial and identity sequences belong to their columns).
SELECT QNAME(c.relnamespace, c.relname) AS sequence_name,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqmin AS minimum,
       s.seqmax AS maximum,
       s.seqcache AS cache,
       s.seqcycle AS cycle
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY ({{managed}})
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                   WHERE d.objid = c.oid AND d.classid = 'pg_catalog.pg_class'::regclass
                     AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i'))
ORDER BY 1
