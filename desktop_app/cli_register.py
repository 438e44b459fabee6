"""`scanstation register TARGET RECORDS.jsonl --arrival D (--nights N | --departure D) [--out FILE]`.

Contract: exit 0 when the file is written; exit 1 with one line per guest naming the missing fields (nothing is
written), or when the file cannot be written; exit 2 for usage errors (bad dates, unreadable records, unknown stay
keys, presets a target needs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED = 0, 1


def _date(value: str, what: str, usage: type[Exception]) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise usage(f"{what} must be a date as YYYY-MM-DD, not {value!r}") from None


def _read_records(path: str, usage: type[Exception]) -> list[tuple[int, dict[str, Any]]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise usage(f"cannot read {path}: {getattr(err, 'strerror', None) or err}") from None
    records: list[tuple[int, dict[str, Any]]] = []
    for number, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            raise usage(f"{path} line {number + 1} is not JSON (expected `scan --json` output)") from None
        if not isinstance(obj, dict):
            raise usage(f"{path} line {number + 1} is not a JSON object")
        records.append((number, obj))
    if not records:
        raise usage(f"{path} holds no records")
    return records


def _options(args: argparse.Namespace, usage: type[Exception]) -> Any:
    from desktop_app.domain.registration.siba import HotelUnit
    from desktop_app.station.registration_files import RegistrationOptions

    presets: dict[str, Any] = {}
    if args.property:
        try:
            presets = json.loads(Path(args.property).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise usage(f"cannot read the property presets {args.property}: {err}") from None
        if not isinstance(presets, dict):
            raise usage("the property presets must be a JSON object")
    ses_presets = presets.get("ses") or {}
    siba_presets = presets.get("siba")
    unit = None
    file_number = 1
    if siba_presets is not None:
        if not isinstance(siba_presets, dict):
            raise usage("the 'siba' presets must be a JSON object")
        siba_presets = dict(siba_presets)
        try:
            file_number = int(siba_presets.pop("file_number", 1))
        except (TypeError, ValueError):
            raise usage("the 'siba' file_number must be a whole number") from None
        try:
            unit = HotelUnit(**{key: str(value) for key, value in siba_presets.items()})
        except TypeError as err:
            raise usage(f"the 'siba' presets do not describe a hotel unit ({err})") from None
    return RegistrationOptions(
        apartment=args.apartment or (presets.get("alloggiati") or {}).get("apartment"),
        ses_establishment=args.establishment or ses_presets.get("establishment"),
        ses_reference=args.reference,
        ses_payment=args.payment or ses_presets.get("payment") or "EFECT",
        siba_unit=unit,
        siba_file_number=file_number,
    )


def run_register(args: argparse.Namespace, error: Callable[[str], None], usage: type[Exception]) -> int:
    from desktop_app.domain.registration.checks import missing_fields
    from desktop_app.domain.registration.guest import GuestDataError, Stay, check_links, guest_from_scan
    from desktop_app.domain.registration.ses import request_body
    from desktop_app.domain.registration.tables import ses_codes
    from desktop_app.station.export import ExportError
    from desktop_app.station.registration_files import (
        PresetError,
        build,
        default_name,
        numbered_paths,
        write_new_files,
    )

    arrival = _date(args.arrival, "--arrival", usage)
    try:
        if args.nights is not None:
            stay = Stay.from_nights(arrival, args.nights)
        else:
            stay = Stay(arrival, _date(args.departure, "--departure", usage))
            if stay.nights < 1:
                raise GuestDataError("--departure must be after --arrival")
        guests = [guest_from_scan(obj, number) for number, obj in _read_records(args.records, usage)]
        check_links(guests)
    except GuestDataError as err:
        raise usage(str(err)) from None
    if args.payment and args.payment not in ses_codes("tipoPago"):
        raise usage(f"--payment must be one of {', '.join(ses_codes('tipoPago'))}")
    if args.ses_request and (args.target != "ses" or not args.landlord):
        raise usage("--ses-request goes with the ses target and needs --landlord")
    options = _options(args, usage)
    lacking = missing_fields(args.target, guests, stay)
    if lacking:
        for item in lacking:
            error(item.sentence())
        error(f"nothing was written: {len(lacking)} guest(s) lack what {args.target} needs")
        return EXIT_FAILED
    if args.target == "meldeschein":
        _ensure_gui_application()
    try:
        contents = build(args.target, guests, stay, options)
    except (PresetError, ValueError) as err:
        raise usage(str(err)) from None
    paths = numbered_paths(args.out or default_name(args.target, stay), len(contents))
    if args.ses_request:
        paths.append(Path(args.ses_request))
        contents.append(request_body(contents[0], args.landlord))
    try:
        write_new_files(paths, contents)
    except ExportError as err:
        error(str(err))
        return EXIT_FAILED
    for path in paths:
        print(path)
    return EXIT_OK


def _ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        global _app  # noqa: PLW0603 - lives until the process ends, as Qt wants
        _app = QGuiApplication(["scanstation", "-platform", "offscreen"])


_app: object = None
