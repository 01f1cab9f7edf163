-- POST /api/v1/requests: a restriction-of-processing request (no archive,
-- no re-authentication), each with an Idempotency-Key of its own.
-- Environment: PD_TOKEN (bearer).
local common = dofile(os.getenv("PD_LOAD_DIR") .. "/common.lua")
setup = common.setup

local headers = {}
local body = '{"type":"restrict","payload":{"processing":["load test"],'
   .. '"reason":"Filed by scripts/bench-server-load"}}'
local sent = 0
local prefix

function init(args)
   headers["Authorization"] = "Bearer " .. os.getenv("PD_TOKEN")
   headers["Content-Type"] = "application/json"
   -- Unique across threads and across runs on the same database.
   prefix = string.format("load-%d-%d-", os.time(), wrk.thread:get("thread_index"))
end

function request()
   sent = sent + 1
   headers["Idempotency-Key"] = prefix .. sent
   return wrk.format("POST", "/api/v1/requests", headers, body)
end

function done(summary, latency, requests)
   common.done(summary, latency)
end
