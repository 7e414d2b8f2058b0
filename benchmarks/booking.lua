-- wrk script: each request books a different citizen into the same session (joining the
-- waiting list once the seats are gone), so every request is one durable write transaction.
local session = os.getenv("TIEPDAN_BENCH_SESSION")
local counter = 0
-- A global, not a local: wrk's thread:set() writes each thread's own copy of it.
next_thread = 0

function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

request = function()
  counter = counter + 1
  local phone = string.format("09%02d%06d", thread_id % 100, counter % 1000000)
  local body = string.format(
    '{"session_id":"%s","citizen":{"name":"Công dân %d","phone":"%s"},"subject":"Kiến nghị về đường giao thông","waitlist":true}',
    session, counter, phone)
  return wrk.format("POST", "/api/v1/bookings", {["Content-Type"] = "application/json"}, body)
end
