#!/usr/bin/env bash
# The whole test suite, as `npm test` runs it: type checking, linting, unit tests, database tests on both engines
# (PGlite always; the PostgreSQL server too when one answers), and the browser journeys in Debian's Chromium.
# Ends with one line: "tests: N passed, M failed".
set -u
cd "$(dirname "$0")/.."
out=var/test-results
rm -rf "$out" && mkdir -p "$out"
failed_steps=()

# The PostgreSQL server: TEST_DATABASE_URL, else the local one on 127.0.0.1:5432 if it answers.
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  candidate="postgres://postgres@127.0.0.1:5432/postgres"
  if node -e "const pg=require('pg');const c=new pg.Client({connectionString:process.argv[1],connectionTimeoutMillis:2000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$candidate" 2>/dev/null; then
    export TEST_DATABASE_URL="$candidate"
  fi
fi
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "Databasetests kører på PGlite og på PostgreSQL-serveren ($(echo "$TEST_DATABASE_URL" | sed 's#//[^@]*@#//#'))"
else
  echo "Ingen PostgreSQL-server svarer: databasetests kører kun på PGlite"
fi

step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then echo "$name: ok"; else echo "$name: FEJL"; failed_steps+=("$name"); fi
}

step typecheck npx tsc --noEmit -p tsconfig.json
step lint npx biome check .
step unit npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$out/unit.json"
step db npx vitest run --project db --reporter=default --reporter=json --outputFile.json="$out/db.json"
step build-web npm run --silent build:web
step e2e npx vitest run --project e2e --no-file-parallelism --reporter=default --reporter=json --outputFile.json="$out/e2e.json"

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of ["unit", "db", "e2e"]) {
  const p = `var/test-results/${f}.json`;
  if (!fs.existsSync(p)) { failed++; console.log(`${f}: ingen resultater`); continue; }
  const r = JSON.parse(fs.readFileSync(p, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  // a test file that failed to load counts as a failure too
  failed += r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
}
const steps = process.argv.slice(1).filter(Boolean);
for (const s of ["typecheck", "lint", "build-web"]) steps.includes(s) ? failed++ : passed++;
fs.writeFileSync("var/test-results/summary.txt", `tests: ${passed} passed, ${failed} failed\n`);
' "${failed_steps[@]:-}"
[ ${#failed_steps[@]} -gt 0 ] && echo "Fejlede trin: ${failed_steps[*]}"
cat "$out/summary.txt"
[ ${#failed_steps[@]} -eq 0 ]
