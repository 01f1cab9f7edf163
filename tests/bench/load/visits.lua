-- GET /api/v1/visits. Environment: PD_TOKEN (bearer), PD_LIMIT (page size,
-- default 100), and either
--   PD_START_CURSOR set: walk the pages the way the app's sync does, each
--     answer's next_cursor asked for next (by whichever connection of the
--     thread is free); a walk that ends starts again at PD_START_CURSOR (the
--     second page of one walk, fetched once by the script), or
--   PD_START_CURSOR unset: only first pages, each of which counts the
--     account's rows for `total`.
local common = dofile(os.getenv("PD_LOAD_DIR") .. "/common.lua")
setup = common.setup

local headers = {}
local limit = os.getenv("PD_LIMIT") or "100"
local start = os.getenv("PD_START_CURSOR")
local cursors = {}
first_pages = 0
cursor_pages = 0

function init(args)
   headers["Authorization"] = "Bearer " .. os.getenv("PD_TOKEN")
   headers["Accept"] = "application/json"
end

function request()
   local cursor = table.remove(cursors) or start
   if cursor and cursor ~= "" then
      cursor_pages = cursor_pages + 1
      wrk.thread:set("cursor_pages", cursor_pages)
      return wrk.format("GET", "/api/v1/visits?limit=" .. limit .. "&cursor=" .. cursor, headers)
   end
   first_pages = first_pages + 1
   wrk.thread:set("first_pages", first_pages)
   return wrk.format("GET", "/api/v1/visits?limit=" .. limit, headers)
end

function response(status, hdrs, body)
   if status == 200 and start then
      local cursor = body:match('"next_cursor"%s*:%s*"([^"]+)"')
      if cursor then
         table.insert(cursors, cursor)
      end
   end
end

function done(summary, latency, requests)
   common.done(summary, latency, {"first_pages", "cursor_pages"})
end
