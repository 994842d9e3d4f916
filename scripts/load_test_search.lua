-- wrk script for scripts/load-test: GET /api/search?q=<query>, rotating through a query file
-- (one query a line), URL-encoded. Each thread starts at a different offset so the threads do
-- not send the same queries at the same time.
--   wrk ... -s scripts/load_test_search.lua http://127.0.0.1:PORT -- QUERY_FILE

local counter = 1
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local path = args[1] or error("load_test_search.lua: give the query file after --")
  paths = {}
  for line in io.lines(path) do
    line = line:gsub("^%s+", ""):gsub("%s+$", "")
    if line ~= "" then table.insert(paths, "/api/search?q=" .. urlencode(line)) end
  end
  if #paths == 0 then error("load_test_search.lua: no queries in " .. path) end
  -- Spread the threads over the file (thread_number is set in setup).
  counter = ((thread_number or 0) * 997) % #paths + 1
end

function request()
  local path = paths[counter]
  counter = counter % #paths + 1
  return wrk.format("GET", path)
end
