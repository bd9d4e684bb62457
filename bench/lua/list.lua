-- GET /api/{user_id}/tasks?limit=50: one full page of the newest tasks of a rotating user.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local requests = {}
local next_index = 0

function init(args)
   local users = common.load_users(args[1], tonumber(args[2]))
   for _, user in ipairs(users) do
      table.insert(requests, wrk.format("GET", "/api/" .. user.id .. "/tasks?limit=50",
         { ["Authorization"] = user.auth }))
   end
end

function request()
   next_index = next_index % #requests + 1
   return requests[next_index]
end
