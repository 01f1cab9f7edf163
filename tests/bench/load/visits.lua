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

-- The cursor is read from the body's tail with a plain find: the server
-- writes members in sorted order ("items", "next_cursor", "total"), so it is
-- in the last few hundred bytes. A pattern match from the start of a
-- 43 KB page cost wrk about 0.45 ms of CPU a page (more than half of the
-- server's own work) on the cores the server shares with it.
local key = '"next_cursor":"'

function response(status, hdrs, body)
   if status == 200 and start then
      local from = #body > 1024 and #body - 1024 or 1
      local _, last = body:find(key, from, true)
      if not last then
         _, last = body:find(key, 1, true)
      end
      local cursor = last and body:match('^([^"]+)"', last + 1)
      if cursor then
         table.insert(cursors, cursor)
      end
   end
end

function done(summary, latency, requests)
   common.done(summary, latency, {"first_pages", "cursor_pages"})
end
