#!/usr/bin/env bash
# Builds the host and the benchmark in Release, then runs the opening-day rush, the booking page, the calendar API, the
# calendar page of a 3-children family with 3 services and a sport opening rush (30 seats, every parent) under load
# beside GET /api/account/me of the same host in the same run, and prints each figure with its ratio to
# that baseline; then the monthly invoice run of 10,000 families × 20 lines beside a raw bulk insert of the same rows,
# and the pain.008 file of 10,000 debits (time, memory) beside the same data written as CSV.
# SQLite always; PostgreSQL too when PLATFORM_TEST_POSTGRES is set. Results: artifacts/bench/*.json.
# Options (environment): BENCH_PARENTS (200), BENCH_CONCURRENCY ("8 32 64"), BENCH_SECONDS (5 per steady load),
# BENCH_BILLING_FAMILIES (10000), BENCH_ONLY=billing (the invoice run only).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build Host/Platform.Host.csproj -c Release -nologo -clp:ErrorsOnly
dotnet build bench/Platform.Bench/Platform.Bench.csproj -c Release -nologo -clp:ErrorsOnly
mkdir -p artifacts/bench
dotnet bench/Platform.Bench/bin/Release/net10.0/Platform.Bench.dll \
  --host "$(pwd)/Host/bin/Release/net10.0" --out "$(pwd)/artifacts/bench" "$@"
