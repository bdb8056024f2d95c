#!/usr/bin/env bash
# Packs the payment SDK and its contract test kit into the folder feed artifacts/packages with a fresh version
# (so no NuGet cache serves a stale copy), and records that version for the samples (samples/Directory.Build.props).
# Usage: samples/pack-sdk.sh [version]   e.g. samples/pack-sdk.sh 1.1.0
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-1.0.0}-dev.$(date -u +%Y%m%d%H%M%S)"
feed=artifacts/packages
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in PaymentProviders/Abstractions/Platform.PaymentProviders.Abstractions.csproj \
               PaymentProviders/Testing/Platform.PaymentProviders.Testing.csproj; do
  dotnet pack "$project" -c Release -nologo -nodeReuse:false -p:PackageVersion="$version" -o "$feed"
done
cat > "$feed/sdk-version.props" <<PROPS
<Project>
  <PropertyGroup>
    <PlatformSdkVersion Condition="'\$(PlatformSdkVersion)' == ''">$version</PlatformSdkVersion>
  </PropertyGroup>
</Project>
PROPS
echo "$version"
