-- Enum types of the managed schemas with their values in order.
SELECT QNAME(t.typnamespace, t.typname) AS type_name,
       ARRAY(SELECT e.enumlabel FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY ({{managed}})
  AND t.typtype = 'e'
ORDER BY 1
