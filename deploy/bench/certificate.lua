-- wrk: GET /v1/subjects/BENCH-i/certificate as HC1 text, i = 1 … SUBJECTS in turn, as the ministry (TOKEN).
local token = os.getenv("TOKEN")
local subjects = tonumber(os.getenv("SUBJECTS") or "1000")
local i = 0

request = function()
  i = i % subjects + 1
  return wrk.format("GET", "/v1/subjects/BENCH-" .. i .. "/certificate",
    {["Authorization"] = "Bearer " .. token, ["Accept"] = "text/plain"})
end

response = function(status)
  if status ~= 200 then error("certificate answered " .. status) end
end
