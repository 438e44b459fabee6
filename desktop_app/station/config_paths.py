"""Where the station's configuration lives: one INI file for the station settings and the profiles.

User file: `$XDG_CONFIG_HOME/id-scan-station/id-scan-station.conf` on Linux, Qt's user-scope INI location
elsewhere. Fleet presets: the same name in each `$XDG_CONFIG_DIRS` entry (default `/etc/xdg`) on Linux, Qt's
system-scope INI location elsewhere.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app import APP_ID

CONFIG_NAME = APP_ID


def _config_file(base: str) -> str:
    return str(Path(base) / CONFIG_NAME / f"{CONFIG_NAME}.conf")


def default_user_path() -> str:
    if sys.platform.startswith("linux"):
        return _config_file(os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config"))
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, CONFIG_NAME, CONFIG_NAME).fileName()


def default_system_paths() -> list[str]:
    if sys.platform.startswith("linux"):
        dirs = [d for d in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
        return [_config_file(d) for d in dirs]
    return [QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, CONFIG_NAME, CONFIG_NAME).fileName()]
