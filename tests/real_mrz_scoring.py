"""Read a dev-set variant the way the CLI reads a file, and score a read against the truth.

The offline engine's read: `decode_still` (the station's intake: format sniffing, EXIF orientation, size guard)
-> `LocalEngine.scan_rgb` -> `finalize`, as `scanstation scan --engine local` does for a file. Scores: exact MRZ
lines, the nine key fields, and false accepts (the MRZ check shown as passed while a line is wrong).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass

from desktop_app.domain.checks import finalize
from desktop_app.domain.mrz import MrzError, parse_mrz
from desktop_app.domain.schema import ScanResult
from desktop_app.engines.errors import EngineError
from desktop_app.engines.local.engine import LocalEngine
from desktop_app.engines.profile import decode_long_side
from desktop_app.imaging.intake import IntakeError, decode_still
from tests.real_mrz import Case

KEY_FIELDS = ("document_code", "issuing_state", "document_number", "date_of_birth", "sex", "date_of_expiry",
              "nationality", "surname", "given_names")


@dataclass(frozen=True, slots=True)
class Read:
    """What one reader made of one file."""

    lines: tuple[str, ...] | None  # None: no MRZ returned
    check_passed: bool  # the reader shows the MRZ check digits as valid
    fields: dict[str, str] | None  # the key fields, normalized (see `normalize`)
    ms: float  # the whole read: decode + engine (+ finalize)
    no_read_reason: str = ""  # "intake: ...", "engine: ...", or a peer's error


def normalize(key: str, value: str | None) -> str:
    """`<` as space, runs of spaces as one; no spaces at all in the document number and the codes."""
    words = (value or "").replace("<", " ").split()
    return " ".join(words) if key in ("surname", "given_names") else "".join(words)


def truth_fields(case: Case) -> dict[str, str]:
    return {key: normalize(key, case.fields.get(key)) for key in KEY_FIELDS}


def result_fields(result: ScanResult) -> dict[str, str]:
    """The key fields as the result carries them (the MRZ characters behind each field)."""
    raw = {f.key: f.raw_value for f in result.fields}
    return {key: normalize(key, raw.get(key)) for key in KEY_FIELDS}


def line_fields(lines: tuple[str, ...], today: dt.date) -> dict[str, str] | None:
    """The key fields of MRZ lines from another reader, by this project's parser (one yardstick for all)."""
    try:
        read = parse_mrz(list(lines), today=today)
    except MrzError:
        return None
    raw = {"document_code": read.document_code, "issuing_state": read.issuing_state_raw,
           "document_number": read.document_number, "date_of_birth": read.date_of_birth_raw, "sex": read.sex_raw,
           "date_of_expiry": read.date_of_expiry_raw, "nationality": read.nationality_raw, "surname": read.surname,
           "given_names": read.given_names}
    return {key: normalize(key, raw[key]) for key in KEY_FIELDS}


def local_engine(*, mrz_only: bool = False) -> LocalEngine:
    """The engine as the CLI makes it for `--engine local`; `mrz_only` turns the crops and quality off."""
    from desktop_app.engines.base import Profile

    options = {"images": "off", "quality": "off"} if mrz_only else {}
    return LocalEngine(Profile(name="local", vendor="local", options=options))


def read_local(engine: LocalEngine, data: bytes, today: dt.date) -> tuple[Read, ScanResult | None]:
    """Decode `data` through the intake and read it; the finalized result too (None when nothing was read)."""
    t0 = time.perf_counter()
    try:
        still = decode_still(data, long_side=decode_long_side(engine.profile))  # as the CLI decodes for it
        result = finalize(engine.scan_rgb(still.rgb, today=today), today=today)
    except IntakeError as err:
        return Read(None, False, None, _ms(t0), f"intake: {err}"), None
    except EngineError as err:
        return Read(None, False, None, _ms(t0), f"engine: {err.category}"), None
    ms = _ms(t0)
    lines = tuple(result.mrz.lines) or None
    return Read(lines, result.mrz.local_check == "pass", result_fields(result), ms), result


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def exact(read: Read, case: Case) -> bool:
    return read.lines == case.lines


def fields_right(read: Read, case: Case) -> bool:
    return read.fields == truth_fields(case)


def false_accept(read: Read, case: Case) -> bool:
    """The check shown as passed while a line differs from the print."""
    return read.check_passed and read.lines is not None and read.lines != case.lines
