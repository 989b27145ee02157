-- wrk script: a newsroom's mixed load, mostly reads with some edits.
--   wrk ... -s mixed.lua <base-url> -- <reads-file> <targets-file> [write-percent] [admin-key]
-- reads-file: paths to GET in turn (articles by slug, now and then a list page).
-- targets-file: "<article-id><TAB><etag>" per line, the articles that get edited. Each thread edits its own share of
-- them, one request in flight per article: a PATCH (application/merge-patch+json, If-Match with the last ETag,
-- the admin key) that changes the subtitle. The new ETag comes back with the 200. A 412 (someone else changed it
-- first: only possible if something else writes to the same articles) is counted apart, and the article is
-- fetched again with the key before its next edit; so is any other refused edit. An edit lost to a socket error
-- leaves its article out of the rest of the run.
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require "common"

local reads, nreads, r
local targets, byid, ntargets, w
local write_fraction, auth
local verified = false

-- Counters read by done() through thread:get.
writes_ok, writes_412, writes_failed, refreshes = 0, 0, 0, 0
status_2xx, status_3xx, status_4xx, status_5xx = 0, 0, 0, 0

setup = common.setup

function init(args)
  auth = "Bearer " .. (args[4] or os.getenv("BENCH_ADMIN_KEY") or "bench-admin-key")
  write_fraction = (tonumber(args[3]) or 5) / 100
  reads, r = common.gets(args[1])
  nreads = #reads
  -- Threads take the targets in turn (thread k of T: lines k, k+T, ...). The number of threads is not known to a
  -- thread's state, so run.sh passes it in the environment.
  local nthreads = tonumber(os.getenv("BENCH_THREADS")) or 1
  targets, byid = {}, {}
  for k, line in ipairs(common.lines(args[2])) do
    if (k - 1) % nthreads == (tid or 1) - 1 then
      local f = common.fields(line)
      local t = { id = f[1], etag = f[2], busy = false, stale = false, kind = nil }
      targets[#targets + 1] = t
      byid[t.id] = t
    end
  end
  ntargets = #targets
  w = 0
  math.randomseed(1000 + (tid or 1))
end

local function next_read()
  r = r % nreads + 1
  return reads[r]
end

-- The next idle target of this thread, or nil when all have a request in flight.
local function idle_target()
  for _ = 1, ntargets do
    w = w % ntargets + 1
    if not targets[w].busy then return targets[w] end
  end
  return nil
end

function request()
  -- wrk calls request() once before the run to check it: that call must not leave a target marked busy.
  if not verified then
    verified = true
    return next_read()
  end
  if ntargets > 0 and math.random() < write_fraction then
    local t = idle_target()
    if t then
      t.busy = true
      local path = "/api/v1/articles/" .. t.id
      if t.stale then
        t.kind = "refresh"
        return wrk.format("GET", path, { ["Accept"] = "application/json", ["Authorization"] = auth })
      end
      t.kind = "patch"
      local body = string.format('{"subtitle":"Edited by the benchmark, thread %d, edit %d"}', tid or 1,
        writes_ok + writes_412 + 1)
      return wrk.format("PATCH", path, {
        ["Accept"] = "application/json",
        ["Authorization"] = auth,
        ["Content-Type"] = "application/merge-patch+json",
        ["If-Match"] = t.etag,
      }, body)
    end
  end
  return next_read()
end

local function header(headers, name)
  return headers[name] or headers[name:lower()]
end

function response(status, headers, body)
  if status < 300 then status_2xx = status_2xx + 1
  elseif status < 400 then status_3xx = status_3xx + 1
  elseif status < 500 then status_4xx = status_4xx + 1
  else status_5xx = status_5xx + 1 end

  if status >= 400 then
    -- A problem document names the request path in "instance": a refused edit is fetched again before the next.
    local id = body and body:match('"instance"%s*:%s*"/api/v1/articles/([^"]+)"')
    local t = id and byid[id]
    if t then
      if status == 412 then writes_412 = writes_412 + 1 else writes_failed = writes_failed + 1 end
      t.busy, t.stale = false, true
    end
    return
  end
  -- Answers to the writer (PATCH, or the refreshing GET with the key) are private; public reads never are.
  local cc = header(headers, "Cache-Control")
  if status == 200 and cc and cc:find("private", 1, true) and body then
    local id = body:match('^%s*{%s*"id"%s*:%s*"([^"]+)"')
    local t = id and byid[id]
    if t then
      if t.kind == "patch" then writes_ok = writes_ok + 1 else refreshes = refreshes + 1 end
      t.etag = header(headers, "ETag") or t.etag
      t.busy, t.stale = false, false
    end
  end
end

function done(summary, latency, _)
  common.done(summary, latency,
    { "writes_ok", "writes_412", "writes_failed", "refreshes", "status_2xx", "status_3xx", "status_4xx", "status_5xx" })
end
