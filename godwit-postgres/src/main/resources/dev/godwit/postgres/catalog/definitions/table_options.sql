-- Storage parameters, UNLOGGED and REPLICA IDENTITY.
SELECT 'table options', QNAME(c.relnamespace, c.relname), NULL, NULL, NULL, NULL, ARRAY['table ' || QNAME(c.relnamespace, c.relname)], ARRAY[]::text[],
       array_remove(ARRAY[
           CASE WHEN c.reloptions IS NOT NULL THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET (' || array_to_string(c.reloptions, ', ') || ')' END,
           CASE WHEN c.relpersistence = 'u' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET UNLOGGED' END,
           CASE c.relreplident
                WHEN 'f' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY FULL'
                WHEN 'n' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY NOTHING'
                WHEN 'i' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY USING INDEX '
                              || (SELECT quote_ident(i.relname) FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
                                   WHERE x.indrelid = c.oid AND x.indisreplident) END], NULL),
       array_remove(ARRAY[
           CASE WHEN c.reloptions IS NOT NULL THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' RESET ('
                                                   || (SELECT string_agg(split_part(o, '=', 1), ', ') FROM unnest(c.reloptions) AS o) || ')' END,
           CASE WHEN c.relpersistence = 'u' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' SET LOGGED' END,
           CASE WHEN c.relreplident <> 'd' THEN 'ALTER TABLE ' || QIDENT(c.relnamespace, c.relname) || ' REPLICA IDENTITY DEFAULT' END], NULL)
FROM pg_catalog.pg_class c
WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') AND c.relname <> 'godwit_history'
  AND (c.reloptions IS NOT NULL OR c.relpersistence = 'u' OR c.relreplident <> 'd')
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_class'::regclass AND m.objid = c.oid)
