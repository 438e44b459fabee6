"""A Secret Service impostor that never answers, on its own private D-Bus session bus.

`HungSecretService()` starts `dbus-daemon --session` (a private bus, not the test session's) and this module as
a process that owns `org.freedesktop.secrets` there, receives every method call and answers none. Its
`address` goes into DBUS_SESSION_BUS_ADDRESS of whatever should meet the hang; `calls()` lists the methods
that reached it (proof a caller really waited on it). Both processes end with the context; the impostor also
exits by itself after `lifetime_s`.

Run as `python -m tests.fakes.secret_impostor CALL_LOG LIFETIME_S` with DBUS_SESSION_BUS_ADDRESS set.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

from tests.conftest import REPO_ROOT

BUS_NAME = "org.freedesktop.secrets"


def _serve(call_log: Path, lifetime_s: float) -> None:
    from jeepney import HeaderFields, MessageType
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(bus="SESSION") as conn:
        reply = conn.send_and_get_reply(message_bus.RequestName(BUS_NAME, 4), timeout=5)  # 4: do not queue
        if reply.body[0] != 1:  # 1: primary owner
            sys.exit(f"could not own {BUS_NAME}: {reply.body[0]}")
        print("ready", flush=True)
        deadline = time.monotonic() + lifetime_s
        with call_log.open("a", encoding="utf-8") as log:
            while time.monotonic() < deadline:
                try:
                    message = conn.receive(timeout=0.5)
                except TimeoutError:
                    continue
                if message.header.message_type == MessageType.method_call:
                    log.write(f"{message.header.fields.get(HeaderFields.member, '?')}\n")
                    log.flush()  # and never a reply


class HungSecretService:
    """A private session bus whose Secret Service owns its name and never replies (see the module docstring)."""

    def __init__(self, folder: Path, lifetime_s: float = 120.0) -> None:
        self.call_log = folder / "impostor-calls.txt"
        self.call_log.touch()
        self.lifetime_s = lifetime_s
        self.address = ""
        self._bus: subprocess.Popen[str] | None = None
        self._impostor: subprocess.Popen[str] | None = None

    def calls(self) -> list[str]:
        return self.call_log.read_text(encoding="utf-8").split()

    def __enter__(self) -> HungSecretService:
        self._bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert self._bus.stdout is not None
        self.address = self._bus.stdout.readline().strip()
        if not self.address:
            self.__exit__(None, None, None)
            raise RuntimeError("dbus-daemon printed no address")
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address}
        self._impostor = subprocess.Popen(
            [sys.executable, "-m", "tests.fakes.secret_impostor", str(self.call_log), str(self.lifetime_s)],
            stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT, env=env)
        assert self._impostor.stdout is not None
        if self._impostor.stdout.readline().strip() != "ready":
            self.__exit__(None, None, None)
            raise RuntimeError(f"the impostor did not take {BUS_NAME}")
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for process in (self._impostor, self._bus):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            if process is not None and process.stdout is not None:
                process.stdout.close()


if __name__ == "__main__":
    _serve(Path(sys.argv[1]), float(sys.argv[2]))
