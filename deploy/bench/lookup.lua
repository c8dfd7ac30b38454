-- wrk: POST /v1/lookup/by-id-number for each citizen of CITIZENS (token, ID number, date of birth per line) in turn.
local citizens = {}
for line in io.lines(os.getenv("CITIZENS")) do
  local token, idNumber, born = line:match("([^\t]+)\t([^\t]+)\t([^\t]+)")
  citizens[#citizens + 1] = {token = token, body = '{"idNumber":"' .. idNumber .. '","dateOfBirth":"' .. born .. '"}'}
end
local i = 0

request = function()
  i = i % #citizens + 1
  local citizen = citizens[i]
  return wrk.format("POST", "/v1/lookup/by-id-number",
    {["Authorization"] = "Bearer " .. citizen.token, ["Content-Type"] = "application/json"}, citizen.body)
end

response = function(status)
  if status ~= 200 then error("lookup answered " .. status) end
end
