-- Sign-in with password and TOTP: POST /api/v1/auth/password, then POST
-- /api/v1/auth/totp with the challenge it answered. Each sign-in uses an
-- account of its own (a TOTP code is accepted once per account and time
-- step); the accounts share one TOTP secret, so one code serves them all.
-- Environment: PD_EMAIL_FORMAT (e.g. "load-%d@example.com"), PD_ACCOUNTS
-- (how many), PD_ACCOUNT_OFFSET (optional), PD_PASSWORD, PD_TOTP_CODE. The latency figures mix both steps;
-- the completed sign-ins are counted as `signins`.
local common = dofile(os.getenv("PD_LOAD_DIR") .. "/common.lua")
setup = common.setup

local headers = {["Content-Type"] = "application/json"}
local challenges = {}
local next_account
local stride
local accounts
signins = 0
exhausted = 0

function init(args)
   -- Thread i uses accounts i, i + stride, i + 2 * stride, ...
   -- PD_ACCOUNT_OFFSET: the first account (a second run beside another
   -- must not reuse the first run's accounts).
   next_account = wrk.thread:get("thread_index") + tonumber(os.getenv("PD_ACCOUNT_OFFSET") or "0")
   stride = tonumber(os.getenv("PD_THREADS"))
   accounts = tonumber(os.getenv("PD_ACCOUNTS"))
end

function request()
   local challenge = table.remove(challenges)
   if challenge then
      return wrk.format("POST", "/api/v1/auth/totp", headers,
         '{"challenge_id":"' .. challenge .. '","code":"' .. os.getenv("PD_TOTP_CODE") .. '"}')
   end
   if next_account >= accounts then
      -- Out of unused accounts: ask for the discovery document rather than
      -- reuse one (a reused code is a failure by design).
      exhausted = exhausted + 1
      wrk.thread:set("exhausted", exhausted)
      return wrk.format("GET", "/.well-known/privacy-dashboard")
   end
   local email = string.format(os.getenv("PD_EMAIL_FORMAT"), next_account)
   next_account = next_account + stride
   return wrk.format("POST", "/api/v1/auth/password", headers,
      '{"email":"' .. email .. '","password":"' .. os.getenv("PD_PASSWORD")
         .. '","device_name":"load test"}')
end

function response(status, hdrs, body)
   if status == 200 then
      local challenge = body:match('"challenge_id"%s*:%s*"([^"]+)"')
      if challenge then
         table.insert(challenges, challenge)
      elseif body:match('"access_token"') then
         signins = signins + 1
         wrk.thread:set("signins", signins)
      end
   end
end

function done(summary, latency, requests)
   common.done(summary, latency, {"signins", "exhausted"})
end
