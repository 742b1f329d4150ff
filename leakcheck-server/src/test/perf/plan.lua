-- wrk で POST /api/plans を測るスクリプト: 事案 JSON を本文にして計画を求め続けます。
-- wrk script for POST /api/plans: asks for the plan of one incident JSON, over and over.
--   wrk -t2 -c8 -d30s --latency -s leakcheck-server/src/test/perf/plan.lua \
--       'http://localhost:PORT/api/plans?lang=ja' -- leakcheck-cli/samples/email-misdelivery.json
-- The argument after "--" is the incident (the email sample by default), read once per thread.
-- A non-2xx answer is counted by wrk ("Non-2xx or 3xx responses"); no response() function, so that the load
-- generator, which shares the machine's cores with the server, does no more work than sending.

function init(args)
  local path = args[1] or "leakcheck-cli/samples/email-misdelivery.json"
  local file = assert(io.open(path, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Accept"] = "application/json"
end
