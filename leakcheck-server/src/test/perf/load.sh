#!/bin/sh
# 負荷: サーバーを起動し、30 秒のウォームアップの後、POST /api/plans を wrk で測ります（既定: 8 接続で 30 秒を 2 回、
# 1 接続で 30 秒を 1 回）。
# Load: starts the server (an empty H2 database in a temporary directory, a free port), waits for it, warms it
# up with one wrk run (WARMUP, 120 s by default: on 2 shared cores the JIT's second compiler is still busy
# after 30 s), then measures POST /api/plans with plan.lua, one wrk run per configuration of
# LOADS, separated by "|" (default: 8 connections for 30 s twice, then 1 connection for 30 s). Each run also
# prints the server's CPU time and GC time during it.
# Run from the repository's root after `mvn -B -q -pl leakcheck-server -am package -DskipTests`;
# needs wrk (Debian: apt-get install wrk). SAMPLE=… changes the incident.
set -eu
jar="$(pwd)/leakcheck-server/target/leakcheck-server.jar"
script="$(pwd)/leakcheck-server/src/test/perf/plan.lua"
sample="$(pwd)/${SAMPLE:-leakcheck-cli/samples/email-misdelivery.json}"
warmup="${WARMUP:-120s}"
loads="${LOADS:--t2 -c8 -d30s|-t2 -c8 -d30s|-t1 -c1 -d30s}"
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 2; }
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$dir" && exec java -jar "$jar" --server.port="$port" >"$dir/out.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do
  kill -0 "$pid" 2>/dev/null || { cat "$dir/out.log" >&2; exit 1; }
  sleep 0.2
done
url="http://localhost:$port/api/plans?lang=ja"
status=$(curl -s -o "$dir/plan.json" -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "@$sample" "$url")
echo "one plan: HTTP $status, $(wc -c < "$dir/plan.json") bytes of plan JSON for $(wc -c < "$sample") bytes of incident"
echo "--- warm-up of $warmup (not counted)"
wrk -t2 -c8 -d"$warmup" -s "$script" "$url" -- "$sample" | grep -E 'Requests/sec|Non-2xx|Socket errors' || true
gc() { jstat -gc "$pid" | awk 'NR == 2 {print $NF}'; }
jit() { cat /proc/"$pid"/task/*/stat | awk '/\(C[12] CompilerThre/ {sum += $(NF - 38) + $(NF - 37)} END {print sum + 0}'; }
hz=$(getconf CLK_TCK)
old_ifs=$IFS
IFS='|'
for load in $loads; do
  IFS=$old_ifs
  cpu0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); gc0=$(gc); jit0=$(jit)
  echo "--- wrk $load --latency; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086
  wrk $load --latency -s "$script" "$url" -- "$sample"
  cpu1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); gc1=$(gc); jit1=$(jit)
  echo "server during the run: JIT compiler threads $(awk -v a="$jit0" -v b="$jit1" -v hz="$hz" 'BEGIN {printf "%.1f", (b - a) / hz}') s, all CPU $(awk -v a="$cpu0" -v b="$cpu1" -v hz="$hz" 'BEGIN {printf "%.1f", (b - a) / hz}') s, GC $(awk -v a="$gc0" -v b="$gc1" 'BEGIN {printf "%.1f", b - a}') s"
  IFS='|'
done
IFS=$old_ifs
echo "--- load after: $(cut -d' ' -f1-3 /proc/loadavg)"
