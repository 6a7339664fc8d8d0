-- wrk script for deploy/bench.sh: replays the requests listed in the file named by BENCH_REQUESTS, one per line,
-- "path<TAB>cookie<TAB>body<TAB>expected" (all but the path may be empty; a body makes a Faces Ajax POST), round
-- robin, so 32 connections act as up to 32 users with their own sessions. Answers that are not 200 are counted as
-- bad, and so is an Ajax answer without its line's expected text (a save that is not confirmed, a table that did
-- not come back): with one connection per thread (-t32 -c32) each answer belongs to the thread's last request.
-- The counts are printed at the end as "bad N".
local lines = {}
local index = 0
local last = nil
bad = 0  -- global: done() reads it from each thread
local threads = {}

-- Each thread takes every other line (by its id), so two threads never hold the same session at once.
local function load(thread_id, thread_count)
  local f = assert(io.open(os.getenv("BENCH_REQUESTS"), "r"))
  local all = {}
  for line in f:lines() do
    local path, cookie, body, expected = line:match("^([^\t]*)\t?([^\t]*)\t?([^\t]*)\t?(.*)$")
    if path and path ~= "" then
      table.insert(all, {path = path, cookie = cookie, body = body, expected = expected})
    end
  end
  f:close()
  for k, r in ipairs(all) do
    if #all < thread_count or (k - 1) % thread_count == thread_id then
      table.insert(lines, r)
    end
  end
end

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  load(id or 0, tonumber(os.getenv("BENCH_THREADS") or "2"))
  -- Every thread has a Lua state of its own, each starting math.random from the same seed: with one connection per
  -- thread (the saves' -t32 -c32) all 32 users then drew the same pauses and clicked in step, 32 saves arriving at
  -- once every round. A seed per thread (fixed, so runs stay comparable) spreads them as independent users.
  math.randomseed(7919 * ((id or 0) + 1))
end

-- BENCH_PAUSE_MS: each connection waits about that long (half to one and a half times) before each request, as a user
-- reads and types between two clicks; unset or 0, requests follow each other without a pause.
local pause = tonumber(os.getenv("BENCH_PAUSE_MS") or "0") or 0
if pause > 0 then
  function delay()
    return math.random(math.floor(pause / 2), math.floor(pause * 3 / 2))
  end
end

function request()
  index = index % #lines + 1
  last = lines[index]
  local headers = {}
  if last.cookie ~= "" then headers["Cookie"] = last.cookie end
  if last.body ~= "" then
    headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
    headers["Faces-Request"] = "partial/ajax"
    return wrk.format("POST", last.path, headers, last.body)
  end
  return wrk.format("GET", last.path, headers)
end

codes = ""  -- global: the statuses other than 200 seen by this thread, for the report

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
    if not codes:find(tostring(status), 1, true) then codes = codes .. " " .. status end
  elseif body and body:find("<partial-response", 1, true) then
    local expected = last and last.body ~= "" and last.expected or ""
    if body:find("<error>", 1, true) or (expected ~= "" and not body:find(expected, 1, true)) then
      bad = bad + 1
    end
  end
end

function done(summary, latency, requests)
  local total, seen = 0, ""
  for _, t in ipairs(threads) do
    total = total + (t:get("bad") or 0)
    seen = seen .. (t:get("codes") or "")
  end
  io.write(string.format("bad %d\n", total))
  if seen ~= "" then io.write("statuses" .. seen .. "\n") end
end
