#!/bin/sh
# 起動時間: 空の H2 データベースから /actuator/health が初めて 200 を返すまでの実時間を RUNS 回測ります。
# Start-up: wall time from `java -jar` to the first 200 of /actuator/health, from an empty H2 database in a
# temporary directory, on a free port, RUNS times (5 by default). Run from the repository's root after
#   mvn -B -q -pl leakcheck-server -am package -DskipTests
# Prints one line a run: wall ms, Spring's "Started … in" line, JVM CPU (user+sys) by then, resident memory,
# load average (1 min) just before the start.
set -eu
jar="$(pwd)/leakcheck-server/target/leakcheck-server.jar"
runs="${RUNS:-5}"
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 2; }
hz=$(getconf CLK_TCK)
i=1
while [ "$i" -le "$runs" ]; do
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  (cd "$dir" && exec java -jar "$jar" --server.port="$port" >"$dir/out.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health"; do
    kill -0 "$pid" 2>/dev/null || { echo "run $i: the server ended" >&2; cat "$dir/out.log" >&2; exit 1; }
    sleep 0.05
  done
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu=$(awk -v hz="$hz" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$pid/status")
  started=$(grep -o 'Started LeakcheckServer in .*' "$dir/out.log" || echo '-')
  echo "run $i: ${wall} ms to ready; CPU ${cpu} s; RSS ${rss} MiB; load ${load}; ${started}"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
  i=$((i + 1))
  sleep 5
done
