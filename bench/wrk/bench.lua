-- wrk script of the benchmark harness: adds the bearer token (BENCH_AUTH) and an optional Prefer header
-- (BENCH_PREFER), counts answers per status and 503s carrying Retry-After, and prints one JSON line
-- (prefix BENCH_JSON) with throughput and latency percentiles (microseconds) for bench/run.sh to collect.
local auth = os.getenv("BENCH_AUTH")
local prefer = os.getenv("BENCH_PREFER")
if auth and auth ~= "" then wrk.headers["Authorization"] = "Bearer " .. auth end
if prefer and prefer ~= "" then wrk.headers["Prefer"] = prefer end
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  retry_after = 0
end

function response(status, headers, body)
  local key = tostring(status)
  statuses[key] = (statuses[key] or 0) + 1
  if status == 503 and (headers["Retry-After"] or headers["retry-after"]) then
    retry_after = retry_after + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local with_retry_after = 0
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, n in pairs(counts) do total[status] = (total[status] or 0) + n end
    with_retry_after = with_retry_after + thread:get("retry_after")
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, string.format('"%s":%d', status, n)) end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"maxUs":%d,"meanUs":%.1f,'
      .. '"statuses":{%s},"retryAfter503":%d,"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean, table.concat(parts, ","), with_retry_after, e.connect, e.read, e.write, e.timeout))
end
