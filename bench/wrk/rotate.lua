-- wrk script: GETs the paths listed in a file (one per line), in turn, each thread starting at its own place.
-- Serves the by-slug, list page 1, deep tag list (cursor pages), and search scenarios of bench/run.sh, against
-- Dateline and against nginx serving the same bytes; and the revalidate scenario, whose lines are
-- "<path><TAB><etag>": each request then carries If-None-Match (304s).
--   wrk ... -s rotate.lua <base-url> -- <paths-file>
package.path = (debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "?.lua;" .. package.path
local common = require "common"

local requests, n, i

setup = common.setup

function init(args)
  requests, i = common.gets(args[1])
  n = #requests
end

function request()
  i = i % n + 1
  return requests[i]
end

function done(summary, latency, _)
  common.done(summary, latency)
end
