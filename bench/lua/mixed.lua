-- Warm-up: list, get, toggle and create in turn, so that every code path the timed runs take is
-- compiled before they start.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local next_task
local turn = 0
local body = '{"title":"Warm-up task","description":"Created while warming up.","priority":"low","tags":["warm-up"]}'

-- A third script argument "peer" posts the peer's body (priority as a number, no tags).
function init(args)
   next_task = common.rotation(common.load_users(args[1], tonumber(args[2])))
   if args[3] == "peer" then
      body = '{"title":"Warm-up task","description":"Created while warming up.","priority":1}'
   end
end

function request()
   local user, id = next_task()
   local auth = { ["Authorization"] = user.auth }
   turn = turn % 4 + 1
   if turn == 1 then
      return wrk.format("GET", "/api/" .. user.id .. "/tasks?limit=50", auth)
   elseif turn == 2 then
      return wrk.format("GET", "/api/" .. user.id .. "/tasks/" .. id, auth)
   elseif turn == 3 then
      return wrk.format("PATCH", "/api/" .. user.id .. "/tasks/" .. id .. "/complete", auth)
   end
   auth["Content-Type"] = "application/json"
   return wrk.format("POST", "/api/" .. user.id .. "/tasks", auth, body)
end
