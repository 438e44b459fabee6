"""What the GUI's start-up needs from the layers below the station (the ui imports the station only)."""

from __future__ import annotations


def install_sigpipe_guard() -> None:
    """A SANE scan must not turn a broken vendor socket into a crash (see capture/sigpipe.py)."""
    from desktop_app.capture.sigpipe import install_sigpipe_guard as install

    install()


def warm_up_offline() -> None:
    """Load the offline engine's model now (in a worker thread), so the first offline scan does not wait."""
    from desktop_app.engines.local import warm_up

    warm_up()
