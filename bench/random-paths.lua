-- wrk script: every request asks for a path picked at random from the file named by BENCH_PATHS.
-- With thousands of different addresses the portal's page cache seldom holds the answer, so this
-- measures what rendering a page costs, not what serving a kept one costs.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
math.randomseed(os.time())

request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end
