#!/usr/bin/env bash
# The wheel works on its own: build it, install it into a fresh venv outside the source tree,
# and run the self-test from there (content, pictures and fonts come from the installed wheel).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${1:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m pip wheel -q --no-deps -w "$work/wheel" . 2>&1 | grep -v '^WARNING: Location' || true
"$PY" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$work"/wheel/familysafe-*.whl 2>&1 | grep -v '^WARNING: Location' || true
cd "$work"
where=$("$work/venv/bin/python" -c 'from familysafe.resources import assets_dir; print(assets_dir())')
case "$where" in
  "$work"/venv/*) ;;
  *) echo "check-wheel: the installed app reads its assets from $where, not from the wheel" >&2; exit 1 ;;
esac
QT_QPA_PLATFORM=offscreen FAMILYSAFE_DATA_DIR="$work/data" "$work/venv/bin/familysafe-cli" --self-test
echo "check-wheel: the wheel installs outside the source tree and its self-test passes"
