#!/usr/bin/env bash
# Side-by-side benchmarks: ./bench/run.sh [apply|noop|noop-cli|status|inspect|diff|replay|startup|online|lock-wait|fleet|trace|scale|report …]
# Builds what it needs, starts its own embedded PostgreSQL, prints a table and writes bench/results/<date>.md.
# Options as environment: RUNS (5), WARMUP (1), MIGRATIONS (1000), SCALE_SIZES (100,1000,10000).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -pl bench,godwit-cli -am package 1>&2
# ./godwit makes the CLI's class-data archive after a build; godwit's fresh processes use it as ./godwit does.
./godwit --version >/dev/null
archive="$(ls -t godwit-cli/target/godwit-*.jsa 2>/dev/null | head -1 || true)"
classpath="$root/bench/target/classes:$(cat bench/target/classpath.txt)"
exec java -Xmx2g -cp "$classpath" \
  -Druns="${RUNS:-5}" -Dwarmup="${WARMUP:-1}" -Dmigrations="${MIGRATIONS:-1000}" -Dscale.sizes="${SCALE_SIZES:-100,1000,10000}" \
  -Dgodwit.jar="$root/godwit-cli/target/godwit.jar" -Dgodwit.archive="$archive" -Dbench.classpath="$classpath" \
  -Dbench.results="$root/bench/results" \
  dev.godwit.bench.Main "$@"
