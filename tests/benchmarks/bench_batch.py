"""Batch benchmark: the window reading N files (Open files) against the CLI reading the same files, same run.

    python -m tests.benchmarks.bench_batch [--count 500] [--long-side 3000]

Files: generated ID documents (TD3 and TD1, no real person), upscaled to a phone photo's size (3000 px on the long
side by default) and written as JPEGs to a temporary folder; four distinct documents repeated. Both readers use the
offline engine, each in its own subprocess:

- window: the station's MainWindow (offscreen) opens the N files through `submit_paths` (the batch queue with its
  progress bar) and waits for the batch's end;
- CLI: `scanstation scan FILE... --engine local --json`.
Both start as `scanstation` does (`desktop_app.malloc_tuning.return_large_buffers` first).

Printed side by side: peak memory (RSS high-water mark of the child process, from `wait4`'s rusage: the same
measure for both) and throughput in files/s from the first file's result to the last (so start-up and the model
load weigh on neither). Targets: window peak <= 600 MB for 500 files; window throughput >= the CLI's.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[2]

WINDOW = """
import json, resource, sys, time, tempfile
from pathlib import Path
from desktop_app.malloc_tuning import return_large_buffers
return_large_buffers()  # what `scanstation` (desktop_app.cli.main) does first for the GUI and the CLI
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop_app.station.runner import QtLoop
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from desktop_app.ui.main_window import MainWindow

paths = sys.argv[1:]
app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
with tempfile.TemporaryDirectory() as d, QtLoop(app) as loop:
    qs = QSettings(str(Path(d) / "s.conf"), QSettings.Format.IniFormat)
    store = SettingsStore(qs, preset_path=str(Path(d) / "p"))
    store.update(csv_enabled=False, sounds=False, idle_timeout_s=0, second_opinion=False, default_profile="local")

    async def run():
        session = ScanSession(store.load)
        window = MainWindow(session, store)
        window.show()
        done_at, ended, seen = [], [], set()
        def changed(item_id):
            item = session.item(item_id)
            if item is not None and not item.busy and item_id not in seen:
                seen.add(item_id)
                done_at.append(time.perf_counter())
        session.item_changed.connect(changed)
        window.batch_bar.ended.connect(lambda *a: ended.append(a))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        window.submit_paths(paths)
        while not ended:
            await __import__("asyncio").sleep(0.05)
        statuses = {}
        for item in session.items():
            statuses[item.status] = statuses.get(item.status, 0) + 1
        stills = sum(1 for item in session.items() if item.still is not None)
        window.hide()
        await session.aclose()
        return {"done_at": done_at, "before_kb": before, "statuses": statuses, "stills_kept": stills,
                "ended": list(ended[0])}

    print(json.dumps(loop.run_until_complete(run())), flush=True)
"""


def make_files(folder: Path, count: int, long_side: int) -> list[str]:
    import cv2

    from tests.datagen import clean_document

    encoded = []
    for seed, kind in ((1, "td3"), (2, "td1"), (3, "td3"), (4, "td1")):
        rgb = clean_document(seed, kind).rgb
        scale = long_side / max(rgb.shape[:2])
        rgb = cv2.resize(rgb, (round(rgb.shape[1] * scale), round(rgb.shape[0] * scale)),
                         interpolation=cv2.INTER_CUBIC)
        ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 88])
        assert ok
        encoded.append(bytes(buf))
    paths = []
    for i in range(count):
        path = folder / f"guest-{i:03d}.jpg"
        path.write_bytes(encoded[i % len(encoded)])
        paths.append(str(path))
    return paths


def _child(argv: list[str], env: dict[str, str], on_line: list[float] | None = None) -> tuple[str, float, float]:
    """(stdout, wall s, peak RSS MB) of a child process, its rusage taken from wait4 (the child's own high-water)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert proc.stdout is not None
    out = []
    for line in proc.stdout:
        if on_line is not None:
            on_line.append(time.perf_counter())
        out.append(line)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return "".join(out), time.perf_counter() - t0, usage.ru_maxrss / 1024


def _rate(times: list[float]) -> float:
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 and times[-1] > times[0] else float("nan")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--long-side", type=int, default=3000)
    args = parser.parse_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        env |= {"XDG_CONFIG_HOME": str(folder / "config"), "XDG_CONFIG_DIRS": str(folder / "etc")}
        paths = make_files(folder, args.count, args.long_side)
        size_mb = sum(Path(p).stat().st_size for p in paths) / 1e6
        print(f"{args.count} files, {args.long_side} px long side, {size_mb:.0f} MB of JPEG; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        cli_lines: list[float] = []
        cli_out, cli_wall, cli_rss = _child([sys.executable, "-m", "desktop_app", "scan", *paths, "--engine", "local",
                                             "--json"], env, cli_lines)
        cli_ok = sum(1 for line in cli_out.splitlines() if json.loads(line).get("outcome") != "failed")
        win_out, win_wall, win_rss = _child([sys.executable, "-c", WINDOW, *paths], env)
        window = json.loads(win_out.strip().splitlines()[-1])
    cli_rate, win_rate = _rate(cli_lines), _rate(window["done_at"])
    print(f"{'':24}{'window (batch)':>16}{'CLI':>12}")
    print(f"{'peak RSS (MB)':24}{win_rss:>16.0f}{cli_rss:>12.0f}")
    print(f"{'throughput (files/s)':24}{win_rate:>16.2f}{cli_rate:>12.2f}")
    print(f"{'wall incl. start (s)':24}{win_wall:>16.1f}{cli_wall:>12.1f}")
    print(f"{'files read (not failed)':24}{window['statuses'].get('needs_review', 0):>16}{cli_ok:>12}")
    print(f"window: RSS high-water before the batch {window['before_kb'] / 1024:.0f} MB; statuses "
          f"{window['statuses']}; pictures kept after the batch: {window['stills_kept']}")
    print(f"targets: window peak <= 600 MB for 500 files ({'met' if win_rss <= 600 else 'NOT met'} at "
          f"{args.count}); window throughput >= CLI ({'met' if win_rate >= cli_rate else 'NOT met'}: "
          f"{win_rate / cli_rate:.2f}x)")


if __name__ == "__main__":
    main()
