-- Shared by the benchmark's wrk scripts: reading the prepared request lists, numbering threads, and a done() that
-- prints one parseable "BENCH key=value ..." line (bench/run.sh reads it; latencies in milliseconds).
local M = {}

local threads = {}

-- Lines of a file, without blank ones; fails loudly when the file is missing or empty.
function M.lines(path)
  assert(path, "missing argument: the path of a request list (wrk ... -- <file>)")
  local f = assert(io.open(path, "r"))
  local out = {}
  for line in f:lines() do
    if line ~= "" then out[#out + 1] = line end
  end
  f:close()
  assert(#out > 0, "no requests in " .. path)
  return out
end

-- Splits "a<TAB>b<TAB>c" into fields.
function M.fields(line)
  local out = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do out[#out + 1] = field end
  return out
end

-- GET requests for the lines of a file: "<path>" or "<path><TAB><etag>"; with an ETag the request carries
-- If-None-Match, so a server that honours it answers 304. Returns the list and where this thread starts in it.
function M.gets(path)
  local requests = {}
  for _, line in ipairs(M.lines(path)) do
    local f = M.fields(line)
    local headers = { ["Accept"] = "application/json" }
    if f[2] and f[2] ~= "" then headers["If-None-Match"] = f[2] end
    requests[#requests + 1] = wrk.format("GET", f[1], headers)
  end
  return requests, ((tid or 1) * 7919) % #requests
end

-- Main state: number the threads so each can start at its own place in a list and own its own write targets.
function M.setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

-- Main state, after the run. extra: names of counters kept as globals in the threads' states, summed here.
function M.done(summary, latency, extra)
  local e = summary.errors
  local secs = summary.duration / 1e6
  local line = string.format(
    "BENCH requests=%d duration_s=%.3f rps=%.1f bytes=%d bytes_per_resp=%.0f " ..
    "p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f p999_ms=%.3f max_ms=%.3f mean_ms=%.3f stdev_ms=%.3f " ..
    "err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d",
    summary.requests, secs, summary.requests / secs, summary.bytes,
    summary.requests > 0 and summary.bytes / summary.requests or 0,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000, latency.mean / 1000, latency.stdev / 1000,
    e.connect, e.read, e.write, e.timeout, e.status)
  for _, name in ipairs(extra or {}) do
    local total = 0
    for _, t in ipairs(threads) do total = total + (tonumber(t:get(name)) or 0) end
    line = line .. string.format(" %s=%d", name, total)
  end
  io.write(line .. "\n")
end

return M
