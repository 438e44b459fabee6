#!/usr/bin/env bash
# Installs the unpacked bundle system-wide: /opt/id-scan-station, a `scanstation` command and a menu entry.
# Run as root from inside the unpacked folder: sudo ./install.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest=/opt/id-scan-station
rm -rf "$dest" && mkdir -p "$dest" && cp -a "$here/." "$dest/"
ln -sf "$dest/scanstation" /usr/local/bin/scanstation
install -Dm644 "$here/id-scan-station.desktop" /usr/share/applications/id-scan-station.desktop
install -Dm644 "$here/id-scan-station.svg" /usr/share/icons/hicolor/scalable/apps/id-scan-station.svg
echo "Installed to $dest. Preset profiles for this machine in /etc/xdg/id-scan-station/id-scan-station.conf"
