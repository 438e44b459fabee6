#!/usr/bin/env bash
# Installs the unpacked bundle system-wide: /opt/id-scan-station, a `scanstation` command and a menu entry.
# Run as root from inside the unpacked folder: sudo ./install.sh
# First installs the Debian/Ubuntu packages the bundle takes from the system instead of carrying them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest=/opt/id-scan-station
# SANE must be the system's (its scanner backends live there and bring libusb, libxml2, ICU), and so must the
# PulseAudio and D-Bus clients (they talk to the session's sound server and bus); OpenGL/EGL, xcb
# and Wayland client libraries are never bundled (they belong to the display stack); the keyring is the desktop's
# Secret Service over D-Bus; Qt draws with the system's fonts.
packages=(libsane1 libpulse0 libdbus-1-3 libgl1 libegl1 libdrm2 libxcb1 libwayland-client0 libwayland-cursor0
  libwayland-egl1 gnome-keyring dbus fonts-dejavu-core)
if command -v dpkg-query >/dev/null; then
  missing=()
  for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "Not a Debian/Ubuntu system: make sure the equivalents of these packages are installed: ${packages[*]}" >&2
fi
rm -rf "$dest" && mkdir -p "$dest" && cp -a "$here/." "$dest/"
ln -sf "$dest/scanstation" /usr/local/bin/scanstation
install -Dm644 "$here/id-scan-station.desktop" /usr/share/applications/id-scan-station.desktop
install -Dm644 "$here/id-scan-station.svg" /usr/share/icons/hicolor/scalable/apps/id-scan-station.svg
echo "Installed to $dest. Preset profiles for this machine in /etc/xdg/id-scan-station/id-scan-station.conf"
