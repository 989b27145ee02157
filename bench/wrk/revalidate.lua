-- wrk script: conditional GETs. Each line of the file is "<path><TAB><etag>" with the ETag the server sent for that
-- path beforehand; every request carries If-None-Match with it, so a server that honours it answers 304 Not
-- Modified without a body. bench/run.sh compares this with the plain by-slug run (the 304 path should cost less).
--   wrk ... -s revalidate.lua <base-url> -- <paths-and-etags-file>
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require "common"

local requests, n, i

setup = common.setup

function init(args)
  requests = {}
  for _, line in ipairs(common.lines(args[1])) do
    local f = common.fields(line)
    assert(f[2] and f[2] ~= "", "no ETag for " .. f[1])
    requests[#requests + 1] = wrk.format("GET", f[1], { ["Accept"] = "application/json", ["If-None-Match"] = f[2] })
  end
  n = #requests
  i = ((tid or 1) * 7919) % n
end

function request()
  i = i % n + 1
  return requests[i]
end

function done(summary, latency, _)
  common.done(summary, latency)
end
