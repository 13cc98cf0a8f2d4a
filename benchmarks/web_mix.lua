-- wrk script for benchmarks/bench_web.py: the dashboard's seeded route mix, with per-route
-- latency, status counts and errors. Run by bench_web.py; by hand:
--
--   PLEDGEWATCH_WRK_MIX=/tmp/mix.lua wrk -t 50 -c 50 -d 30s --timeout 30s \
--       -s benchmarks/web_mix.lua http://127.0.0.1:8000
--
-- PLEDGEWATCH_WRK_MIX names a Lua file returning {seed = 7, routes = {{label, {path, ...}}, ...}}
-- (bench_web.py writes it from the store). Each wrk thread drives ONE connection (-t equal to
-- -c), so its requests and responses alternate and the time between request() and response()
-- is that request's latency, measured with clock_gettime(CLOCK_MONOTONIC) through LuaJIT's FFI
-- (wrk's Lua has no wall clock of its own). As in the httpx generator, a client picks a route
-- uniformly, then one of its paths. done() prints each thread's record, the route labels and
-- wrk's totals, which bench_web.py parses into per-route p50/p99 and errors.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } pw_timespec;
int clock_gettime(int clk_id, pw_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local timespec = ffi.new("pw_timespec")

local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, timespec)
  return tonumber(timespec.tv_sec) * 1000000 + tonumber(timespec.tv_nsec) / 1000
end

local mix = dofile(os.getenv("PLEDGEWATCH_WRK_MIX"))

-- main state: number the threads so each seeds its own generator
local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

-- thread state: every response appends "route-index status microseconds;" to the global
-- string `record` (wrk's thread:get copies a string reliably; a nested table crashes it)
local pending_route, pending_start
local routes = mix.routes
record = ""

function init(args)
  math.randomseed(mix.seed * 1000 + id)
end

function request()
  local index = math.random(#routes)
  local paths = routes[index][2]
  pending_route = index
  pending_start = now_us()
  return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
  if pending_route == nil then
    return
  end
  record = record .. pending_route .. " " .. status .. " " .. math.floor(now_us() - pending_start) .. ";"
  pending_route = nil
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    io.write("THREAD\t", thread:get("record") or "", "\n")
  end
  for index, route in ipairs(routes) do
    io.write("LABEL\t", index, "\t", route[1], "\n")
  end
  local e = summary.errors
  io.write(string.format("TOTAL\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", summary.requests,
    summary.duration, e.connect, e.read, e.write, e.status, e.timeout))
end
