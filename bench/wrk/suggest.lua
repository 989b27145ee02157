-- POSTs one suggestion request (the JSON file SUGGEST_BODY) with the editor key BENCH_KEY, again and again.
-- wrk's own summary counts the answers that are not 2xx ("Non-2xx or 3xx responses").
local file = assert(io.open(os.getenv("SUGGEST_BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_KEY")
