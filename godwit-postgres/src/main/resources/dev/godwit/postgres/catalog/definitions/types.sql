-- Domains, composite and range types. A domain is its CREATE DOMAIN (base type and collation: its
-- shape) followed by one ALTER DOMAIN per default, NOT NULL and check, so that a change to any of those
-- is the ALTER DOMAIN that makes it, even while columns use the domain.
SELECT 'type', QNAME(t.typnamespace, t.typname), NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_type'), domain.head, ARRAY[]::text[], ARRAY[]::text[],
       CASE t.typtype
       WHEN 'd' THEN ARRAY[domain.head]
                     || CASE WHEN t.typdefault IS NULL THEN ARRAY[]::text[]
                             ELSE ARRAY['ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' SET DEFAULT ' || t.typdefault] END
                     || CASE WHEN t.typnotnull THEN ARRAY['ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' SET NOT NULL'] ELSE ARRAY[]::text[] END
                     || ARRAY(SELECT 'ALTER DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' ADD CONSTRAINT ' || quote_ident(con.conname)
                                     || ' ' || pg_catalog.pg_get_constraintdef(con.oid, true)
                                FROM pg_catalog.pg_constraint con WHERE con.contypid = t.oid AND con.contype = 'c' ORDER BY con.conname)
       WHEN 'c' THEN ARRAY['CREATE TYPE ' || QIDENT(t.typnamespace, t.typname) || ' AS ('
                           || (SELECT string_agg(quote_ident(a.attname) || ' ' || pg_catalog.format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum)
                                 FROM pg_catalog.pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) || ')']
       ELSE ARRAY['CREATE TYPE ' || QIDENT(t.typnamespace, t.typname) || ' AS RANGE (SUBTYPE = '
                  || (SELECT r.rngsubtype::regtype::text FROM pg_catalog.pg_range r WHERE r.rngtypid = t.oid) || ')'] END
       || CASE WHEN pg_catalog.obj_description(t.oid, 'pg_type') IS NULL THEN ARRAY[]::text[]
               ELSE ARRAY['COMMENT ON ' || CASE t.typtype WHEN 'd' THEN 'DOMAIN ' ELSE 'TYPE ' END || QIDENT(t.typnamespace, t.typname)
                          || ' IS ' || quote_literal(pg_catalog.obj_description(t.oid, 'pg_type'))] END,
       ARRAY[CASE t.typtype WHEN 'd' THEN 'DROP DOMAIN ' ELSE 'DROP TYPE ' END || QIDENT(t.typnamespace, t.typname)]
FROM pg_catalog.pg_type t
CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN
        'CREATE DOMAIN ' || QIDENT(t.typnamespace, t.typname) || ' AS ' || pg_catalog.format_type(t.typbasetype, t.typtypmod)
        || coalesce(' COLLATE ' || (SELECT quote_ident(co.collname) FROM pg_catalog.pg_collation co
                                     WHERE co.oid = t.typcollation AND t.typcollation <> 100
                                       AND t.typcollation <> (SELECT b.typcollation FROM pg_catalog.pg_type b WHERE b.oid = t.typbasetype)), '')
        END AS head) AS domain
WHERE t.typnamespace IN (SELECT oid FROM ns)
  AND t.typtype IN ('c', 'd', 'r')
  AND (t.typtype <> 'c' OR EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = t.typrelid AND c.relkind = 'c'))
  AND NOT EXISTS (SELECT 1 FROM member m WHERE m.classid = 'pg_catalog.pg_type'::regclass AND m.objid = t.oid)
