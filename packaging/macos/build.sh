#!/usr/bin/env bash
# Builds Privacy Dashboard.app and privacy-dashboard-<version>.dmg on macOS
# 11 or later. Not run by the project's CI; see packaging/README.md.
#   brew install cmake ninja qt qtkeychain quazip libphonenumber qrencode openssl@3
#   packaging/macos/build.sh
# Set CODESIGN_IDENTITY ("Developer ID Application: ...") to sign; notarise
# the .dmg afterwards with `xcrun notarytool submit --wait`.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$source_dir/build/macos
stage=$build/stage
version=$(sed -n 's/^project(PrivacyDashboard VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
qt_prefix=$(brew --prefix qt)

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPD_BUILD_TESTS=OFF \
  -DCMAKE_PREFIX_PATH="$qt_prefix;$(brew --prefix)" -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
cmake --build "$build"
rm -rf "$stage"
cmake --install "$build" --prefix "$stage" --strip

# The bundle: the app and, for --demo, the server beside it (the app starts
# the server it finds next to its own binary). Translations stay embedded in
# the binary: a bundle may not carry a share/ folder next to Contents/.
app="$build/Privacy Dashboard.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$stage/bin/privacy-dashboard" "$stage/bin/privacy-dashboard-server" "$app/Contents/MacOS/"
sed "s/@VERSION@/$version/g" "$source_dir/packaging/macos/Info.plist.in" >"$app/Contents/Info.plist"
printf 'APPL????' >"$app/Contents/PkgInfo"
# The app's modules (core/ModuleLoader.h looks in Contents/PlugIns/privacy-dashboard).
mkdir -p "$app/Contents/PlugIns/privacy-dashboard"
cp "$stage"/lib/privacy-dashboard/*.so "$app/Contents/PlugIns/privacy-dashboard/"

# The icon, from the committed PNGs (iconutil wants name@2x for double size).
icons=$source_dir/resources/icons/hicolor
iconset=$build/privacy-dashboard.iconset
rm -rf "$iconset"
mkdir -p "$iconset"
for size in 16 32 128 256; do
  cp "$icons/${size}x${size}/apps/org.privacydashboard.PrivacyDashboard.png" "$iconset/icon_${size}x${size}.png"
done
for size in 16 32 128; do
  double=$((size * 2))
  cp "$icons/${double}x${double}/apps/org.privacydashboard.PrivacyDashboard.png" \
    "$iconset/icon_${size}x${size}@2x.png"
done
iconutil --convert icns --output "$app/Contents/Resources/privacy-dashboard.icns" "$iconset"

# Qt's frameworks and plugins (cocoa platform, SVG icon engine, SQL drivers,
# TLS backends) and the Homebrew libraries both binaries link, into
# Contents/Frameworks with rewritten install names.
deploy=("$qt_prefix/bin/macdeployqt" "$app" -always-overwrite
  "-executable=$app/Contents/MacOS/privacy-dashboard-server")
for module in "$app"/Contents/PlugIns/privacy-dashboard/*.so; do
  deploy+=("-executable=$module")
done
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  deploy+=(-hardened-runtime -timestamp "-codesign=$CODESIGN_IDENTITY")
fi
"${deploy[@]}"

dmg=$build/privacy-dashboard-$version.dmg
rm -f "$dmg"
volume=$build/dmg
rm -rf "$volume"
mkdir -p "$volume"
cp -R "$app" "$volume/"
ln -s /Applications "$volume/Applications"
hdiutil create -volname "Privacy Dashboard" -srcfolder "$volume" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$CODESIGN_IDENTITY" --timestamp "$dmg"
fi
echo "$dmg"
