#!/usr/bin/env bash
# Runs Odyssée with one command: on the PostgreSQL DATABASE_URL names (postgres://user:pass@host:5432/db),
# or, when it is not set, on an embedded PostgreSQL started for development (TestOdysseeApplication, from
# the tests: the production jar, target/odyssee.jar, carries no PostgreSQL). godwit migrates the database
# on start-up. Then: http://localhost:8080/voyages, the pages (the JSON API is at /trips; PORT sets another port).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -Dinvoker.skip=true -pl examples/odyssee -am install 1>&2
if [[ -n "${DATABASE_URL:-}" ]]; then
  exec java -jar examples/odyssee/target/odyssee.jar --server.port="${PORT:-8080}" "$@"
fi
exec ./mvnw -q -B -pl examples/odyssee spring-boot:test-run \
  -Dspring-boot.run.main-class=dev.godwit.examples.odyssee.TestOdysseeApplication \
  -Dspring-boot.run.arguments="--server.port=${PORT:-8080} $*"
