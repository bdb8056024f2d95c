#!/usr/bin/env bash
# Runs every test of the solution (unit, integration on SQLite and PostgreSQL, the crash suite, browser journeys in
# Chromium) and ends with the plain summary line "N passed, N failed". Exit code is non-zero when anything fails.
# On a fresh Debian machine it first installs and starts what the tests need (Chromium, PostgreSQL) and points the
# SEPA tests at the ISO 20022 schemas beside the project; anything already set up (CHROMIUM_PATH,
# PLATFORM_TEST_POSTGRES, SEPA_XSD_DIR) is used as it is.
# Inner loop: ./test.sh --filter "FullyQualifiedName~Cantine" (any dotnet test arguments).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

prepare_machine() {
  local missing=()
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
  if [ -z "${PLATFORM_TEST_POSTGRES:-}" ] && ! { command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; }; then
    missing+=(postgresql)
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)…"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || return 1
  fi
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

  if [ -z "${PLATFORM_TEST_POSTGRES:-}" ]; then
    local version cluster port
    read -r version cluster port _ <<<"$(pg_lsclusters -h | head -1)"
    as_root pg_ctlcluster "$version" "$cluster" start 2>/dev/null || as_root pg_ctlcluster "$version" "$cluster" status >/dev/null || return 1
    (cd / && as_root su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'postgres'\"") || return 1
    export PLATFORM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres"
  fi

  # The ISO 20022 schemas the SEPA files are validated against: reference data beside the project, never copied into it.
  export SEPA_XSD_DIR="${SEPA_XSD_DIR:-$(cd .. && pwd)/shared/xsd}"
}

prepare_machine || { echo "The test machine could not be prepared (see above)."; echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
dotnet tool restore >/dev/null || exit 1
dotnet build Platform.sln -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

# A filtered run leaves some projects without tests; the full run must run some in every test project.
strict=()
[ "$#" -eq 0 ] && strict=(-- RunConfiguration.TreatNoTestsAsError=true)
dotnet test Platform.sln --no-build --nologo --logger "trx" --results-directory "$results" "$@" "${strict[@]}"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
