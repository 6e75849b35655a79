#!/usr/bin/env bash
# Wrap dist/FamilySafe.app (from `pyinstaller packaging/familysafe.spec`) in a .dmg, one per CPU type:
#   dist/FamilySafe-<version>-macos-<arm64|x86_64>.dmg
#
# Signing and notarisation run only where their secrets exist:
#   APPLE_DEVELOPER_ID   codesign identity, e.g. "Developer ID Application: Example Ltd (ABCDE12345)",
#                        already in a keychain on this Mac. Set it for the PyInstaller build too: the spec
#                        signs the app with it (hardened runtime); this script checks that and signs the dmg
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password), with APPLE_DEVELOPER_ID
#                                                               -> notarise the dmg with notarytool and staple it
# Without them the dmg is unsigned (Gatekeeper asks the user to confirm with right-click > Open).
#
# Usage: packaging/macos/build_dmg.sh [dist-folder]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=${1:-$root/dist}
app="$dist/FamilySafe.app"
[ "$(uname -s)" = Darwin ] || { echo "build_dmg.sh: macOS only (needs hdiutil)" >&2; exit 1; }
[ -d "$app" ] || { echo "build_dmg.sh: $app not found; run pyinstaller packaging/familysafe.spec first" >&2; exit 1; }

version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
arch=$(uname -m)
dmg="$dist/FamilySafe-$version-macos-$arch.dmg"

if [ -n "${APPLE_DEVELOPER_ID:-}" ]; then
  # familysafe.spec passes APPLE_DEVELOPER_ID to PyInstaller, which signs every binary inside out with the
  # hardened runtime and entitlements.plist, then the bundle. Here: make sure that happened.
  # (An identity given as a certificate hash, not a name, cannot be matched against Authority=.)
  if ! [[ $APPLE_DEVELOPER_ID =~ ^[0-9A-Fa-f]{40}$ ]] \
    && ! codesign -dv --verbose=2 "$app" 2>&1 | grep -qF "Authority=$APPLE_DEVELOPER_ID"; then
    echo "build_dmg.sh: $app is not signed by $APPLE_DEVELOPER_ID; rebuild with APPLE_DEVELOPER_ID set" >&2
    exit 1
  fi
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "APPLE_DEVELOPER_ID is not set: the app and dmg stay unsigned (ad-hoc signature only)"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/FamilySafe.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "FamilySafe $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${APPLE_DEVELOPER_ID:-}" ]; then
  codesign --force --timestamp --sign "$APPLE_DEVELOPER_ID" "$dmg"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    echo "Notarising $dmg"
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  else
    echo "APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set: signed but not notarised"
  fi
fi

hdiutil verify "$dmg"
echo "wrote $dmg"
