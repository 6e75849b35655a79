#!/usr/bin/env bash
# The Linux bundle's figures, next to a bare PySide6 window frozen with the same rules:
#   bundle size (du -sh dist/FamilySafe), archive size, hello-world bundle size and the ratio (goal <= 1.25),
#   start times, median of N runs, frozen vs the venv: familysafe-cli content validate, --self-test,
#   and hello (show a window, exit).
# Usage: packaging/measure.sh [--rebuild] [runs]     (default 5 runs; builds what is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

rebuild=0
if [ "${1:-}" = "--rebuild" ]; then rebuild=1; shift; fi
runs=${1:-5}
py=.venv/bin/python
bundle=dist/FamilySafe
hello=build/bench/dist/hello

mkdir -p build
# The same lock as tests/packaging/test_frozen.py: never rebuild dist/ under a running test.
exec 9>build/dist.lock
if [ $rebuild = 1 ] || [ ! -x "$bundle/familysafe-cli" ]; then
  flock 9
  make dist >build/measure-build.log 2>&1 || { cat build/measure-build.log; exit 1; }
fi
flock -s 9
if [ $rebuild = 1 ] || [ ! -x "$hello/hello" ]; then
  "$py" -m PyInstaller --noconfirm --log-level WARN --distpath build/bench/dist --workpath build/bench/work \
    packaging/bench/hello.spec >build/measure-build.log 2>&1 || { cat build/measure-build.log; exit 1; }
fi

version=$("$py" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_policy as p; print(p.project_version())')
archive=$(ls dist/FamilySafe-"$version"-linux-*.tar.gz)

echo "== sizes"
echo "bundle     $(du -sh "$bundle" | cut -f1)  $bundle  ($(du -sb "$bundle" | cut -f1) bytes)"
echo "archive    $(du -sh "$archive" | cut -f1)  $archive  ($(stat -c %s "$archive") bytes)"
echo "hello      $(du -sh "$hello" | cut -f1)  $hello  ($(du -sb "$hello" | cut -f1) bytes)"
awk -v a="$(du -sb "$bundle" | cut -f1)" -v b="$(du -sb "$hello" | cut -f1)" \
  'BEGIN { r = a / b; printf "ratio      %.2fx the hello-world bundle (goal <= 1.25x): %s\n", r, (r <= 1.25 ? "ok" : "OVER") }'

echo
echo "== start time, median of $runs runs (QT_QPA_PLATFORM=offscreen, wall clock, warm cache)"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
QT_QPA_PLATFORM=offscreen FAMILYSAFE_DATA_DIR="$data" "$py" - "$runs" <<'EOF'
import statistics
import subprocess
import sys
import time

runs = int(sys.argv[1])
cases = [
    ("frozen  familysafe-cli content validate", ["dist/FamilySafe/familysafe-cli", "content", "validate"]),
    ("venv    familysafe-cli content validate", [".venv/bin/familysafe-cli", "content", "validate"]),
    ("frozen  familysafe-cli --self-test", ["dist/FamilySafe/familysafe-cli", "--self-test"]),
    ("venv    familysafe-cli --self-test", [".venv/bin/familysafe-cli", "--self-test"]),
    ("frozen  hello --quit", ["build/bench/dist/hello/hello", "--quit"]),
    ("venv    python hello.py --quit", [".venv/bin/python", "packaging/bench/hello.py", "--quit"]),
]
for label, cmd in cases:
    subprocess.run(cmd, capture_output=True)  # one warm-up run, not counted
    times, codes = [], set()
    for _ in range(runs):
        t0 = time.perf_counter()
        codes.add(subprocess.run(cmd, capture_output=True).returncode)
        times.append(time.perf_counter() - t0)
    spread = f"min {min(times):.3f}  max {max(times):.3f}"
    print(f"{label:<42} {statistics.median(times):6.3f} s   ({spread}; exit {sorted(codes)})")
EOF
