#!/usr/bin/env bash
# Proves FamilySafe opens no internet socket (DESIGN §8): runs `familysafe-cli --self-test` and a walk
# through every screen (familysafe.tools.screens) with no network at all (a new, empty network
# namespace: `unshare -rn`) under `strace -f -e trace=socket,connect`, and fails if any process opened
# an AF_INET or AF_INET6 socket or connected to an internet address. Unix sockets (D-Bus, Qt) are fine.
#
# Usage: scripts/no-network-check.sh [PYTHON]      (default: .venv/bin/python of this checkout)
# Needs (Linux): unshare (util-linux) and strace:  sudo apt-get install -y strace util-linux
# Exit status: 0 no internet socket; 1 one was opened, or a run failed; 2 the check cannot run here.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
py=${1:-$root/.venv/bin/python}
cli=$(dirname "$py")/familysafe-cli

cannot() { echo "no-network-check: cannot run here: $*" >&2; exit 2; }
[ "$(uname -s)" = Linux ] || cannot "needs Linux (network namespaces and strace)"
command -v unshare >/dev/null 2>&1 || cannot "unshare is missing (sudo apt-get install -y util-linux)"
command -v strace >/dev/null 2>&1 || cannot "strace is missing (sudo apt-get install -y strace)"
[ -x "$py" ] || cannot "no Python at $py (run make first, or pass the Python to use)"
unshare -rn true 2>/dev/null || cannot "this system does not allow a private network namespace (unshare -rn)"
strace -f -qq -o /dev/null -e trace=socket true 2>/dev/null || cannot "strace cannot trace here (ptrace not allowed)"
if [ ! -x "$cli" ]; then cli=""; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/familysafe-no-network.XXXXXX")
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export FAMILYSAFE_DATA_DIR="$work/data"  # never the family's real folder
# Read-aloud asks speech-dispatcher over a Unix socket; point it at one that is not there, so a daemon
# on this machine (working, or stuck: that would hang the window) does not decide the result.
export SPEECHD_ADDRESS="unix_socket:$work/no-speech-dispatcher.sock"
strace_opts=(-f -qq -e trace=socket,connect -e signal=none)
if strace --seccomp-bpf -o /dev/null -e trace=socket true 2>/dev/null; then
  strace_opts+=(--seccomp-bpf)  # only the traced calls stop the process: much faster
fi

# A control run first: a process that does open an internet socket must be caught, or the check is blind.
control="$work/control.trace"
unshare -rn strace "${strace_opts[@]}" -o "$control" "$py" -c \
  'import socket; socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()' >/dev/null 2>&1 || true
grep -q -E 'socket\(AF_INET,' "$control" || cannot "strace did not see a control socket, so it would miss real ones"

failed=0
run() {
  local name=$1
  shift
  local trace="$work/$name.trace"
  local start=$SECONDS
  local status=0
  timeout "${FAMILYSAFE_CHECK_TIMEOUT:-300}" unshare -rn strace "${strace_opts[@]}" -o "$trace" "$@" \
    >"$work/$name.out" 2>&1 || status=$?
  if [ "$status" -eq 124 ]; then
    echo "FAIL  $name: did not finish in ${FAMILYSAFE_CHECK_TIMEOUT:-300} s (hung?)"
    failed=1
    return
  fi
  if [ "$status" -ne 0 ]; then
    echo "FAIL  $name: it exited with an error; the end of its output:"
    tail -n 20 "$work/$name.out" | sed 's/^/      /'
    failed=1
    return
  fi
  local inet unix
  inet=$(grep -E 'socket\(AF_INET6?,|sa_family=AF_INET6?[,}]' "$trace" || true)
  unix=$(grep -c -E 'socket\(AF_UNIX' "$trace" || true)
  if [ -n "$inet" ]; then
    echo "FAIL  $name opened internet sockets:"
    echo "$inet" | head -n 20 | sed 's/^/      /'
    failed=1
  else
    echo "ok    $name: no AF_INET/AF_INET6 socket ($unix Unix socket(s), $((SECONDS - start)) s)"
  fi
}

if [ -n "$cli" ]; then
  run self-test "$cli" --self-test
else
  run self-test "$py" -m familysafe.entry --self-test
fi
run screens "$py" -m familysafe.tools.screens "$work/screens" --theme light --scale 100

if [ "$failed" -ne 0 ]; then
  echo "no-network-check: FAILED"
  exit 1
fi
echo "no-network-check: passed (no internet socket was opened, and there was no network to reach)"
