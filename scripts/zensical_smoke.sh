#!/usr/bin/env bash
# Zensical smoke build: does the site still build with Zensical, Material for
# MkDocs' successor, from the same mkdocs.yml? Reports, never fails (exit 0 always):
# Zensical ignores MkDocs plugins, which is why the derived pages come from our
# own build step. Usage: scripts/zensical_smoke.sh [docs folder]
set -uo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DOCS="${1:-$ROOT/docs}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PYTHON="$ROOT/.venv/bin/python"
[ -x "$PYTHON" ] || PYTHON=python3

report() { echo "zensical smoke: $*"; exit 0; }

"$PYTHON" -m venv "$WORK/venv" >/dev/null 2>&1 || report "SKIPPED (cannot create a venv)"
# 0.0.73 is the newest release whose zensical-ui dependency the registry serves (0.0.74–0.1.3 are not installable).
ZENSICAL=zensical==0.0.73
"$WORK/venv/bin/pip" install -q "$ZENSICAL" >"$WORK/pip.log" 2>&1 \
  || report "SKIPPED ($ZENSICAL could not be installed: $(tail -1 "$WORK/pip.log"))"

# The same staged docs and generated config as `committee-archive build`, then Zensical instead of MkDocs.
cd "$ROOT"
"$PYTHON" - "$DOCS" "$WORK" <<'PY' || report "FAILED (could not generate the derived pages)"
import sys
from pathlib import Path
from extract.publish import default_pdf_dir, generate, load_config, write_config

docs, work = Path(sys.argv[1]), Path(sys.argv[2])
config = Path("mkdocs.yml")
generate(docs, work / "docs", config, default_pdf_dir(docs))
write_config(config, load_config(config), work / "docs", work / "site")
PY
if (cd "$WORK" && timeout 600 "$WORK/venv/bin/zensical" build -f "$WORK/mkdocs.yml" >"$WORK/build.log" 2>&1); then
  pages=$(find "$WORK/site" -name index.html 2>/dev/null | wc -l)
  report "OK ($pages pages built)"
else
  tail -20 "$WORK/build.log"
  report "FAILED (see the log above)"
fi
