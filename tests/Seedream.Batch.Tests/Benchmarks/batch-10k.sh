#!/usr/bin/env bash
# The batch runner at volume: a 10,000-job batch file run by `seedream batch run` (Release) against the
# emulator in its own process with instant tasks, once per concurrency, each into a fresh output folder.
# Prints one Markdown table row per concurrency: wall time, throughput, client CPU per job (user + system
# of the CLI process), peak memory (max RSS) and ledger size (batch.sqlite with its WAL).
# Usage (from anywhere): tests/Seedream.Batch.Tests/Benchmarks/batch-10k.sh
# Environment: JOBS (default 10000), CONCURRENCY (default "8 32 128 512").
set -euo pipefail
cd "$(dirname "$0")/../../.."

jobs=${JOBS:-10000}
concurrency=${CONCURRENCY:-"8 32 128 512"}
dotnet build -c Release runtime/Seedream.Cli -v q -nologo >/dev/null
cli=runtime/Seedream.Cli/bin/Release/net10.0/seedream.dll
emulator=runtime/Seedream.Emulator/bin/Release/net10.0/Seedream.Emulator.dll

work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
dotnet "$emulator" --urls "http://127.0.0.1:$port" --Emulator:ApiKey=sk-bench \
  --Emulator:QueueDuration=00:00:00 --Emulator:ProcessingDuration=00:00:00 >"$work/emulator.log" 2>&1 &
emulator_pid=$!
trap 'kill "$emulator_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on" "$work/emulator.log" && break
  sleep 0.2
done

for i in $(seq 1 "$jobs"); do
  printf '{"model": "seedream-5.0", "prompt": "benchmark job %d: a lighthouse in a storm", "size": "1:1", "resolution": "2K"}\n' "$i"
done >"$work/jobs.jsonl"

echo "| concurrency | wall time | throughput | client CPU per job | peak memory | ledger size | saved |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for c in $concurrency; do
  out="$work/out-$c"
  SEEDREAM_API_KEY=sk-bench SEEDREAM_BASE_URL="http://127.0.0.1:$port/" \
    /usr/bin/time -f "%e %U %S %M" -o "$work/time-$c" \
    dotnet "$cli" batch run "$work/jobs.jsonl" --out "$out" --concurrency "$c" >"$work/run-$c.log" 2>&1 || true
  read -r wall user sys rss <"$work/time-$c"
  ledger=$(du -b -c "$out"/batch.sqlite* | tail -1 | cut -f1)
  saved=$(grep -o "saved [0-9]* of [0-9]* jobs" "$work/run-$c.log" || echo "see log")
  awk -v c="$c" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v ledger="$ledger" -v jobs="$jobs" -v saved="$saved" 'BEGIN {
    printf "| %d | %.1f s | %.0f jobs/s | %.2f ms | %.0f MB | %.1f MB | %s |\n", c, wall, jobs / wall, (user + sys) * 1000 / jobs, rss / 1024, ledger / 1048576, saved
  }'
done
