#!/usr/bin/env bash
# The driver's socketTimeout (10 s in %prod) would cut the migration's minutes-long statements: lifted for this start.
# Applies migration V21 (search per language) to a loaded 1M database by starting the service on it (Flyway), times
# it, analyses the rewritten table, then measures lang.sh through that service and stops it.
# usage: JAR=path/to/quarkus-run.jar DB=bench1m bench/scale-1m/v21.sh LABEL   (PORT, default 18090)
set -euo pipefail
DIR=$(cd "$(dirname "$0")" && pwd)
: "${JAR:?JAR=path/to/quarkus-run.jar}" "${DB:?DB=database}"
PORT=${PORT:-18090}
LOG=${LOG:-/tmp/v21-app.log}
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres}
psql_() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
# Reads are measured on search, which never reads stored documents (search items carry a highlight no stored
# document has): the queue the load filled is emptied, so that rendering 950k documents does not run beside them.
psql_ -c "delete from article_document_queue"
# As for V7's RUM index by hand (SCALE-1M.md): index builds get 1 GB.
psql_ -c "alter database $DB set maintenance_work_mem = '1GB'"
t0=$(date +%s)
env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:5432/$DB" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DATELINE_ADMIN_KEY=x DATELINE_CACHE_ENABLED=false \
    DATELINE_RATE_LIMIT_READS=1000000000 DATELINE_RATE_LIMIT_WRITES=1000000000 \
    sh -c 'cd "$1" && exec java -Dquarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout=0 -jar quarkus-run.jar' start "$(dirname "$JAR")" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 $APP 2>/dev/null || { tail -30 "$LOG"; exit 1; }
    sleep 5
done
echo "[v21] service ready $(( $(date +%s) - t0 )) s after start (pid $APP)"
grep -E 'Migrating schema|Successfully applied|execution time' "$LOG" || true
t1=$(date +%s)
psql_ -c "vacuum (analyze) article"
echo "[v21] vacuum (analyze) article: $(( $(date +%s) - t1 )) s"
psql_ -Atc "select search_config, language, count(*) from article group by 1, 2 order by 3 desc"
psql_ -Atc "select pg_size_pretty(pg_relation_size('article_search_idx')), pg_size_pretty(pg_relation_size('article_search_rum_idx'))"
BASE=http://127.0.0.1:$PORT "$DIR/lang.sh" "$1"
BASE=http://127.0.0.1:$PORT "$DIR/lang.sh" "$1-2"
