#!/usr/bin/env bash
# Makes sure the system libraries Qt needs are present (Linux only).
# Usage: ensure-qt-libs.sh PYTHON [offscreen|desktop]
# Installs what is missing when run as root with apt-get; otherwise prints the exact command.
set -euo pipefail
py=$1
mode=${2:-offscreen}
[ "$(uname -s)" = Linux ] || exit 0
qt=$("$py" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
files=("$qt"/lib/libQt6Gui.so.6 "$qt"/lib/libQt6Widgets.so.6 "$qt"/lib/libQt6Svg.so.6 "$qt"/plugins/platforms/libqoffscreen.so
  "$qt"/lib/libQt6TextToSpeech.so.6 "$qt"/plugins/texttospeech/libqtexttospeech_mock.so)
if [ "$mode" = desktop ]; then
  files+=("$qt"/plugins/platforms/libqxcb.so "$qt"/plugins/texttospeech/libqtexttospeech_speechd.so)
fi
missing=$(for f in "${files[@]}"; do [ -e "$f" ] && ldd "$f" 2>/dev/null | awk '/not found/ {print $1}'; done | sort -u)
# fontconfig finds no font on a bare system: then Qt draws no text at all.
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list 2>/dev/null | head -n1)" ]; then missing="$missing fonts"; fi
# pdftotext reads the printouts back in the tests (the app itself never needs it). The workflow's apt step
# (.github/workflows/release.yml) installs the same packages as this table, so a runner without root passes.
if [ "$mode" = offscreen ] && ! command -v pdftotext >/dev/null 2>&1; then missing="$missing pdftotext"; fi
[ -z "${missing// /}" ] && exit 0
declare -A pkg=(
  [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libOpenGL.so.0]=libopengl0 [libGLX.so.0]=libglx0
  [libxkbcommon.so.0]=libxkbcommon0 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
  [libfontconfig.so.1]=libfontconfig1 [libfreetype.so.6]=libfreetype6 [libdbus-1.so.3]=libdbus-1-3
  [libglib-2.0.so.0]=libglib2.0-0 [libgthread-2.0.so.0]=libglib2.0-0 [libX11.so.6]=libx11-6
  [libX11-xcb.so.1]=libx11-xcb1 [libxcb.so.1]=libxcb1 [libxcb-cursor.so.0]=libxcb-cursor0
  [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1 [libxcb-image.so.0]=libxcb-image0
  [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0 [libxcb-randr.so.0]=libxcb-randr0
  [libxcb-xinerama.so.0]=libxcb-xinerama0 [libxcb-xkb.so.1]=libxcb-xkb1 [libxcb-sync.so.1]=libxcb-sync1
  [libxcb-xfixes.so.0]=libxcb-xfixes0 [libxcb-shm.so.0]=libxcb-shm0 [libxcb-render.so.0]=libxcb-render0
  [libxcb-util.so.1]=libxcb-util1 [libxcb-xinput.so.0]=libxcb-xinput0 [libSM.so.6]=libsm6 [libICE.so.6]=libice6
  [libwayland-cursor.so.0]=libwayland-cursor0 [fonts]="fontconfig fonts-dejavu-core"
  [pdftotext]=poppler-utils [libpulse.so.0]=libpulse0 [libspeechd.so.2]=libspeechd2 [libasound.so.2]=libasound2
)
want=""
for m in $missing; do want="$want ${pkg[$m]:-}"; done
# Ubuntu 24.04 renamed some libraries for 64-bit time (libasound2 -> libasound2t64): name the real package.
t64() {
  local p
  for p in "$@"; do
    if command -v apt-cache >/dev/null 2>&1 && apt-cache show "${p}t64" >/dev/null 2>&1; then echo "${p}t64"; else echo "$p"; fi
  done
}
want=$(t64 $(echo "$want" | tr ' ' '\n' | sort -u) | tr '\n' ' ')
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs: $want"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $want >/dev/null
else
  echo "Qt needs system libraries that are missing ($missing)." >&2
  echo "Run this once, then try again:" >&2
  echo "  sudo apt-get install -y $want" >&2
  exit 1
fi
