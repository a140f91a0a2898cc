-- Extensions (but plpgsql, which every database has) with their version and, when it is not the
-- current one, their schema; not read in a dev database's scratch schema (godwit_dev_*), where they
-- belong to the database that holds it.
SELECT 'extension',
       x.extname::text,
       x.extversion,
       NULL,
       pg_catalog.obj_description(x.oid, 'pg_extension'),
       CASE WHEN x.extnamespace = {{home}} THEN '' ELSE x.extnamespace::regnamespace::text END,
       ARRAY[]::text[],
       ARRAY[]::text[],
       NULL::text[],
       NULL::text[]
FROM pg_catalog.pg_extension x
WHERE x.extname <> 'plpgsql' AND current_schema() NOT LIKE 'godwit\_dev\_%'
