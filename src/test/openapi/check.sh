#!/usr/bin/env bash
# The OpenAPI document the tests wrote (OpenApiGoldenDocumentTest: target/openapi-v1.json), checked as an API
# reviewer and a frontend would: linted by Spectral (spectral:oas and the OWASP API ruleset, .spectral.yaml beside
# this script; any error fails the build), then TypeScript types generated from it (openapi-typescript) and the
# typed client in client/ compiled with tsc --strict. Run by ./mvnw verify (exec-maven-plugin, phase
# integration-test). The npm packages are pinned by package-lock.json and installed with `npm ci` into
# target/openapi-checks (from the npm registry, or npm's cache). Without npm the checks are skipped with a message,
# except in CI (CI=true), where they must run.
set -euo pipefail

document=${1:?usage: check.sh <openapi document>}
here=$(cd "$(dirname "$0")" && pwd)
work=$(cd "$here/../../.." && pwd)/target/openapi-checks

if ! command -v npm >/dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "openapi-checks: npm is not installed, and CI must run the Spectral and TypeScript checks" >&2
    exit 1
  fi
  echo "openapi-checks: SKIPPED: npm is not installed (Debian: apt-get install nodejs npm); CI runs these checks"
  exit 0
fi
if [ ! -f "$document" ]; then
  echo "openapi-checks: $document is missing: OpenApiGoldenDocumentTest writes it (did the tests run?)" >&2
  exit 1
fi

document=$(cd "$(dirname "$document")" && pwd)/$(basename "$document")
mkdir -p "$work"
cp "$here/package.json" "$here/package-lock.json" "$here/.spectral.yaml" "$here/tsconfig.json" "$work/"
rm -rf "$work/client" && cp -r "$here/client" "$work/client"
cd "$work"
# node_modules is reinstalled only when the lock file changed since the last install
if ! cmp -s package-lock.json node_modules/.installed-from-package-lock.json 2>/dev/null; then
  # --ignore-scripts: nothing here needs an install script (one dependency's would only send telemetry)
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  cp package-lock.json node_modules/.installed-from-package-lock.json
fi

echo "openapi-checks: Spectral (spectral:oas + OWASP API ruleset) on $document"
npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error --display-only-failures "$document"

echo "openapi-checks: TypeScript types from the document, and the typed client compiled with tsc --strict"
mkdir -p client/generated
npx --no-install openapi-typescript "$document" --output client/generated/api.d.ts --silent
npx --no-install tsc --project tsconfig.json
echo "openapi-checks: passed"
