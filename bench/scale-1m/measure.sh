#!/usr/bin/env bash
# usage: measure.sh LABEL < lines "name<TAB>path"; base URL from BASE (default http://127.0.0.1:18090)
# One client, sequential: 3 warm-up requests (1 when it takes > 1 s), then n measured (n = 100, or fewer for slow reads: ~20 s budget, min 5).
BASE=${BASE:-http://127.0.0.1:18090}
label=$1
while IFS=$'\t' read -r name path; do
  [[ -z $name ]] && continue
  w=0
  for i in 1 2 3; do
    out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 60 "$BASE$path" </dev/null)
    code=${out% *}; w=${out#* }
    awk -v t="$w" 'BEGIN{exit !(t>1)}' && break
  done
  n=$(awk -v t="$w" 'BEGIN{n=int(20/(t>0?t:0.001)); if(n>100)n=100; if(n<5)n=5; print n}')
  codes=$(mktemp); times=$(mktemp)
  for ((i=0;i<n;i++)); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 60 "$BASE$path" </dev/null >> "$times"
  done
  awk '{print $1}' "$times" | sort | uniq -c | tr '\n' ' ' > "$codes"
  stats=$(awk '{print $2*1000}' "$times" | sort -n | awk '{a[NR]=$1} END{p50=a[int((NR*50+99)/100)]; p99=a[int((NR*99+99)/100)]; printf "%.1f\t%.1f\t%.1f", p50, p99, a[NR]}')
  printf '%s\t%s\tn=%d\t%s\tcodes:%s\t%s\n' "$label" "$name" "$n" "$stats" "$(cat "$codes")" "$path"
  rm -f "$codes" "$times"
done
