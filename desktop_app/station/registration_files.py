"""Registration files on disk: built per target from the guests, written durably (to the side, fsync, link into
place) and never over a file the operator already has. Used by `scanstation register` and the station's sinks.

A target can produce several files (Alloggiati Web takes at most 1000 lines per file): they are all written or none
(the ones already in place are removed again when a later one fails).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.registration import alloggiati, meldeschein, pms, ses, siba
from desktop_app.domain.registration.guest import Guest, Stay
from desktop_app.station import csv_tail
from desktop_app.station.export import ExportError, sentence_for

DEFAULT_SUFFIX = {"alloggiati": ".txt", "ses": ".xml", "siba": ".xml", "meldeschein": ".pdf", "mews": ".json",
                  "json": ".json"}


class PresetError(ValueError):
    """The station's presets lack what a target needs (a usage error: establishment codes and the like)."""


@dataclass(frozen=True, slots=True)
class RegistrationOptions:
    """Per-station presets a target may need."""

    apartment: str | None = None  # Alloggiati short-let variant: IdAppartamento
    ses_establishment: str | None = None
    ses_reference: str | None = None
    ses_payment: str = "EFECT"
    siba_unit: siba.HotelUnit | None = None
    siba_file_number: int = 1


def default_name(target: str, stay: Stay) -> str:
    return f"{target}-{stay.arrival:%Y%m%d}{DEFAULT_SUFFIX[target]}"


def build(target: str, guests: list[Guest], stay: Stay, options: RegistrationOptions,
          now: dt.datetime | None = None) -> list[bytes]:
    """The file contents for `target` (check `checks.missing_fields` first)."""
    now = now or dt.datetime.now()
    if target == "alloggiati":
        problem = alloggiati.stay_problem(stay)
        if problem:
            raise PresetError(problem)
        return alloggiati.files(guests, stay, options.apartment)
    if target == "ses":
        if not options.ses_establishment:
            raise PresetError("SES.Hospedajes needs the establishment code (--establishment)")
        reference = options.ses_reference or f"{stay.arrival:%Y%m%d}-{now:%H%M%S}"
        contract = ses.Contract(options.ses_establishment, reference, now.date(), options.ses_payment)
        return [ses.parte_xml(guests, stay, contract)]
    if target == "siba":
        if options.siba_unit is None:
            raise PresetError("SIBA needs the establishment's details (--property FILE with a 'siba' object)")
        return [siba.bulletins_xml(guests, stay, options.siba_unit, options.siba_file_number, now)]
    if target == "meldeschein":
        from desktop_app.station.registration_pdf import meldeschein_pdf

        forms = meldeschein.forms(guests)
        if not forms:
            raise PresetError("every guest is a German national: the law asks no registration form of them")
        return [meldeschein_pdf(forms, stay)]
    if target == "mews":
        objects = [pms.mews_object(guest) for guest in guests]
    elif target == "json":
        objects = [pms.generic_object(guest, stay) for guest in guests]
    else:
        raise PresetError(f"unknown registration target {target!r}")
    return [(json.dumps(objects, ensure_ascii=False, indent=2) + "\n").encode("utf-8")]


def numbered_paths(path: str | os.PathLike[str], count: int) -> list[Path]:
    """`path` for the first file, `stem-2.suffix`... for the next ones."""
    first = Path(path)
    return [first] + [first.with_name(f"{first.stem}-{n}{first.suffix}") for n in range(2, count + 1)]


def write_new_files(paths: Sequence[Path], contents: Sequence[bytes]) -> None:
    """Write every file or none. Each is written beside its place (0600), synced, then linked in, so a reader never
    sees half a file and an existing file is never replaced (ExportError with one sentence otherwise)."""
    done: list[Path] = []
    try:
        for path, data in zip(paths, contents, strict=True):
            _write_one(path, data)
            done.append(path)
    except ExportError:
        for path in done:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _write_one(path: Path, data: bytes) -> None:
    name = path.name
    if path.exists():
        raise ExportError(f"{name} already exists, so nothing was written; choose a new file name.", errno.EEXIST,
                          "exists")
    side = path.with_name(f".{name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(side, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as err:
        raise ExportError(sentence_for(err, name), err.errno) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(side, path)  # fails instead of replacing a file that appeared meanwhile
        except FileExistsError:
            raise ExportError(f"{name} already exists, so nothing was written; choose a new file name.",
                              errno.EEXIST, "exists") from None
        csv_tail.fsync_directory(path)
    except OSError as err:
        raise ExportError(sentence_for(err, name), err.errno) from None
    finally:
        with contextlib.suppress(OSError):
            side.unlink()
