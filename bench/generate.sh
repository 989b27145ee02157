#!/usr/bin/env bash
# Loads N realistic articles (default 1,000,000), with tags and people in proportion, into a Dateline database
# whose schema the application's Flyway has already created. Set-based SQL through psql, in batches, with
# progress. Usage: bench/generate.sh [N]   (or N=... bench/generate.sh). See bench/README.md for the knobs.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(dirname "$BENCH_DIR")

N=${1:-${N:-1000000}}
[[ $N =~ ^[0-9]+$ ]] && (( N >= 1 )) || { echo "[gen] error: N must be a positive integer, not '$N'" >&2; exit 1; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-bench}
JOBS=${JOBS:-2}                        # batches loaded at once (separate psql sessions)
RESET=${RESET:-0}                      # 1: empty the content tables first instead of refusing
DROP_INDEXES=${DROP_INDEXES:-auto}     # yes | no | auto (= yes from 50,000 articles)
SQ=${SQ:-0}                            # share of articles in Albanian (0..0.5), with Albanian-looking text
# Tags and people scale with N (10k and 50k at a million), never fewer than 20.
NTAGS=${NTAGS:-$(( N / 100 > 20 ? N / 100 : 20 ))}
NPEOPLE=${NPEOPLE:-$(( N / 20 > 20 ? N / 20 : 20 ))}
NSTAFF=$(( NPEOPLE / 50 > 5 ? NPEOPLE / 50 : 5 ))       # reporters who author the articles
# Text pools (sentences, paragraphs, headings) the articles are assembled from.
clamp() { local v=$1 lo=$2 hi=$3; (( v < lo )) && v=$lo; (( v > hi )) && v=$hi; echo "$v"; }
NSENT=$(clamp $(( N * 2 )) 3000 200000)
NPARA=$(clamp "$N" 1500 100000)
NHEAD=$(clamp $(( N / 10 )) 500 20000)
# The seed article gives the vocabulary its topical words (the demo copy, without the scraped footer).
SEED_TEXT=${SEED_TEXT:-$REPO_DIR/src/main/resources/demo/osce-ministerial-malta-2024.md}
[[ -r $SEED_TEXT ]] || SEED_TEXT=/work/shared/seed/000_732c6eaec32c282f.txt

log() { printf '[gen] %s\n' "$*"; }
die() { printf '[gen] error: %s\n' "$*" >&2; exit 1; }
psql_() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

[[ $JOBS =~ ^[0-9]+$ ]] && (( JOBS >= 1 && JOBS <= 16 )) || die "JOBS must be 1..16"
# Articles per transaction: enough batches to keep JOBS sessions busy, at most 20,000 articles each.
BATCH=${BATCH:-$(( N / (JOBS * 4) < 1000 ? 1000 : N / (JOBS * 4) > 20000 ? 20000 : N / (JOBS * 4) ))}
[[ $BATCH =~ ^[0-9]+$ ]] && (( BATCH >= 1 )) || die "BATCH must be a positive integer"
(( NTAGS >= 11 && NPEOPLE >= NSTAFF + 5 )) || die "NTAGS must be at least 11 and NPEOPLE at least $(( NSTAFF + 5 ))"
[[ $SQ =~ ^0(\.[0-9]+)?$ ]] && awk -v s="$SQ" 'BEGIN { exit !(s <= 0.5) }' || die "SQ must be a share in 0..0.5"
[[ $PGDATABASE != test ]] || die "refusing to load benchmark data into database 'test' (the test suite's)"
[[ -r $SEED_TEXT ]] || die "no seed text at $SEED_TEXT"
command -v psql >/dev/null || die "psql not found"

[[ $(psql_ -Atc "select to_regclass('article') is not null") == t ]] \
    || die "no article table in $PGDATABASE: start the application against it once so that Flyway migrates it"

existing=$(psql_ -Atc "select count(*) from article")
if (( existing > 0 )); then
    (( RESET == 1 )) || die "$PGDATABASE already holds $existing articles (RESET=1 empties the content tables first)"
    log "RESET=1: emptying article, article_tag, article_person, tag, person"
    psql_ -c "truncate article, article_tag, article_person, tag, person cascade"
fi

