CREATE TYPE trip_status AS ENUM ('draft', 'reviewed', 'published', 'archived');
