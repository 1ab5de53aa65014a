#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker 5.1.0, pinned in dotnet-tools.json). Not part of .ci/run: a whole
# project takes hours on two cores, so run it per area. Usage:
#
#   scripts/mutation.sh AREA [extra stryker arguments]
#
# AREA is one of the names below (domain-<folder> mutates one folder of the domain; domain mutates all of it).
# The report goes to artifacts/mutation/AREA/ (mutation-report.json, the mutation-testing-elements schema, and an
# HTML report); scripts/mutation-summary.py then prints the score and every surviving mutant, and writes
# docs/mutation/AREA.tsv, the committed record the next run compares with (see docs/reliability.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
area="${1:?usage: scripts/mutation.sh AREA (domain, domain-<folder>, areacode, storage-store, analyzers, testing)}"
shift

case "$area" in
  domain)
    project=CommunityGovernance.Domain.csproj; tests=tests/CommunityGovernance.Domain.Tests; mutate=("**/*.cs") ;;
  domain-*)
    # One folder of the domain. CG_MUTATION_TESTS narrows the tests run (a dotnet test --filter expression).
    folder="${area#domain-}"
    dir="$(find "$root/src/CommunityGovernance.Domain" -maxdepth 1 -type d -iname "$folder" | head -1)"
    [[ -n "$dir" ]] || { echo "no folder src/CommunityGovernance.Domain/$folder" >&2; exit 2; }
    project=CommunityGovernance.Domain.csproj; tests=tests/CommunityGovernance.Domain.Tests; mutate=("**/$(basename "$dir")/**/*.cs")
    if [[ -n "${CG_MUTATION_TESTS:-}" ]]; then set -- --test-case-filter "$CG_MUTATION_TESTS" "$@"; fi ;;
  areacode)
    # Only the AreaCode tests run: a mutant they miss but another test kills counts as a survivor (a lower bound).
    project=CommunityGovernance.Domain.csproj; tests=tests/CommunityGovernance.Domain.Tests; mutate=("**/Communities/AreaCode.cs")
    set -- --test-case-filter "FullyQualifiedName~AreaCode" "$@" ;;
  storage-store)
    # The in-memory store, the guards every store shares, the aggregate helpers and imports, against the Storage tests
    # (the contract among them): a lower bound, as for areacode.
    project=CommunityGovernance.Domain.csproj; tests=tests/CommunityGovernance.Domain.Tests
    mutate=("**/Storage/EventStoreGuards.cs" "**/Storage/InMemoryEventStore.cs" "**/Storage/AggregateImport.cs" "**/Storage/EventStoreExtensions.cs")
    set -- --test-case-filter "FullyQualifiedName~Storage" "$@" ;;
  analyzers)
    project=CommunityGovernance.Analyzers.csproj; tests=tests/CommunityGovernance.Analyzers.Tests; mutate=("**/*.cs") ;;
  testing)
    project=CommunityGovernance.Testing.csproj; tests=tests/CommunityGovernance.Domain.Tests; mutate=("**/*.cs") ;;
  *)
    echo "unknown area '$area'" >&2; exit 2 ;;
esac

out="$root/artifacts/mutation/$area"
rm -rf "$out"
mkdir -p "$out"
cd "$root"
dotnet tool restore >/dev/null
args=()
for m in "${mutate[@]}"; do args+=(--mutate "$m"); done
cd "$root/$tests"
# Generated code (source generators, resources) is not mutated; no-coverage mutants are reported, and counted as
# survivors by the summary.
dotnet stryker --project "$project" "${args[@]}" --mutate '!**/obj/**' \
  --reporter json --reporter html --reporter progress --output "$out" \
  --concurrency "${CG_MUTATION_CONCURRENCY:-2}" "$@"
python3 "$root/scripts/mutation-summary.py" "$out/reports/mutation-report.json" --area "$area" --write "$root/docs/mutation/$area.tsv"
