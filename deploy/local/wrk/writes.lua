-- wrk script for the write ceiling (docs/scaling.md): every request creates something new with the admin key, so
-- every one is a committed write (its own transaction, change log row, notification, purge).
--   WRK_KEY=<admin key> WRK_WRITE=tag|article wrk -t2 -c8 -d15s -s deploy/local/wrk/writes.lua http://127.0.0.1:8180
-- "tag": POST /api/v1/tags with a unique name. "article": POST /api/v1/articles, published, with a 600-word Markdown
-- body: an editor publishing a short news piece.
-- Prints "WRITES total=<n> created=<n> other=<n> codes=201:<n>,..." at the end.

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end

local key, kind, count, run, body_text

function init(args)
  counts = {}
  key = assert(os.getenv("WRK_KEY"), "WRK_KEY is needed")
  kind = os.getenv("WRK_WRITE") or "tag"
  count = 0
  run = tostring(os.time()) .. "-" .. tostring(tid or 1)
  local words = {}
  for w = 1, 600 do
    words[w] = ({ "ministers", "OSCE", "Malta", "talks", "Ukraine", "ceasefire", "delegation", "statement" })[w % 8 + 1]
  end
  body_text = table.concat(words, " ")
end

local headers = function()
  return { ["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json",
           ["Accept"] = "application/json" }
end

function request()
  count = count + 1
  local name = "wrk " .. run .. " " .. count
  if kind == "article" then
    local body = '{"title":"' .. name .. '","status":"published","body":"' .. body_text .. '"}'
    return wrk.format("POST", "/api/v1/articles", headers(), body)
  end
  return wrk.format("POST", "/api/v1/tags", headers(), '{"name":"' .. name .. '"}')
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, _)
  local all, total, created = {}, 0, 0
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts") or {}) do
      all[status] = (all[status] or 0) + n
    end
  end
  local codes = {}
  for status, n in pairs(all) do
    total = total + n
    if status == 201 then created = created + n end
    codes[#codes + 1] = status .. ":" .. n
  end
  table.sort(codes)
  io.write(string.format("WRITES total=%d created=%d other=%d codes=%s p50_ms=%.1f p99_ms=%.1f\n", total, created,
    total - created, table.concat(codes, ","), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
