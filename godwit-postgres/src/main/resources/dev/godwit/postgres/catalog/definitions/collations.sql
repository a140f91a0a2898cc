-- Collations (CREATE COLLATION): provider, locale and determinism; the locale's column is named
-- differently across PostgreSQL 13-18, hence to_jsonb.
SELECT 'collation', QNAME(co.collnamespace, co.collname), NULL, NULL, pg_catalog.obj_description(co.oid, 'pg_collation'), NULL,
       ARRAY[]::text[], ARRAY[]::text[],
       ARRAY['CREATE COLLATION ' || QIDENT(co.collnamespace, co.collname) || ' (provider = '
             || CASE co.collprovider WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin' ELSE 'libc' END
             || CASE WHEN co.collprovider = 'c'
                     THEN ', lc_collate = ' || quote_literal(to_jsonb(co) ->> 'collcollate') || ', lc_ctype = ' || quote_literal(to_jsonb(co) ->> 'collctype')
                     ELSE ', locale = ' || quote_literal(coalesce(to_jsonb(co) ->> 'colllocale', to_jsonb(co) ->> 'colliculocale', to_jsonb(co) ->> 'collcollate')) END
             || CASE WHEN co.collisdeterministic THEN '' ELSE ', deterministic = false' END || ')']
       || CASE WHEN pg_catalog.obj_description(co.oid, 'pg_collation') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON COLLATION ' || QIDENT(co.collnamespace, co.collname) || ' IS ' || quote_literal(pg_catalog.obj_description(co.oid, 'pg_collation'))] END,
       ARRAY['DROP COLLATION ' || QIDENT(co.collnamespace, co.collname)]
FROM pg_catalog.pg_collation co
WHERE co.collnamespace IN (SELECT oid FROM ns)
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_collation'::regclass AND m.objid = co.oid)
