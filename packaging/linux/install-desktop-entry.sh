#!/bin/sh
# Adds FamilySafe to this user's application menu (no admin rights needed); run it from the unpacked folder.
# To remove: rm ~/.local/share/applications/familysafe.desktop ~/.local/share/icons/hicolor/256x256/apps/familysafe.png
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
mkdir -p "$apps" "$icons"
cp "$here/familysafe.png" "$icons/familysafe.png"
sed "s|^Exec=.*|Exec=\"$here/FamilySafe\"|" "$here/familysafe.desktop" > "$apps/familysafe.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$apps" >/dev/null 2>&1 || true
fi
echo "FamilySafe is now in your applications menu."
