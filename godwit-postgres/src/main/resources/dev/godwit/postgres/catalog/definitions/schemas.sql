-- The managed schemas but the current one (which holds godwit's history and is not the migrations' to make).
SELECT 'schema', n.nspname::text, NULL, NULL, pg_catalog.obj_description(n.oid, 'pg_namespace'), 'schema', ARRAY[]::text[], ARRAY[]::text[],
       ARRAY['CREATE SCHEMA ' || quote_ident(n.nspname)]
       || CASE WHEN pg_catalog.obj_description(n.oid, 'pg_namespace') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON SCHEMA ' || quote_ident(n.nspname) || ' IS ' || quote_literal(pg_catalog.obj_description(n.oid, 'pg_namespace'))] END,
       ARRAY['DROP SCHEMA ' || quote_ident(n.nspname)]
FROM pg_catalog.pg_namespace n
WHERE n.oid IN (SELECT oid FROM ns) AND n.nspname IS DISTINCT FROM pg_catalog.current_schema()
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_namespace'::regclass AND m.objid = n.oid)
