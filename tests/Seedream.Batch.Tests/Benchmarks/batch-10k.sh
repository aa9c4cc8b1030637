#!/usr/bin/env bash
# The batch runner at volume: a 10,000-job batch file run by `seedream batch run` (Release) against the
# emulator in its own process with instant tasks, once per concurrency, each into a fresh output folder.
# Prints one Markdown table row per concurrency: wall time, throughput, client CPU per job (user + system
# of the CLI process), peak memory (max RSS) and ledger size (batch.sqlite with its WAL).
# Usage (from anywhere): tests/Seedream.Batch.Tests/Benchmarks/batch-10k.sh
# Environment: JOBS (default 10000), CONCURRENCY (default "8 32 128 512"), BIN (a folder that already holds a
# built seedream.dll and Seedream.Emulator.dll; default: the CLI's Release output, built first).
# Exits with 1 when the emulator does not start or a run does not save every job.
set -euo pipefail
cd "$(dirname "$0")/../../.."

jobs=${JOBS:-10000}
concurrency=${CONCURRENCY:-"8 32 128 512"}
if [ -z "${BIN:-}" ]; then
  dotnet build -c Release runtime/Seedream.Cli -v q -nologo >/dev/null
  BIN=runtime/Seedream.Cli/bin/Release/net10.0
fi
cli=$BIN/seedream.dll
emulator=$BIN/Seedream.Emulator.dll

work=$(mktemp -d)
dotnet "$emulator" --urls "http://127.0.0.1:0" --Emulator:ApiKey=sk-bench \
  --Emulator:QueueDuration=00:00:00 --Emulator:ProcessingDuration=00:00:00 >"$work/emulator.log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null; rm -rf "$work"' EXIT
# The emulator picks a free port and prints it: "Seedream emulator listening on http://127.0.0.1:PORT/ (…)".
base_url=""
for _ in $(seq 1 600); do
  base_url=$(sed -n 's/.*listening on \([^ ]*\) .*/\1/p' "$work/emulator.log" | head -n 1)
  if [ -n "$base_url" ] || ! kill -0 "$emulator_pid" 2>/dev/null; then
    break
  fi
  sleep 0.2
done
if [ -z "$base_url" ]; then
  echo "The emulator ($emulator) did not say where it listens within 120 s; its output:" >&2
  cat "$work/emulator.log" >&2
  exit 1
fi

for i in $(seq 1 "$jobs"); do
  printf '{"model": "seedream-5.0", "prompt": "benchmark job %d: a lighthouse in a storm", "size": "1:1", "resolution": "2K"}\n' "$i"
done >"$work/jobs.jsonl"

failed=0
echo "| concurrency | wall time | throughput | client CPU per job | peak memory | ledger size | saved |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for c in $concurrency; do
  out="$work/out-$c"
  SEEDREAM_API_KEY=sk-bench SEEDREAM_BASE_URL="$base_url" \
    /usr/bin/time -f "%e %U %S %M" -o "$work/time-$c" \
    dotnet "$cli" batch run "$work/jobs.jsonl" --out "$out" --concurrency "$c" >"$work/run-$c.log" 2>&1 || true
  read -r wall user sys rss <"$work/time-$c"
  ledger=$(du -b -c "$out"/batch.sqlite* | tail -1 | cut -f1)
  saved=$(grep -o "saved [0-9,]* of [0-9,]* jobs" "$work/run-$c.log" || echo "see log")
  awk -v c="$c" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v ledger="$ledger" -v jobs="$jobs" -v saved="$saved" 'BEGIN {
    printf "| %d | %.1f s | %.0f jobs/s | %.2f ms | %.0f MB | %.1f MB | %s |\n", c, wall, jobs / wall, (user + sys) * 1000 / jobs, rss / 1024, ledger / 1048576, saved
  }'
  if [ "$(echo "$saved" | tr -d ,)" != "saved $jobs of $jobs jobs" ]; then
    echo "The run at concurrency $c did not save all $jobs jobs; its output:" >&2
    cat "$work/run-$c.log" >&2
    failed=1
  fi
done
exit "$failed"
