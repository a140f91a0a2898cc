CREATE TYPE trip_status AS ENUM ('draft', 'published');
