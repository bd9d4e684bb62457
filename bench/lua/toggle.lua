-- PATCH /api/{user_id}/tasks/{id}/complete without a body: toggles a seeded task. The rotation keeps
-- concurrent requests on distinct tasks, so no response is a legitimate conflict.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(dir .. "common.lua")

local next_task

function init(args)
   next_task = common.rotation(common.load_users(args[1], tonumber(args[2])))
end

function request()
   local user, id = next_task()
   return wrk.format("PATCH", "/api/" .. user.id .. "/tasks/" .. id .. "/complete",
      { ["Authorization"] = user.auth })
end
