#!/usr/bin/env bash
# Builds "ID Scan Station.app" (PyInstaller one-folder .app) and a compressed dmg with an Applications link.
# Run on macOS with Python 3.11+. Signing/notarisation: set CODESIGN_IDENTITY to sign the .app (optional).
# NOT RUN HERE: written and reviewed against the PyInstaller and hdiutil documentation only.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
build_env="build/bundle-venv"
[ -x "$build_env/bin/python" ] || python3 -m venv "$build_env"
"$build_env/bin/python" -m pip install -q --upgrade pip
"$build_env/bin/python" -m pip install -q -c requirements.lock . "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
"$build_env/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/scanstation.spec
app="dist/ID Scan Station.app"
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/scanstation" --self-test
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --strict --verbose=2 "$app"
fi
version=$("$app/Contents/MacOS/scanstation" --version | awk '{print $2}')
staging="build/dmg"
rm -rf "$staging" && mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/id-scan-station-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "ID Scan Station" -srcfolder "$staging" -ov -format UDZO "$dmg"
end=$(date +%s)
echo "app: $(du -sh "$app" | cut -f1), dmg: $(du -h "$dmg" | cut -f1), build time: $((end - start)) s"
