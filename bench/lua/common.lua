-- Shared by the load scripts: reads the users (id, token, range of seeded task ids), gives each wrk
-- thread its own disjoint share of them, rotates through that share in a fixed order, counts every
-- response that is not 2xx, and prints one machine-readable RESULT line when the run ends.
--
-- Script arguments (after "--" on the wrk command line): users file, number of wrk threads.

local common = {}

local threads = {}

-- Runs in wrk's main Lua state, once per thread, before that thread's init().
function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

bad = 0
bad_codes = {}

function common.load_users(path, thread_count)
   local users = {}
   local n = 0
   for line in io.lines(path) do
      local id, token, first, last = line:match("^(%S+)\t(%S+)\t(%d+)\t(%d+)$")
      if id then
         if n % thread_count == thread_index then
            table.insert(users, {
               id = id,
               auth = "Bearer " .. token,
               first = tonumber(first),
               count = tonumber(last) - tonumber(first) + 1,
            })
         end
         n = n + 1
      end
   end
   assert(#users > 0, "no users for thread " .. tostring(thread_index) .. " in " .. path)
   return users
end

-- Walks users fastest and tasks slowest, so requests in flight at the same time never share a task
-- as long as the connections of a thread are fewer than its users times their tasks.
function common.rotation(users)
   local k = 0
   return function()
      local user = users[(k % #users) + 1]
      local offset = math.floor(k / #users) % user.count
      k = k + 1
      return user, user.first + offset
   end
end

function response(status)
   if status < 200 or status > 299 then
      bad = bad + 1
      bad_codes[status] = (bad_codes[status] or 0) + 1
   end
end

function done(summary, latency, requests)
   local non2xx = 0
   local codes = {}
   for _, thread in ipairs(threads) do
      non2xx = non2xx + (thread:get("bad") or 0)
      local by_code = thread:get("bad_codes") or {}
      for code, count in pairs(by_code) do
         codes[code] = (codes[code] or 0) + count
      end
   end
   local listed = {}
   for code, count in pairs(codes) do
      table.insert(listed, code .. ":" .. count)
   end
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f max_ms=%.3f non2xx=%d "
         .. "socket_errors=%d timeouts=%d codes=%s\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, non2xx, e.connect + e.read + e.write, e.timeout,
      #listed > 0 and table.concat(listed, ",") or "-"))
end

return common
