#!/usr/bin/env bash
# Writes bench/RESULTS.md from one bench/run.sh run: the machine, the commands, and per scenario req/s, p50, p99,
# errors, bytes per response and JVM RSS, each also as a fraction of nginx serving the same bytes where the run has
# an nginx baseline. Called by run.sh with its figures in the environment (RESULTS_TSV and friends).
set -euo pipefail

: "${RESULTS_TSV:?run by bench/run.sh}" "${RESULTS:?}" "${COMMANDS:?}"

kb_to_mb() { awk -v k="${1:-0}" 'BEGIN { printf "%.0f", k / 1024 }'; }

{
echo "# Dateline benchmark results"
echo
echo "Written by \`bench/run.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ). wrk and the server share the machine's cores;"
echo "figures move from run to run: compare the ratios within this run, not absolute figures across runs."
if [[ -n ${NOTE:-} ]]; then echo; echo "**Note:** $NOTE"; fi
echo
echo "## Machine"
echo
echo "| | |"
echo "|---|---|"
echo "| CPU | $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1) |"
echo "| Memory | $(free -m | awk '/^Mem:/ { printf "%.1f GiB", $2 / 1024 }') |"
echo "| Kernel | $(uname -sr) |"
echo "| Java | $(java -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/ *$//') |"
echo "| PostgreSQL | $(psql -X -Atc 'select version()' -d "$DB" | cut -d, -f1) (on the same machine) |"
echo "| wrk | $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2) |"
if [[ ${NGINX:-1} != 0 ]]; then echo "| nginx | $(nginx -v 2>&1 | sed 's/^nginx version: //') |"; fi
echo "| Load average (1, 5, 15 min) | before the runs: $LOAD_BEFORE; after: $LOAD_AFTER |"
echo "| Other processes using CPU | before the runs: ${BUSY_BEFORE:-none over 5%}; after: ${BUSY_AFTER:-none over 5%} |"
echo
echo "## What ran"
echo
echo "- Jar: \`$JAR\` (commit $JAR_COMMIT), \`JAVA_OPTS=${JAVA_OPTS:-}\` (none means JVM defaults)${CDS_OPTS:+, AppCDS: \`$CDS_OPTS\`}."
echo "- Database \`$DB\`: $DB_STATS.${GENERATE_SUMMARY:+ Loaded in this run: $GENERATE_SUMMARY.}"
echo "- Dateline start to ready: ${READY_MS} ms; RSS when ready $(kb_to_mb "$FIRST_RSS_KB") MB, after all runs" \
     "$(kb_to_mb "$FINAL_RSS_KB") MB, peak (VmHWM) $(kb_to_mb "$HWM_KB") MB."
echo "- Each run: \`wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout ${WRK_TIMEOUT}s\`; in the first round after" \
     "${WARMUP} s of unmeasured warm-up with the same script. Rounds: $ROUNDS."
echo
echo "Command:"
echo
echo '```'
echo "$RUN_COMMAND"
echo '```'
echo
echo "## Results"
echo
if (( ROUNDS > 1 )); then
    echo "Each scenario ran $ROUNDS times (the whole sequence, round after round): figures are medians over the rounds,"
    echo "req/s with the lowest and highest in brackets; ratios are medians of the per-round ratios (Dateline and nginx"
    echo "of the same round ran one after the other)."
fi
echo "\"of nginx\": Dateline's req/s as a share of nginx's serving the same bytes (higher is better);"
echo "\"× nginx\": Dateline's latency as a multiple of nginx's (lower is better)."
echo "Errors: responses other than 2xx/3xx (a 412 in the mixed load is counted apart) / socket errors and timeouts,"
echo "summed over the rounds. Bytes: response body / everything wrk read per response, headers included."
echo "Load: the machine's 1-minute load average at the end of the run (2 cores; wrk itself adds about 1)."
echo
awk -F'\t' '
function kv(s, key,   n, i, parts, pair) {
    n = split(s, parts, " ")
    for (i = 1; i <= n; i++) { split(parts[i], pair, "="); if (pair[1] == key) return pair[2] }
    return ""
}
# Median of v[k, 1..c] (insertion sort of a copy: there are few rounds).
function median(v, k, c,   a, i, j, t) {
    if (c == 0) return ""
    for (i = 1; i <= c; i++) a[i] = v[k, i] + 0
    for (i = 2; i <= c; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2
}
function lo_hi(v, k, c,   i, lo, hi) {
    lo = hi = v[k, 1] + 0
    for (i = 2; i <= c; i++) { if (v[k, i] < lo) lo = v[k, i] + 0; if (v[k, i] > hi) hi = v[k, i] + 0 }
    return sprintf(" (%.0f–%.0f)", lo, hi)
}
# Median over the rounds that have both keys of a / b.
function median_ratio(v, a, b,   r, c, x) {
    c = 0
    for (r = 1; r <= rounds; r++)
        if (((a, r) in v) && ((b, r) in v) && v[b, r] > 0) x[1, ++c] = v[a, r] / v[b, r]
    return median(x, 1, c)
}
function pct(f) {
    if (f == "") return ""
    f = 100 * f
    return f < 1 ? sprintf("%.2f%%", f) : f < 10 ? sprintf("%.1f%%", f) : sprintf("%.0f%%", f)
}
function times(f) { return f == "" ? "" : f < 10 ? sprintf("%.1f×", f) : sprintf("%.0f×", f) }
{
    sc = $1; sv = $2; r = $3 + 0; key = sc SUBSEP sv
    if (!(key in seen)) { seen[key] = 1; order[++n] = key; scen[key] = sc; serv[key] = sv }
    if (r > rounds) rounds = r
    cnt[key]++
    body[key] = $4; rss[key] = $5; load[key, r] = $6
    rps[key, r] = kv($7, "rps"); p50[key, r] = kv($7, "p50_ms"); p99[key, r] = kv($7, "p99_ms")
    bpr[key, r] = kv($7, "bytes_per_resp")
    sock[key] += kv($7, "err_connect") + kv($7, "err_read") + kv($7, "err_write") + kv($7, "err_timeout")
    st[key] += kv($7, "err_status") - kv($7, "writes_412")
    w_ok[key] += kv($7, "writes_ok"); w_412[key] += kv($7, "writes_412"); w_fail[key] += kv($7, "writes_failed")
    refresh[key] += kv($7, "refreshes"); dur[key] += kv($7, "duration_s")
}
END {
    print "| Scenario | Server | req/s | of nginx | p50 ms | × nginx | p99 ms | × nginx | errors | bytes (body / wire) | JVM RSS after | load |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for (i = 1; i <= n; i++) {
        k = order[i]; c = cnt[k]; ng = scen[k] SUBSEP "nginx"; has = (ng in seen) && serv[k] == "dateline"
        printf "| %s | %s | %.0f%s | %s | %.2f | %s | %.2f | %s | %d / %d | %s / %.0f | %s | %.1f |\n",
            scen[k], serv[k], median(rps, k, c), (c > 1 ? lo_hi(rps, k, c) : ""),
            has ? pct(median_ratio(rps, k, ng)) : "", median(p50, k, c),
            has ? times(median_ratio(p50, k, ng)) : "", median(p99, k, c),
            has ? times(median_ratio(p99, k, ng)) : "",
            st[k], sock[k], body[k] == "" ? "–" : body[k], median(bpr, k, c),
            serv[k] == "dateline" ? sprintf("%.0f MB", rss[k] / 1024) : "", median(load, k, c)
    }
    d200 = "by-slug" SUBSEP "dateline"; d304 = "revalidate" SUBSEP "dateline"
    n200 = "by-slug" SUBSEP "nginx"; n304 = "revalidate" SUBSEP "nginx"
    if ((d200 in seen) && (d304 in seen)) {
        print ""
        printf "304 revalidation vs 200 by slug (req/s of the 304 run over the 200 run): Dateline %.2f×",
            median_ratio(rps, d304, d200)
        if ((n200 in seen) && (n304 in seen)) printf ", nginx %.2f×", median_ratio(rps, n304, n200)
        print "."
    }
    m = "mixed" SUBSEP "dateline"
    if (m in seen) {
        print ""
        printf "Mixed load: %d edits applied (%.1f/s), %d answered 412, %d refused otherwise, %d re-fetches after a refusal.\n",
            w_ok[m], w_ok[m] / (dur[m] > 0 ? dur[m] : 1), w_412[m], w_fail[m], refresh[m]
    }
}' "$RESULTS_TSV"
echo
echo "## Scenarios"
echo
echo "| Scenario | Requests |"
echo "|---|---|"
echo "| by-slug | \`GET /api/v1/articles/{slug}\`, rotating over $SLUG_COUNT published articles; nginx serves each article's bytes from a file |"
echo "| list-body | \`GET /api/v1/articles?limit=15&include=tags,people,body\` (list page 1 with bodies); nginx: the same bytes |"
echo "| list | \`GET /api/v1/articles?limit=15&include=tags,people\` (list page 1, no bodies); nginx: the same bytes |"
echo "| tag-deep | \`GET /api/v1/articles?tag=$TAG&limit=15\` and the next $(( TAG_PAGES - 1 )) cursor pages (links.next, fetched beforehand; the tag has $TAG_ARTICLES published articles), rotated |"
echo "| search | \`GET /api/v1/search?q=…\` (articles, tags and people) for: $QUERIES |"
echo "| articles-q | \`GET /api/v1/articles?q=…&limit=15\` (ranked article search) for: $QUERIES |"
echo "| revalidate | the by-slug requests with \`If-None-Match\` carrying the ETag each answered with beforehand: 304s |"
echo "| mixed | the by-slug reads and the edited articles by slug, with list page 1 every tenth read; $WRITE_PERCENT% of requests are edits: \`PATCH /api/v1/articles/{id}\` (merge patch of the subtitle, \`If-Match\`, admin key) over $WRITE_TARGETS articles, one edit in flight per article |"
echo
echo "## wrk commands"
echo
echo "\$WORK is the run's temporary directory (request lists, the files nginx serves)."
echo
echo '```'
cat "$COMMANDS"
echo '```'
} > "$RESULTS"