# Indexes dropped by an interrupted earlier run come back first.
if [[ $(psql_ -Atc "select to_regclass('bench_saved.saved_indexes') is not null") == t ]]; then
    log "an earlier load left indexes dropped: recreating them"
    psql_ -f "$BENCH_DIR/sql/finish.sql" -v keep=1 >/dev/null
fi

start=$SECONDS
log "loading $N articles, $NTAGS tags, $NPEOPLE people into $PGDATABASE on $PGHOST:$PGPORT (batches of $BATCH)"
log "text pools: $NSENT sentences, $NPARA paragraphs, $NHEAD headings; vocabulary seeded from $SEED_TEXT"

psql_ -v ntags="$NTAGS" -v npeople="$NPEOPLE" -v nstaff="$NSTAFF" -v nsent="$NSENT" -v npara="$NPARA" \
      -v nhead="$NHEAD" -v seedtext="$(sed '/^Lini një Përgjigje$/d' "$SEED_TEXT")" -f "$BENCH_DIR/sql/setup.sql"
log "word pools, tags and people ready ($(( SECONDS - start )) s)"

if [[ $DROP_INDEXES == yes || ( $DROP_INDEXES == auto && $N -ge 50000 ) ]]; then
    # Secondary indexes of the article tables (not those behind primary keys or unique constraints) are dropped for
    # the load and rebuilt by finish.sql from the definitions kept in bench_saved.
    psql_ <<'SQL'
create schema bench_saved;
create table bench_saved.saved_indexes as
select c.relname as table_name, i.relname as index_name, pg_get_indexdef(i.oid) as def
from pg_index x
join pg_class i on i.oid = x.indexrelid
join pg_class c on c.oid = x.indrelid
where c.relnamespace = current_schema()::regnamespace
  and c.relname in ('article', 'article_tag', 'article_person')
  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid);
select format('drop index %I.%I', current_schema(), index_name) from bench_saved.saved_indexes \gexec
SQL
    log "dropped for the load: $(psql_ -Atc "select string_agg(index_name, ', ') from bench_saved.saved_indexes")"
fi

# The batches run with triggers off (batch.sql), but migration V21's sets each article's search configuration, which
# its generated search vector reads: it is made to fire in those sessions too for the load, and put back after.
search_trigger=$(psql_ -Atc "select tgname from pg_trigger where tgrelid = to_regclass('article')
                              and tgname = 'article_search_config'")
if [[ -n $search_trigger ]]; then
    psql_ -c "alter table article enable always trigger article_search_config"
fi

# Batches run JOBS at a time, each in its own psql session (its own temp tables and transaction).
batch() {
    psql_ -v lo="$1" -v hi="$2" -v sq="$SQ" -v ntags="$NTAGS" -v npeople="$NPEOPLE" -v nstaff="$NSTAFF" \
          -v nsent="$NSENT" -v npara="$NPARA" -v nhead="$NHEAD" -f "$BENCH_DIR/sql/batch.sql"
}
trap 'kill $(jobs -pr) 2>/dev/null || true' EXIT   # a failed batch stops the others
load_start=$SECONDS
done_batches=0
progress() {
    done_batches=$(( done_batches + 1 ))
    local loaded=$(( done_batches * BATCH < N ? done_batches * BATCH : N )) elapsed=$(( SECONDS - load_start ))
    local rate=$(( loaded / (elapsed > 0 ? elapsed : 1) ))
    log "articles ~$loaded/$N ($(( loaded * 100 / N ))%), ${elapsed} s, ~${rate}/s, ETA ~$(( rate > 0 ? (N - loaded) / rate : 0 )) s"
}
pids=()
for (( lo = 1; lo <= N; lo += BATCH )); do
    if (( ${#pids[@]} >= JOBS )); then wait "${pids[0]}"; pids=("${pids[@]:1}"); progress; fi
    batch "$lo" $(( lo + BATCH - 1 < N ? lo + BATCH - 1 : N )) &
    pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; progress; done
trap - EXIT
[[ -z $search_trigger ]] || psql_ -c "alter table article enable trigger article_search_config"

psql_ -f "$BENCH_DIR/sql/finish.sql" ${KEEP_STAGING:+-v keep=1}
log "done: $N articles in $(( SECONDS - start )) s"
