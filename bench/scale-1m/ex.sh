#!/usr/bin/env bash
# usage: ex.sh NAME RUNS < sql   -- EXPLAIN (ANALYZE, BUFFERS) the statement RUNS times after one warm-up run;
# prints median and max "Execution Time" (ms) and keeps the last plan in plans/NAME.txt
name=$1; runs=${2:-5}
sql=$(cat)
mkdir -p $(dirname "$0")/plans
p() { psql -h 127.0.0.1 -U postgres -d bench_1m -X -q -At -c "set jit = ${JIT:-on}" -c "explain (analyze, buffers) $sql"; }
p > /dev/null
ts=()
for ((i=0;i<runs;i++)); do
  out=$(p); ts+=("$(grep -o 'Execution Time: [0-9.]*' <<<"$out" | awk '{print $3}')")
done
{ echo "-- $name"; echo "$sql"; echo; echo "$out"; } > $(dirname "$0")/plans/$name.txt
printf '%s\n' "${ts[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END{printf "%s\texplain-runs=%d\tmedian=%.1f ms\tmax=%.1f ms\n", n, NR, a[int((NR+1)/2)], a[NR]}'
