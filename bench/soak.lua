-- wrk script for bench/soak.sh: mixed traffic, four requests in five a reader's page, one an administrator's
-- (signed in: SOAK_COOKIE), each connection waiting SOAK_DELAY_MS before its next request to hold a rate.
local public = {
  "/?lang=zh-TW", "/meetings.xhtml?lang=en", "/oda.xhtml", "/countries.xhtml?lang=zh-TW",
  "/country.xhtml?id=1002&lang=en", "/timeline.xhtml?lang=en", "/sources.xhtml", "/source.xhtml?id=2035",
  "/api/v1/meetings", "/visits.xhtml?lang=en",
}
local staff = { "/staff/sources.xhtml", "/staff/source.xhtml?id=2035", "/admin/records.xhtml", "/admin/history.xhtml?id=1600" }
local cookie = os.getenv("SOAK_COOKIE") or ""
local pause = tonumber(os.getenv("SOAK_DELAY_MS") or "0")
local counter = 0

request = function()
  counter = counter + 1
  if counter % 5 == 0 then
    return wrk.format("GET", staff[math.random(#staff)], { ["Cookie"] = cookie })
  end
  return wrk.format("GET", public[math.random(#public)])
end

delay = function()
  return pause
end
