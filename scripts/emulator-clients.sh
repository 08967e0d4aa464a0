#!/usr/bin/env bash
# Runs the boto3 and AWS SDK for JavaScript v3 workflows against the standalone emulator server,
# signatures on: starts the server's jar on a free port, runs both workflows with the environment it
# prints, then stops it with SIGTERM and checks that it stopped cleanly.
#
#   scripts/emulator-clients.sh [path/to/partnercentral-selling-emulator-server-*.jar]
#
# Needs python3 (with venv) and node >= 20 with npm. Creates target/emulator-clients/venv from PyPI
# (boto3 pinned in sdk-emulator-server/clients/python/requirements.txt) and installs the JavaScript
# client from sdk-emulator-server/clients/js/package-lock.json; both retried, as networks fail.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-$(ls sdk-emulator-server/target/partnercentral-selling-emulator-server-*.jar 2>/dev/null | grep -v -e -sources -e -javadoc | head -1)}
[[ -f "${jar}" ]] || { echo "no emulator server jar; build it: mvn -B -q -pl sdk-emulator-server -am -DskipTests package" >&2; exit 1; }
work=target/emulator-clients
mkdir -p "${work}"

retry() { # attempts, command...: the command, retried with a growing pause
  local attempts=$1 n=1
  shift
  until "$@"; do
    if ((n >= attempts)); then
      return 1
    fi
    echo "failed ($n of ${attempts}), retrying: $*" >&2
    sleep $((n * 5))
    n=$((n + 1))
  done
}

if [[ ! -x "${work}/venv/bin/python" ]]; then
  python3 -m venv "${work}/venv"
fi
retry 3 "${work}/venv/bin/pip" install -q --disable-pip-version-check -r sdk-emulator-server/clients/python/requirements.txt
retry 3 npm ci --prefix sdk-emulator-server/clients/js --no-audit --no-fund --loglevel=error

log=${work}/server.log
java -Xmx256m -jar "${jar}" --port 0 > "${log}" 2>&1 &
server=$!
stop_server() {
  if kill -0 "${server}" 2>/dev/null; then
    kill -TERM "${server}"
    wait "${server}" || true
  fi
}
trap stop_server EXIT
for _ in $(seq 1 120); do
  grep -q '^Partner Central Selling emulator listening on ' "${log}" && break
  kill -0 "${server}" 2>/dev/null || { cat "${log}"; echo "the emulator server exited" >&2; exit 1; }
  sleep 0.5
done
cat "${log}"
# The banner's export lines: the endpoint, the dummy keys and the region, as a user would paste them.
eval "$(sed -n 's/^  export /export /p' "${log}")"
[[ -n "${AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING:-}" ]] || { echo "the server printed no endpoint" >&2; exit 1; }
curl -fsS "${AWS_ENDPOINT_URL_PARTNERCENTRAL_SELLING}/_emulator/health"
echo

echo "--- boto3 workflow"
(cd sdk-emulator-server/clients/python && "../../../${work}/venv/bin/python" -m unittest -v test_workflow.py)
echo "--- AWS SDK for JavaScript v3 workflow"
(cd sdk-emulator-server/clients/js && node --test)

trap - EXIT
kill -TERM "${server}"
status=0
wait "${server}" || status=$?
# The JVM answers SIGTERM with its shutdown hooks and exit status 143 (128 + 15).
if [[ ${status} -ne 143 && ${status} -ne 0 ]] || ! grep -q '^Partner Central Selling emulator stopped' "${log}"; then
  cat "${log}"
  echo "the emulator server did not stop cleanly on SIGTERM (status ${status})" >&2
  exit 1
fi
echo "the emulator server stopped cleanly on SIGTERM (status ${status})"
