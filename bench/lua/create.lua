-- POST /api/{user_id}/tasks: a new task for a rotating user, with a description, a priority and tags.
-- A third script argument "peer" posts the peer's body instead: the same title and description, the
-- priority as its number (the peer's API), no tags (the peer has none).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local requests = {}
local next_index = 0
local priorities = { "low", "medium", "high" }

function init(args)
   local users = common.load_users(args[1], tonumber(args[2]))
   local peer = args[3] == "peer"
   for variant = 1, 3 do
      local body
      if peer then
         body = string.format('{"title":"Load test task %d","description":"Created by the benchmark to measure inserts.",'
            .. '"priority":%d}', variant, variant)
      else
         body = string.format('{"title":"Load test task %d","description":"Created by the benchmark to measure inserts.",'
            .. '"priority":"%s","tags":["bench","load-%d"]}', variant, priorities[variant], variant)
      end
      for _, user in ipairs(users) do
         table.insert(requests, wrk.format("POST", "/api/" .. user.id .. "/tasks",
            { ["Authorization"] = user.auth, ["Content-Type"] = "application/json" }, body))
      end
   end
end

function request()
   next_index = next_index % #requests + 1
   return requests[next_index]
end
