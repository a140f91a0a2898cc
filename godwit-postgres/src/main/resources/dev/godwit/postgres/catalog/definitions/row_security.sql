-- Row level security, enabled and forced.
SELECT 'row level security', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL, NULL, ARRAY['table ' || QNAME(c.relnamespace, c.relname)], ARRAY[]::text[],
       ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' ENABLE ROW LEVEL SECURITY']
       || CASE WHEN c.relforcerowsecurity THEN ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' FORCE ROW LEVEL SECURITY'] ELSE ARRAY[]::text[] END,
       ARRAY['ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' NO FORCE ROW LEVEL SECURITY',
             'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' DISABLE ROW LEVEL SECURITY']
FROM pg_catalog.pg_class c
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') AND c.relrowsecurity AND c.relname <> 'godwit_history'
