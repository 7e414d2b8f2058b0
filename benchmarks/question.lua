-- wrk script: each request is a new citizen's question to Tân Thành, so every request is one
-- durable write transaction (question, sender, history step, search entry, audit row).
local counter = 0
-- A global, not a local: wrk's thread:set() writes each thread's own copy of it.
next_thread = 0

function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"organisation_id":"xa-tan-thanh","category":"question","publish_consent":true,' ..
    '"text":"Câu hỏi số %d của luồng %d về đường giao thông nông thôn và đèn chiếu sáng ấp %d",' ..
    '"citizen":{"name":"Công dân %d","phone":"09%02d%06d"}}',
    counter, thread_id, counter % 50, counter, thread_id % 100, counter % 1000000)
  return wrk.format("POST", "/api/v1/questions", {["Content-Type"] = "application/json"}, body)
end
