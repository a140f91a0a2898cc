#!/usr/bin/env bash
# Runs Odyssée with one command: on an embedded PostgreSQL, or on the one DATABASE_URL names
# (postgres://user:pass@host:5432/db). godwit migrates the database on start-up.
# Then: http://localhost:8080/trips (PORT sets another port).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -Dinvoker.skip=true -pl examples/odyssee -am install 1>&2
exec java -jar examples/odyssee/target/odyssee.jar --server.port="${PORT:-8080}" "$@"
