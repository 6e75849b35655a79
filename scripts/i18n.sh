#!/usr/bin/env bash
# FamilySafe translations.
#
#   scripts/i18n.sh update [--prune]   scan every .py under src/familysafe with lupdate and merge the
#                                      strings into translations/familysafe_<lang>.ts (existing
#                                      translations are kept; strings that vanished from the code are
#                                      kept as type="vanished" unless --prune is given)
#   scripts/i18n.sh build              compile each translations/*.ts with lrelease into
#                                      assets/translations/<name>.qm (a build product)
#   scripts/i18n.sh status             print finished/unfinished counts per .ts
#   scripts/i18n.sh check              list tr()/translate() calls lupdate cannot see (inside f-strings,
#                                      or with a variable instead of a literal); `update` runs it too
#
# Languages: LANGS (default "es"). Tools: the venv's pyside6-lupdate / pyside6-lrelease, then the
# binaries inside the installed PySide6 package, then pyside6-* / lupdate / lrelease on PATH.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LANGS="${LANGS:-es}"
VENV="${VENV:-$ROOT/.venv}"
TS_DIR="$ROOT/translations"
QM_DIR="$ROOT/assets/translations"

# find_tool <name>: print a command that runs Qt's <name> (lupdate or lrelease) and works.
find_tool() {
    local name="$1" cand dir
    cand="$VENV/bin/pyside6-$name"
    if [ -x "$cand" ] && "$cand" -version >/dev/null 2>&1; then echo "$cand"; return 0; fi
    # The venv wrapper imports PySide6 and can fail while PySide6 is being (re)installed; the real
    # binary sits inside the package directory.
    if [ -x "$VENV/bin/python" ]; then
        dir="$("$VENV/bin/python" - <<'PY' 2>/dev/null || true
import importlib.util, pathlib
spec = importlib.util.find_spec("PySide6")
if spec and spec.submodule_search_locations:
    print(pathlib.Path(next(iter(spec.submodule_search_locations))))
PY
)"
        if [ -n "$dir" ] && [ -x "$dir/$name" ] && "$dir/$name" -version >/dev/null 2>&1; then echo "$dir/$name"; return 0; fi
    fi
    for cand in "pyside6-$name" "$name-qt6" "$name"; do
        if command -v "$cand" >/dev/null 2>&1 && "$cand" -version >/dev/null 2>&1; then command -v "$cand"; return 0; fi
    done
    echo "i18n.sh: cannot find a working $name (tried $VENV/bin/pyside6-$name, the PySide6 package, PATH);" \
         "run 'make test' once to create the venv" >&2
    return 1
}

sources() {
    # Every Python file of the app, in a stable order, without caches.
    find src/familysafe -name '__pycache__' -prune -o -name '*.py' -print | LC_ALL=C sort
}

cmd_check() {
    # lupdate's Python parser skips tr() inside f-strings and cannot know what tr(variable) will be
    # asked for; such strings never reach the .ts and stay English. Warn, never fail.
    local py="$VENV/bin/python"; [ -x "$py" ] || py=python3
    "$py" - src/familysafe <<'PY'
import ast, pathlib, sys
found = 0
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError) as e:
        print(f"i18n.sh: {path}: cannot parse ({e})", file=sys.stderr)
        continue
    def is_tr(call):
        return isinstance(call, ast.Call) and isinstance(call.func, (ast.Attribute, ast.Name)) and \
            getattr(call.func, "attr", getattr(call.func, "id", "")) in ("tr", "translate")
    def text_arg(call):
        name = getattr(call.func, "attr", getattr(call.func, "id", ""))
        i = 0 if name == "tr" else 1
        return call.args[i] if len(call.args) > i else None
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for sub in ast.walk(node):
                if is_tr(sub):
                    found += 1
                    print(f"{path}:{sub.lineno}: inside an f-string, lupdate skips it: {ast.unparse(sub)[:90]}")
        elif is_tr(node):
            arg = text_arg(node)
            if arg is not None and not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                found += 1
                print(f"{path}:{node.lineno}: not a literal, lupdate cannot see the text: {ast.unparse(node)[:90]}")
if found:
    print(f"i18n.sh: {found} call(s) above are invisible to lupdate: put the literal in its own tr() "
          "outside the f-string, or list the texts with QT_TRANSLATE_NOOP(context, text)", file=sys.stderr)
PY
}

cmd_update() {
    local prune=() lupdate lang ts
    if [ "${1:-}" = "--prune" ]; then prune=(-no-obsolete); fi
    lupdate="$(find_tool lupdate)"
    mkdir -p "$TS_DIR"
    mapfile -t files < <(sources)
    for lang in $LANGS; do
        ts="$TS_DIR/familysafe_$lang.ts"
        "$lupdate" -locations relative -source-language en -target-language "$lang" \
            ${prune[@]+"${prune[@]}"} "${files[@]}" -ts "$ts"
    done
    cmd_check
}

cmd_build() {
    local lrelease ts qm found=0
    lrelease="$(find_tool lrelease)"
    mkdir -p "$QM_DIR"
    for ts in "$TS_DIR"/*.ts; do
        [ -e "$ts" ] || continue
        found=1
        qm="$QM_DIR/$(basename "${ts%.ts}").qm"
        "$lrelease" "$ts" -qm "$qm"
    done
    if [ "$found" = 0 ]; then echo "i18n.sh: no .ts files in $TS_DIR" >&2; return 1; fi
}

cmd_status() {
    local py="$VENV/bin/python"; [ -x "$py" ] || py=python3
    "$py" - "$TS_DIR"/*.ts <<'PY'
import sys, xml.etree.ElementTree as ET
for path in sys.argv[1:]:
    done = unfinished = vanished = 0
    for m in ET.parse(path).iter("message"):
        t = m.find("translation")
        kind = t.get("type") if t is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            vanished += 1
        elif kind == "unfinished":
            unfinished += 1
        else:
            done += 1
    print(f"{path}: {done} finished, {unfinished} unfinished, {vanished} vanished")
PY
}

case "${1:-}" in
    update) shift; cmd_update "$@" ;;
    build) cmd_build ;;
    status) cmd_status ;;
    check) cmd_check ;;
    *) echo "usage: scripts/i18n.sh update [--prune] | build | status | check" >&2; exit 2 ;;
esac
