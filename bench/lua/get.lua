-- GET /api/{user_id}/tasks/{id}: one seeded task, rotating over users and their tasks.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local next_task

function init(args)
   next_task = common.rotation(common.load_users(args[1], tonumber(args[2])))
end

function request()
   local user, id = next_task()
   return wrk.format("GET", "/api/" .. user.id .. "/tasks/" .. id, { ["Authorization"] = user.auth })
end
