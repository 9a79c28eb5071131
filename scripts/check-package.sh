#!/usr/bin/env bash
# Package checks: publint, are-the-types-wrong, pack contents, tree-shaking.
# Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."

npx publint --strict
npx attw --pack . --ignore-rules cjs-resolves-to-esm

# npm pack contents: dist, README, LICENSE, CHANGELOG; no tests or sources.
files=$(npm pack --dry-run --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const f of JSON.parse(s)[0].files)console.log(f.path)})')
for required in README.md LICENSE CHANGELOG.md dist/index.js dist/index.cjs dist/index.d.ts dist/cli.js dist/cli-worker.js dist/cli-schema.js dist/node/index.js dist/node/schema.js contract.schema.json; do
  grep -qx "$required" <<<"$files" || { echo "pack: missing $required"; exit 1; }
done
if grep -E '^(test|src|bench|examples)/|\.test\.' <<<"$files"; then echo "pack: contains tests or sources"; exit 1; fi
echo "pack: $(wc -l <<<"$files") files, dist + README + LICENSE + CHANGELOG, no tests"

# Bundles (tree-shaking and budgets): BusinessCalendar alone pulls in no preset, zod, date-holidays or CLI; a preset no zod or date-holidays.
npx tsx scripts/check-tree-shaking.ts

# The Node build loads zod, ical.js and date-holidays only when needed, and works without require(esm).
node scripts/check-node-entry.mjs
