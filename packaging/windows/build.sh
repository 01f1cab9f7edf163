#!/usr/bin/env bash
# Builds the Windows installer, privacy-dashboard-<version>-setup.exe, in an
# MSYS2 UCRT64 shell (the project's flags are GCC/Clang ones). Not run by the
# project's CI; see packaging/README.md.
#   pacman -S --needed mingw-w64-ucrt-x86_64-{toolchain,cmake,ninja,qt6-base,qt6-svg,
#     qt6-charts,qt6-httpserver,qt6-websockets,qt6-tools,qt6-translations,qtkeychain-qt6,
#     quazip-qt6,libphonenumber,qrencode,openssl,sqlite3,nsis,imagemagick}
#   packaging/windows/build.sh
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$source_dir/build/windows
stage=$build/stage
version=$(sed -n 's/^project(PrivacyDashboard VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPD_BUILD_TESTS=OFF
cmake --build "$build"
rm -rf "$stage"
# The same layout as on Linux: bin\ and share\ under the install folder, so
# the app finds share\privacy-dashboard\translations beside its bin\.
cmake --install "$build" --prefix "$stage" --strip --component app
cmake --install "$build" --prefix "$stage" --strip --component server

# Qt's DLLs and plugins (platform, styles, SVG icon engine, image formats,
# SQL drivers, TLS backends) and Qt's own translations beside the binaries.
windeployqt6 --release --compiler-runtime "$stage/bin/privacy-dashboard.exe"
windeployqt6 --release --no-translations "$stage/bin/privacy-dashboard-server.exe"
# The DLLs windeployqt does not know about (qtkeychain, QuaZip,
# libphonenumber, libqrencode, OpenSSL, SQLite, ICU, protobuf...): whatever
# the binaries and plugins load from the MSYS2 prefix.
# The app's modules (lib\privacy-dashboard\*.dll) bring QtCharts and
# libphonenumber.
for binary in "$stage"/bin/*.exe "$stage"/bin/*/*.dll "$stage"/lib/privacy-dashboard/*.dll; do
  ldd "$binary" | awk '/\/ucrt64\/bin\// { print $3 }'
done | sort -u | while read -r dll; do
  cp -n "$dll" "$stage/bin/"
done
# Qt's OpenSSL TLS backend loads libssl at run time; ldd cannot see that.
cp -n /ucrt64/bin/libssl-3-x64.dll /ucrt64/bin/libcrypto-3-x64.dll "$stage/bin/"

# The installer's and the shortcut's icon, from the committed PNGs.
icons=$source_dir/resources/icons/hicolor
magick "$icons"/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}/apps/org.privacydashboard.PrivacyDashboard.png \
  "$build/privacy-dashboard.ico"
cp "$build/privacy-dashboard.ico" "$stage/"

makensis -V2 -DVERSION="$version" -DSTAGE="$(cygpath -w "$stage")" \
  -DOUTFILE="$(cygpath -w "$build/privacy-dashboard-$version-setup.exe")" \
  "$(cygpath -w "$source_dir/packaging/windows/installer.nsi")"
echo "$build/privacy-dashboard-$version-setup.exe"
