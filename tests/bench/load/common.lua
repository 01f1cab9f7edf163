-- Shared by the load scripts of scripts/bench-server-load: the summary line
-- the script parses, and per-thread counters summed over wrk's threads.
-- wrk runs one Lua state per thread; setup() runs in the main state and sees
-- every thread, done() reads their counters back.
local common = {}
local threads = {}
local next_thread = 0

function common.setup(thread)
   thread:set("thread_index", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

-- One line: LOAD requests=N duration_s=S rps=R p50_ms=A p99_ms=B errors=E
-- (errors: connect, read, write, timeout and non-2xx/3xx statuses), plus
-- the sum of each named thread counter.
function common.done(summary, latency, counters)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout + summary.errors.status
   local seconds = summary.duration / 1e6
   local line = string.format(
      "LOAD requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d"
         .. " connect=%d read=%d write=%d timeout=%d status=%d",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors,
      summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
      summary.errors.status)
   for _, name in ipairs(counters or {}) do
      local total = 0
      for _, thread in ipairs(threads) do
         total = total + (tonumber(thread:get(name)) or 0)
      end
      line = line .. string.format(" %s=%d", name, total)
   end
   io.write(line .. "\n")
end

return common
