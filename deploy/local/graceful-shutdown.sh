#!/usr/bin/env bash
# Graceful shutdown, shown on the packaged service: a request that is in flight when SIGTERM arrives finishes with
# its 200, a request that arrives while it runs is still answered but with `Connection: close` (so a client or a
# load balancer takes its next request elsewhere), and the process exits once they are done, at most
# quarkus.shutdown.timeout (10 s) after the signal.
#
# The in-flight request is held by a lock: another session locks the article table for LOCK_SECONDS, so an uncached
# search waits on it (below the 5 s statement timeout) while the service is told to stop.
#
# Needs the packaged jar (./mvnw package -DskipTests), the machine's PostgreSQL on 127.0.0.1:5432 (user postgres),
# curl and psql. Makes and drops its own database; everything on 127.0.0.1.
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR=${DATELINE_JAR:-$REPO_DIR/target/quarkus-app/quarkus-run.jar}
PORT=${PORT:-18280}
DB=dateline_shutdown
LOCK_SECONDS=3
WORK=$(mktemp -d)
PG=(-h 127.0.0.1 -p 5432 -U postgres)
JAVA_PID=

cleanup() {
  if [ -n "$JAVA_PID" ] && kill -0 "$JAVA_PID" 2> /dev/null; then kill -KILL "$JAVA_PID"; fi
  dropdb "${PG[@]}" --if-exists "$DB" > /dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

[ -f "$JAR" ] || { echo "no $JAR: ./mvnw package -DskipTests first" >&2; exit 1; }
dropdb "${PG[@]}" --if-exists "$DB" && createdb "${PG[@]}" "$DB"

QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_DATASOURCE_USERNAME=postgres \
  DATELINE_SEED_DEMO=true DATELINE_RATE_LIMIT_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
  java -Xmx256m -jar "$JAR" > "$WORK/service.log" 2>&1 &
JAVA_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || { cat "$WORK/service.log"; exit 1; }

psql "${PG[@]}" -d "$DB" -qc \
  "begin; lock table article in access exclusive mode; select pg_sleep($LOCK_SECONDS); commit;" > /dev/null &
LOCKER=$!
sleep 0.5
curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 20 \
  "http://127.0.0.1:$PORT/api/v1/articles?q=ministerial&limit=3" > "$WORK/in-flight" &
IN_FLIGHT=$!
sleep 1

started=$(date +%s.%N)
kill -TERM "$JAVA_PID"
sleep 0.3
late=$(curl -s -o /dev/null -D "$WORK/late.headers" -w '%{http_code}' --max-time 5 \
  "http://127.0.0.1:$PORT/api/v1/tags" || true)
late_connection=$(tr -d '\r' < "$WORK/late.headers" | sed -n 's/^[Cc]onnection: *//p')
wait "$IN_FLIGHT"
exit_code=0
wait "$JAVA_PID" || exit_code=$?
stopped=$(date +%s.%N)
JAVA_PID=
wait "$LOCKER" || true

read -r in_flight_status in_flight_seconds < "$WORK/in-flight"
printf 'in-flight request: %s after %s s\n' "$in_flight_status" "$in_flight_seconds"
printf 'request after SIGTERM: %s, Connection: %s\n' "$late" "${late_connection:-(none)}"
awk -v code="$exit_code" -v a="$started" -v b="$stopped" 'BEGIN { printf "exit code %s, %.1f s after SIGTERM\n", code, b - a }'
grep -E 'stopped in|Shutdown' "$WORK/service.log" | tail -2

[ "$in_flight_status" = 200 ] || { echo "FAIL: the in-flight request did not finish with 200" >&2; exit 1; }
if [ "$late" != 200 ] || [ "$late_connection" != close ]; then
  echo "FAIL: a request after SIGTERM got $late, Connection: ${late_connection:-(none)}" >&2
  exit 1
fi
[ "$exit_code" = 0 ] || [ "$exit_code" = 143 ] || { echo "FAIL: exit code $exit_code" >&2; exit 1; }
echo "PASS: graceful shutdown"
