#!/usr/bin/env bash
# The integration suite against Debian's PostgreSQL 15, the oldest server in common use that CI can install,
# so that syntax only newer servers accept (the embedded server is 18) fails here rather than on a deployment.
# Starts a throwaway cluster in a temp dir on a free port, runs `npm test -- --only=integration` against it (or the
# command given, with the integration suite pointed at it), and removes the cluster on exit. Called by .ci/run; runs
# by hand too (as root, or with sudo for apt).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)

PG_BIN=/usr/lib/postgresql/15/bin
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

if [ ! -x "$PG_BIN/postgres" ]; then
  echo "== installing PostgreSQL 15"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql-15 >/dev/null
fi

# As root the server must run as `postgres`, so the cluster lives under /tmp (CI clones into a mode-700 folder).
if [ "$(id -u)" -eq 0 ]; then AS_SERVER_USER=(runuser -u postgres --); else AS_SERVER_USER=(); fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/mse-pg15-XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"

cleanup() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${AS_SERVER_USER[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

password=$(node -e 'console.log(require("node:crypto").randomBytes(18).toString("base64url"))')
port=$(node -e 'const s=require("node:net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
printf '%s\n' "$password" >"$dir/pwfile"
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pwfile"

"${AS_SERVER_USER[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" --auth=scram-sha-256 \
  --encoding=UTF8 --locale=C.UTF-8 >/dev/null
rm -f "$dir/pwfile"
# The same settings as the embedded test server: loopback only, room for parallel test files, and no
# durability (a throwaway cluster need not survive a power cut).
"${AS_SERVER_USER[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
  "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=200 -c timezone=UTC -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
echo "== PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

status=0
# With a command (CI: `npm test`), it runs with the integration suite pointed at this server (INTEGRATION_DATABASE_URL,
# scripts/test.ts) and everything else as usual; without one, the integration suite alone runs here.
url="postgresql://postgres:$password@127.0.0.1:$port/postgres"
if [ "$#" -gt 0 ]; then
  INTEGRATION_DATABASE_URL="$url" "$@" || status=$?
else
  DATABASE_URL="$url" npm test -- --only=integration || status=$?
fi
[ "$status" -ne 0 ] && tail -n 30 "$dir/server.log" || true
echo "with PostgreSQL 15: took $(( $(date +%s) - started ))s"
exit "$status"
