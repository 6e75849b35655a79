#!/usr/bin/env bash
# Wrap dist/FamilySafe.app (from `pyinstaller packaging/familysafe.spec`) in a .dmg, one per CPU type:
#   dist/FamilySafe-<version>-macos-<arm64|x86_64>.dmg
#
# Signing and notarisation run only where their secrets exist:
#   APPLE_DEVELOPER_ID   codesign identity, e.g. "Developer ID Application: Example Ltd (ABCDE12345)",
#                        already in a keychain on this Mac. Set it for the PyInstaller build too: the spec
#                        signs the app with it (hardened runtime); this script checks that and signs the dmg
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password), with APPLE_DEVELOPER_ID
#                     -> notarise the .app and staple it, then the dmg, and staple that too (a ticket in each,
#                        so Gatekeeper needs no network the first time either is opened)
# Without them the dmg is unsigned. macOS 15 then refuses to open it at first; right-click > Open no longer
# helps: System Settings > Privacy & Security > "Open Anyway" (docs/install.md tells the parent).
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

notarise=0
if [ -n "${APPLE_DEVELOPER_ID:-}" ]; then
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notarise=1
  else
    echo "APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is not set: signed but not notarised"
  fi
fi

# notarytool exits 0 when Apple *rejects* the submission: read its status, and print Apple's log if not Accepted.
notarise() {
  local file=$1 out id status
  echo "Notarising $file"
  out=$(xcrun notarytool submit "$file" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --output-format json)
  echo "$out"
  id=$(plutil -extract id raw -o - - <<<"$out")
  status=$(plutil -extract status raw -o - - <<<"$out")
  if [ "$status" != Accepted ]; then
    echo "build_dmg.sh: notarisation of $file ended as '$status'; Apple's log:" >&2
    xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD" >&2 || true
    exit 1
  fi
}

if [ "$notarise" = 1 ]; then
  # The .app first, so the copy in the dmg carries its own ticket (stapled).
  ditto -c -k --keepParent "$app" "$staging/FamilySafe.zip"
  notarise "$staging/FamilySafe.zip"
  rm "$staging/FamilySafe.zip"
  xcrun stapler staple "$app"
  xcrun stapler validate "$app"
fi

mkdir "$staging/dmg"
ditto "$app" "$staging/dmg/FamilySafe.app"
ln -s /Applications "$staging/dmg/Applications"
rm -f "$dmg"
# hdiutil fails now and then with "Resource busy" on CI machines: try again a few times.
for attempt in 1 2 3 4 5; do
  if hdiutil create -volname "FamilySafe $version" -srcfolder "$staging/dmg" -fs HFS+ -format UDZO -ov "$dmg"; then
    break
  fi
  [ "$attempt" -lt 5 ] || { echo "build_dmg.sh: hdiutil create failed 5 times" >&2; exit 1; }
  echo "hdiutil create failed (attempt $attempt); trying again in $((attempt * 5)) s"
  sleep $((attempt * 5))
done

if [ -n "${APPLE_DEVELOPER_ID:-}" ]; then
  codesign --force --timestamp --sign "$APPLE_DEVELOPER_ID" "$dmg"
  if [ "$notarise" = 1 ]; then
    notarise "$dmg"
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
  fi
fi

hdiutil verify "$dmg"
echo "wrote $dmg"
