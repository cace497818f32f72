-- wrk script: POSTs the GraphQL request in $BODY; prints one machine-readable line at the end.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/json"
if os.getenv("AUTHORIZATION") and os.getenv("AUTHORIZATION") ~= "" then
  wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format("RESULT rps=%.1f p50=%.1f p99=%.1f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, errors))
end
