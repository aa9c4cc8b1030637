#!/usr/bin/env bash
# The Seedream generator and analyzers in a real build: a consumer with 200 source files using the builders
# (three chains each) and one [GeneratedRegex], built five times with the compiler server warm and
# -p:ReportAnalyzer=true; prints each build's times and the medians.
# The consumer references the built generator as an analyzer and the client stub of the generator tests
# (the contract's runtime surface) as Seedream.Client. Usage: measure.sh [work-folder]
# Environment: FILES (default 200), BUILDS (default 5), GENERATOR (a built Seedream.Generators.dll; default:
# the generator's Release output, built first). Exits with 1 when a build fails or reports no time for either.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
work=${1:-$(mktemp -d)}
files=${FILES:-200}
builds=${BUILDS:-5}
mkdir -p "$work/client" "$work/consumer"

generator=${GENERATOR:-}
if [ -z "$generator" ]; then
  dotnet build "$root/generator/Seedream.Generators/Seedream.Generators.csproj" -c Release -nologo -v:q >/dev/null
  generator="$root/generator/Seedream.Generators/bin/Release/netstandard2.0/Seedream.Generators.dll"
fi

cp "$root/tests/Seedream.Generators.Tests/Stubs/SeedreamClientStub.cs" "$work/client/"
cat > "$work/client/Seedream.Client.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><AssemblyName>Seedream.Client</AssemblyName><NuGetAudit>false</NuGetAudit></PropertyGroup>
</Project>
XML

cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="../client/Seedream.Client.csproj" />
    <Analyzer Include="$generator" />
    <AdditionalFiles Include="$root/spec/models/*.json" />
  </ItemGroup>
</Project>
XML

cat > "$work/consumer/Patterns.cs" <<'CS'
namespace Consumer;

internal static partial class Patterns
{
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]+:[0-9]+$")]
    internal static partial System.Text.RegularExpressions.Regex Ratio();
}
CS

for i in $(seq 1 "$files"); do
  cat > "$work/consumer/Requests$i.cs" <<CS
using Seedream.Models;

namespace Consumer;

internal static class Requests$i
{
    public static Seedream.SeedreamRequest First() => Seedream50.Generate("cat $i").Size(Seedream50Size.Ratio16x9).Resolution(Seedream50Resolution.Res2K).Watermark(false).WebSearch().Build();

    public static Seedream.SeedreamRequest Second() => Seedream45.Generate("dog $i").ReferenceImages("https://example.com/a.png", "https://example.com/b.png").ImageCount(3).Build();

    public static Seedream.SeedreamRequest Third() => Seedream40.Generate("bird $i").GuidanceScale(2.5).PromptOptimization(Seedream40PromptOptimization.Fast).Build();
}
CS
done

# Restore, and warm the compiler server.
dotnet build "$work/consumer/Consumer.csproj" -nologo -v:q >"$work/first-build.log" || { cat "$work/first-build.log" >&2; exit 1; }

seedream=(); regex=()
for run in $(seq 1 "$builds"); do
  echo "// run $run" > "$work/consumer/Touched.cs"   # a change, so that the compiler runs again
  log=$(dotnet build "$work/consumer/Consumer.csproj" -nologo --no-restore -p:ReportAnalyzer=true -v:d)
  # Lines of the form "   0.036   12   Seedream.Generators.SeedreamModelGenerator (...)": seconds first.
  lines=$(echo "$log" | grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+(Seedream\.Generators\.|System\.Text\.RegularExpressions\.Generator\.RegexGenerator)' || true)
  if ! echo "$lines" | grep -q 'Seedream\.Generators\.SeedreamModelGenerator' || ! echo "$lines" | grep -q 'RegexGenerator'; then
    echo "Build $run reported no time for the Seedream generator or RegexGenerator; its output:" >&2
    echo "$log" | tail -n 100 >&2
    exit 1
  fi
  s=$(echo "$lines" | grep 'Seedream\.Generators\.' | awk '{t+=($1=="<0.001"?0:$1)} END {printf "%.0f", t*1000}')
  r=$(echo "$lines" | grep 'RegexGenerator' | awk '{t+=($1=="<0.001"?0:$1)} END {printf "%.0f", t*1000}')
  echo "run $run: Seedream generator + analyzers ${s} ms, RegexGenerator ${r} ms"
  echo "$lines" | sed 's/^ */    /'
  seedream+=("$s"); regex+=("$r")
done

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median of $builds: Seedream generator + analyzers $(median "${seedream[@]}") ms, RegexGenerator $(median "${regex[@]}") ms"
