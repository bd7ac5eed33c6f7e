-- wrk script for the search benchmark: each request is the next query of the list file given after `--`
-- (bench/search-queries.txt), each thread starting at a different place; at the end it prints one key=value line
-- that bench/run reads (latencies in milliseconds, non2xx = responses that were not 2xx).
local queries = {}
local next_query = 1

local function load(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      list[#list + 1] = "/api/search?" .. line
    end
  end
  return list
end

local thread_number = 0
function setup(thread)
  thread_number = thread_number + 1
  thread:set("start", thread_number)
end

function init(args)
  queries = load(args[1] or "bench/search-queries.txt")
  next_query = ((tonumber(start) or 1) * 7) % #queries + 1
end

function request()
  local path = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "wrk requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
