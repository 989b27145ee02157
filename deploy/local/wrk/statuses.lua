-- wrk script for deploy/local/verify.sh: counts every answer by its status and prints one parseable line at the
-- end, so a run under a fault can prove that no request failed:
--   STATUSES total=<n> 2xx=<n> 3xx=<n> 4xx=<n> 5xx=<n> connect=<n> read=<n> write=<n> timeout=<n> codes=200:<n>,...
-- Requests rotate over the paths in the environment variable WRK_PATHS (space-separated; without it, the URL given
-- to wrk). A path written "key:/api/v1/..." is sent with "Authorization: Bearer $WRK_KEY": keyed requests are
-- never answered from a cache (Varnish passes them, the instances' memory skips them), so they reach the database.
--   WRK_PATHS="/api/v1/articles?limit=5 key:/api/v1/search?q=OSCE" WRK_KEY=... wrk -s statuses.lua http://127.0.0.1:8180

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

local requests, n, i

function init(args)
  counts = {}
  requests = {}
  local key = os.getenv("WRK_KEY") or ""
  for path in (os.getenv("WRK_PATHS") or ""):gmatch("%S+") do
    local headers = {}
    local keyed = path:match("^key:(.*)$")
    if keyed then
      assert(key ~= "", "WRK_KEY is needed for key: paths")
      headers["Authorization"] = "Bearer " .. key
      path = keyed
    end
    -- JSON for the API; feeds and sitemaps are asked for as a feed reader or a crawler asks (any type).
    headers["Accept"] = path:match("^/api/") and "application/json" or "*/*"
    requests[#requests + 1] = wrk.format("GET", path, headers)
  end
  n = #requests
  -- Each thread starts at its own place in the list, so the mix is the same in every second of the run.
  i = (tid or 1) - 1
end

function request()
  if n == 0 then return wrk.request() end
  i = i % n + 1
  return requests[i]
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, _)
  local all = {}
  for _, t in ipairs(threads) do
    for status, count in pairs(t:get("counts") or {}) do
      all[status] = (all[status] or 0) + count
    end
  end
  local classes = { 0, 0, 0, 0, 0, 0 }
  local codes, total = {}, 0
  for status, count in pairs(all) do
    local c = math.floor(status / 100)
    if c >= 1 and c <= 5 then classes[c] = classes[c] + count end
    codes[#codes + 1] = string.format("%d:%d", status, count)
    total = total + count
  end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format(
    "STATUSES total=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d connect=%d read=%d write=%d timeout=%d p99ms=%.1f codes=%s\n",
    total, classes[2], classes[3], classes[4], classes[5], e.connect, e.read, e.write, e.timeout,
    latency:percentile(99) / 1000, table.concat(codes, ",")))
end
