-- wrk script of papergraph's benchmark harness: cycles through request paths read from a file, one a line.
-- Usage: wrk ... -s cycle.lua URL -- PATHS THREADS
-- Thread i (of THREADS) takes lines i+1, i+1+THREADS, ... in the file's order (the harness writes them in a seeded
-- random order), so each pass of all threads asks for each path once.

local threads = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  local file, n = args[1], tonumber(args[2])
  if file == nil or n == nil then error("usage: wrk ... -s cycle.lua URL -- PATHS THREADS") end
  paths = {}
  local i = 0
  for line in io.lines(file) do
    if line ~= "" then
      if i % n == index then paths[#paths + 1] = line end
      i = i + 1
    end
  end
  if #paths == 0 then error("no paths for thread " .. index .. " in " .. file) end
  pos = 1
end

function request()
  local path = paths[pos]
  pos = pos % #paths + 1
  return wrk.format(nil, path)
end
