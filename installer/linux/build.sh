#!/usr/bin/env bash
# Builds the Linux one-folder bundle from a clean checkout, runs its --self-test offscreen, and packs a tarball
# with a .desktop entry and an icon. Prints the bundle size and the build time.
# Usage: installer/linux/build.sh [OUTDIR]   (default: dist/)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-dist}"
start=$(date +%s)
build_env="build/bundle-venv"
[ -x "$build_env/bin/python" ] || python3 -m venv "$build_env"
# Runtime dependencies only (no test/dev packages), pinned by the lockfile, plus PyInstaller.
"$build_env/bin/python" -m pip install -q --upgrade pip
"$build_env/bin/python" -m pip install -q -c requirements.lock ".[sane]" "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
"$build_env/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$out" --workpath build/pyinstaller installer/scanstation.spec
bundle="$out/scanstation"
install -m 644 installer/linux/id-scan-station.desktop "$bundle/id-scan-station.desktop"
install -m 644 installer/linux/id-scan-station.svg "$bundle/id-scan-station.svg"
install -m 644 installer/icon.png "$bundle/id-scan-station.png"
install -m 755 installer/linux/install.sh "$bundle/install.sh"
echo "== every library the bundle links is in it or on this system (installer/linux/install.sh declares the packages)"
lib_path="$bundle/_internal:$bundle/_internal/PySide6/Qt/lib"
unresolved=$(find "$bundle/_internal" -type f -name '*.so*' -print0 \
  | LD_LIBRARY_PATH="$lib_path" xargs -0 -n 50 ldd 2>/dev/null | grep 'not found' | sort -u || true)
if [ -n "$unresolved" ]; then
  echo "missing libraries (left out of the bundle but not on the system):"; echo "$unresolved"; exit 1
fi
version=$("$bundle/scanstation" --version | awk '{print $2}')
echo "== self-test of the bundle (offscreen)"
if [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  QT_QPA_PLATFORM=offscreen "$bundle/scanstation" --self-test
else  # a build machine has no desktop session: give the self-test a private one with gnome-keyring
  QT_QPA_PLATFORM=offscreen dbus-run-session -- sh -c \
    'eval "$(printf "self-test\n" | gnome-keyring-daemon --unlock --components=secrets --daemonize)" && "$0" --self-test' \
    "$bundle/scanstation"
fi
tarball="$out/id-scan-station-$version-linux-x86_64.tar.gz"
tar -C "$out" -czf "$tarball" scanstation
end=$(date +%s)
echo "bundle: $(du -sh "$bundle" | cut -f1) ($bundle), tarball: $(du -h "$tarball" | cut -f1), build time: $((end - start)) s"
