#!/usr/bin/env bash
# Idle node: CPU of one tool node and the transactions it makes PostgreSQL run while nobody uses it
# (docs/performance.md, "Nœud au repos / Idle node"). Run from the repository root after
#   mvn -B -ntp -q -pl lti-tool -am test-compile dependency:build-classpath -Dmdep.outputFile=target/runtime.cp
# Usage: lti-tool/src/test/sh/idle-node.sh <name> <http port> <pg port> <seconds> [extra tool arguments...]
# (CLASSES=<dir>: the tool classes to run, by default lti-tool/target/classes)
set -euo pipefail
name=$1 port=$2 pgport=$3 seconds=$4
shift 4
dir=$(mktemp -d)
# the libraries from this build, not from the local Maven repository
cp="${CLASSES:-lti-tool/target/classes}:moodle-sync/target/classes:competency-framework/target/classes"
cp="$cp:$(tr ':' '\n' < lti-tool/target/runtime.cp | grep -v '/fr/plume/' | paste -sd:)"
PLUME_SECRET_KEY=idle-measure-secret-key-0123456789 PLUME_ADMIN_PASSWORD=idle-measure-password \
  java -Xmx512m -cp "$cp" fr.plume.tool.PlumeApplication \
  --server.port="$port" --plume.db.embedded.data-dir="$dir/pg" --plume.db.embedded.port="$pgport" "$@" \
  >"$dir/tool.log" 2>&1 &
pid=$!
trap 'kill $pid; wait $pid || true; rm -rf "$dir"' EXIT
until curl -fsS "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 2; done
# Start-up work (migrations, exposure-control calibration in the background) is not idle time.
for _ in $(seq 60); do grep -q "event=exposure-control.computed mode=CERTIFICATION" "$dir/tool.log" && break; sleep 5; done
sleep 60
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
commits() { psql -h localhost -p "$pgport" -U postgres -d postgres -Atc \
  "SELECT sum(xact_commit + xact_rollback) FROM pg_stat_database"; }
pgticks() { local t=0; for p in $(pgrep -f -- "-D $dir/pg" ; pgrep -P "$(pgrep -f -- "-D $dir/pg" | head -1)"); do
  t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
c0=$(ticks); x0=$(commits); g0=$(pgticks)
sleep "$seconds"
c1=$(ticks); x1=$(commits); g1=$(pgticks)
hz=$(getconf CLK_TCK)
awk -v n="$name" -v c=$((c1 - c0)) -v x=$((x1 - x0 - 1)) -v g=$((g1 - g0)) -v s="$seconds" -v hz="$hz" 'BEGIN {
  printf "%s: tool CPU %.2f s in %d s = %.3f %% of a core; PostgreSQL CPU %.2f s = %.3f %%; %.1f transactions/min\n",
    n, c / hz, s, 100 * c / hz / s, g / hz, 100 * g / hz / s, x * 60 / s }'
