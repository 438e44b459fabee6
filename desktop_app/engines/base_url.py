"""The one rule for base URLs: https, or http only to a loopback host (fakes, a local proxy)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice


def is_loopback_host(host: str) -> bool:
    """A loopback IP literal (127.0.0.0/8, ::1) or the literal name `localhost`.

    `localhost` is answered from the hosts file (Linux, macOS) or by the resolver itself (Windows) on every
    system the station runs on, so it never leaves the computer. `*.localhost` is NOT: glibc sends such names
    to DNS, which may answer with any address, and the keys would then travel in plain http."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_url_problem(url: str) -> str | None:
    """None when `url` is an acceptable base URL, else a sentence saying what is wrong."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return Notice(QT_TRANSLATE_NOOP("Notices", "the base URL %1 is not a valid URL"), repr(url))
    if parts.scheme not in ("https", "http") or not host:
        return Notice(QT_TRANSLATE_NOOP("Notices", "the base URL %1 must start with https:// and name a host"),
                      repr(url))
    if parts.username or parts.password:
        return Notice(QT_TRANSLATE_NOOP("Notices", "the base URL must not contain a user name or password; keys go in "
                                                   "the keyring ('scanstation keys set')"))
    if parts.query or parts.fragment:
        return Notice(QT_TRANSLATE_NOOP("Notices", "the base URL must not contain a query string or fragment; keys go "
                                                   "in the keyring"))
    if parts.scheme == "http" and not is_loopback_host(host):
        return Notice(QT_TRANSLATE_NOOP("Notices", "the base URL %1 uses plain http; use https (http is only allowed "
                                                   "to this computer, e.g. http://127.0.0.1:8080)"), repr(url))
    return None
