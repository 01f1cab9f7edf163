-- GET /.well-known/privacy-dashboard: the floor (same server, TLS, keep-alive,
-- the smallest public endpoint), to compare the data pages with.
local common = dofile(os.getenv("PD_LOAD_DIR") .. "/common.lua")
setup = common.setup
wrk.method = "GET"
wrk.path = "/.well-known/privacy-dashboard"
function done(summary, latency, requests)
   common.done(summary, latency)
end
