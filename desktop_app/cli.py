"""`scanstation`: the GUI by default; `scan`, `quality`, `register`, `profiles` and `keys` sub-commands.

This is a contract other parts and outside checks rely on: exit 0 when every input succeeded, 1 when any
failed, 2 for usage errors. Errors are one line on stderr, never a traceback. No secret is read from argv.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app import __version__

if TYPE_CHECKING:
    from desktop_app.domain.schema import ScanResult
    from desktop_app.engines.base import Engine, ScanOptions
    from desktop_app.station.engine_factory import EngineFactory

VENDOR_CHOICES = ("structocr", "td", "tencent", "accuauth", "local")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called (exit 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scanstation", description="ID Scan Station")
    parser.add_argument("--version", action="version", version=f"scanstation {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check Qt, multimedia, keyring and OCR models; print what worked")
    parser.add_argument("--kiosk", action="store_true", help="start the GUI in kiosk mode")
    sub = parser.add_subparsers(dest="command")

    scan = sub.add_parser("scan", help="read document images and print one JSON object per input")
    scan.add_argument("files", nargs="*", metavar="FILE")
    scan.add_argument("--sides", nargs=2, action="append", default=[], metavar=("FRONT", "BACK"),
                      help="a document's two sides (a card's front and back, a passport and its visa page): one "
                           "merged object with 'sides' listing each side's source and outcome; may be repeated")
    scan.add_argument("--engine", required=True, metavar="NAME", help="'local' or a profile name")
    scan.add_argument("--json", action="store_true", help="one JSON object per line (the default output)")
    scan.add_argument("--csv", metavar="FILE", help="also append every successful read to this CSV file")
    scan.add_argument("--raw", action="store_true", help="include the vendor's (redacted) raw answer")
    scan.add_argument("--document", choices=("auto", "passport", "national_id", "driver_license"), default="auto")
    scan.add_argument("--side", choices=("front", "back"), help="the side of every FILE (not of --sides)")
    scan.add_argument("--no-gate", action="store_true",
                      help="send every picture to the vendor, even one our quality check rejects")

    quality = sub.add_parser("quality", help="print the live-quality checks for image files")
    quality.add_argument("files", nargs="+", metavar="FILE")
    quality.add_argument("--json", action="store_true", help="one JSON object per line (the default output)")

    _register_parser(sub)

    profiles = sub.add_parser("profiles", help="manage vendor profiles")
    psub = profiles.add_subparsers(dest="profiles_command", required=True)
    add = psub.add_parser("add", help="add or replace a profile")
    add.add_argument("name")
    add.add_argument("--vendor", required=True, choices=VENDOR_CHOICES)
    add.add_argument("--base-url")
    add.add_argument("--action")
    add.add_argument("--country")
    add.add_argument("--region")
    add.add_argument("--failover", metavar="OTHER[,OTHER]",
                     help="profiles that read the scan, in order, when this one is busy, down or out of credits")
    psub.add_parser("list", help="list profiles")
    remove = psub.add_parser("remove", help="remove a profile and its keys")
    remove.add_argument("name")

    keys = sub.add_parser("keys", help="manage a profile's keys in the OS keyring")
    ksub = keys.add_subparsers(dest="keys_command", required=True)
    kset = ksub.add_parser("set", help="read KEY=VALUE lines from stdin into the keyring")
    kset.add_argument("name")
    kstatus = ksub.add_parser("status", help="say which keys are present (never their values)")
    kstatus.add_argument("name")
    kdel = ksub.add_parser("delete", help="delete the profile's keys")
    kdel.add_argument("name")
    admin = sub.add_parser("admin", help="fleet set-up helpers")
    asub = admin.add_subparsers(dest="admin_command", required=True)
    asub.add_parser("hash-pin", help="read a kiosk PIN (prompt or stdin) and print its hash for a preset file")
    return parser


def _register_parser(sub: Any) -> None:
    from desktop_app.domain.registration import TARGETS

    reg = sub.add_parser("register", help="write a guest registration file (police or PMS) from `scan --json` lines",
                         description="Exit 0: the file is written; 1: guests lack fields (one line each, nothing "
                                     "written) or the file could not be written; 2: usage error.")
    reg.add_argument("target", choices=TARGETS)
    reg.add_argument("records", metavar="RECORDS.jsonl", help="`scan --json` output; a line may carry a `stay` object")
    reg.add_argument("--arrival", required=True, metavar="YYYY-MM-DD")
    length = reg.add_mutually_exclusive_group(required=True)
    length.add_argument("--nights", type=int, metavar="N")
    length.add_argument("--departure", metavar="YYYY-MM-DD")
    reg.add_argument("--out", metavar="FILE", help="the file to create (never overwritten); default: TARGET-DATE.ext")
    reg.add_argument("--property", metavar="FILE", help="JSON presets: {\"ses\": {\"establishment\": ...}, "
                                                        "\"siba\": {hotel unit}, \"alloggiati\": {\"apartment\": ...}}")
    reg.add_argument("--apartment", metavar="ID", help="Alloggiati short-let variant: IdAppartamento (174 characters)")
    reg.add_argument("--establishment", metavar="CODE", help="SES.Hospedajes establishment code")
    reg.add_argument("--reference", metavar="REF", help="SES.Hospedajes contract reference")
    reg.add_argument("--payment", metavar="CODE", help="SES.Hospedajes payment type (EFECT, TARJT, PLATF, ...)")
    reg.add_argument("--ses-request", metavar="FILE", help="also write the web service's request body (ZIP+Base64)")
    reg.add_argument("--landlord", metavar="CODE", help="SES.Hospedajes landlord code for --ses-request")


def _emit(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _error(message: str) -> None:
    """One line on stderr, always: control characters of a path or a vendor string are escaped."""
    from desktop_app.domain.one_line import one_line

    sys.stderr.write(f"scanstation: {one_line(message)}\n")
    sys.stderr.flush()


def _append_to_csv(csv_path: str, result: ScanResult) -> bool:
    """Append one read's row at once (a batch killed half-way keeps every row read before); False on failure."""
    from desktop_app.domain.export_rows import row_for
    from desktop_app.station.export import ExportError, append_csv_rows

    try:
        append_csv_rows(csv_path, [row_for(result)])
    except ExportError as err:
        _error(str(err))
        return False
    return True


async def _read_one(engine: Engine, path: str, options: ScanOptions, factory: EngineFactory | None = None,
                    engines: dict[str, Engine] | None = None, *, gate: bool = True) -> ScanResult:
    """One input's result, whatever happens: a file that cannot be read, an engine error, or an exception
    nobody foresaw all become this input's failed result with a category and a sentence (never a traceback).
    The profile's fallbacks read it when the first cannot (`station.failover`, as in the GUI)."""
    from desktop_app.domain.schema import ErrorInfo, failed_result
    from desktop_app.engines.profile import decode_long_side
    from desktop_app.imaging.intake import IntakeError, load_still
    from desktop_app.station.failover import read_scan
    from desktop_app.station.gate import check_still

    profile = engine.profile
    action = profile.action or profile.vendor

    def unexpected(err: Exception, stage: str) -> str:
        return (f"Unexpected error ({type(err).__name__}) while {stage}; this input was skipped and nothing was saved "
                "for it. Please report this.")

    try:
        still = load_still(path, long_side=decode_long_side(profile))
    except IntakeError as err:
        return failed_result(profile.vendor, action, ErrorInfo(category="bad_image", message=str(err)))
    except Exception as err:  # the last guard for one input: the batch goes on with the next one
        info = ErrorInfo(category="bad_image", message=unexpected(err, "reading the file"))
        return failed_result(profile.vendor, action, info)

    made = engines if engines is not None else {profile.name: engine}

    async def get_engine(name: str) -> Engine:
        if name not in made:
            from desktop_app.station.engine_factory import EngineFactory

            made[name] = await (factory or EngineFactory()).engine_for(name)
        return made[name]

    async def judge(target: Any, picture: Any = still) -> Any:
        return await asyncio.to_thread(check_still, picture, target, options)

    try:
        return await read_scan(get_engine, profile.name, still, options, gate=judge if gate else None)
    except Exception as err:  # the last guard for one input: the batch goes on with the next one
        info = ErrorInfo(category="bad_response", message=unexpected(err, "reading the document"))
        return failed_result(profile.vendor, action, info)
    finally:
        del still  # images live no longer than needed


async def _read_pair(engine: Engine, front: str, back: str, options: ScanOptions, *,
                     factory: EngineFactory | None = None,
                     engines: dict[str, Engine] | None = None, gate: bool = True) -> ScanResult:
    """A document's two sides read one after the other and merged into one record (`domain.sides`)."""
    import dataclasses
    import datetime as dt

    from desktop_app.domain.sides import join_sides

    front_result = await _read_one(engine, front, dataclasses.replace(options, side="front"), factory, engines,
                                   gate=gate)
    back_result = await _read_one(engine, back, dataclasses.replace(options, side="back"), factory, engines, gate=gate)
    return join_sides(front_result, back_result, front_source=front, back_source=back, today=dt.date.today())


def _result_line(path: str, result: ScanResult, *, include_raw: bool) -> tuple[str, ScanResult]:
    """(JSON line, result written) for one input; when `result` cannot be written as JSON, a failed one instead."""
    from desktop_app.domain.schema import ErrorInfo, failed_result, to_json_dict

    try:
        data = {"source": path, **to_json_dict(result, include_raw=include_raw)}
        line = json.dumps(data, ensure_ascii=False)
        try:
            line.encode(sys.stdout.encoding or "utf-8")
        except UnicodeEncodeError:  # a character this stdout cannot carry: \u escapes, still the same JSON
            line = json.dumps(data)
        return line, result
    except Exception as err:  # e.g. a raw answer that cannot be serialised
        info = ErrorInfo(category="bad_response", message=f"The result could not be written as JSON "
                         f"({type(err).__name__}); this input was skipped. Please report this.")
        failed = failed_result(result.vendor, result.vendor_action, info)
        return json.dumps({"source": path, **to_json_dict(failed)}, ensure_ascii=False), failed


async def _scan_all(args: argparse.Namespace) -> int:
    from desktop_app.domain.schema import ErrorInfo, failed_result, to_json_dict
    from desktop_app.engines.errors import EngineError
    from desktop_app.engines.profile import ScanOptions
    from desktop_app.station.engine_factory import EngineFactory, UnknownProfile

    factory = EngineFactory()  # the GUI's factory: the same profile, defaults and keys
    try:
        profile = factory.profile(args.engine)
    except UnknownProfile as err:
        raise UsageError(f"no profile named {err.name!r}; add one with 'scanstation profiles add' or use "
                         "--engine local") from err
    options = ScanOptions(document=args.document, side=args.side)
    pairs: list[tuple[str, str]] = [(front, back) for front, back in args.sides]
    try:
        engine: Engine = await factory.engine_for(args.engine)
    except EngineError as err:
        info = ErrorInfo(category=err.category, message=str(err))
        action = profile.action or profile.vendor
        for path in [*args.files, *(front for front, _ in pairs)]:
            _emit({"source": path, **to_json_dict(failed_result(profile.vendor, action, info))})
        _error(str(err))
        return EXIT_FAILED
    exit_code = EXIT_OK
    engines: dict[str, Engine] = {args.engine: engine}
    inputs: list[tuple[str, str | None]] = [*((path, None) for path in args.files), *pairs]
    try:
        for path, back in inputs:
            if back is None:
                result = await _read_one(engine, path, options, factory, engines, gate=not args.no_gate)
            else:
                result = await _read_pair(engine, path, back, ScanOptions(document=args.document), factory=factory,
                                          engines=engines, gate=not args.no_gate)
            line, result = _result_line(path, result, include_raw=args.raw)
            if result.outcome == "failed":
                exit_code = EXIT_FAILED
                message = result.error.message if result.error else "the read failed"
                if result.error is not None and result.error.checks:
                    message += " (--no-gate sends it anyway)"
                _error(f"{path}: {message}")
            elif args.csv and not _append_to_csv(args.csv, result):
                exit_code = EXIT_FAILED
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    finally:
        for made in engines.values():
            await made.aclose()
    return exit_code


def _quality(args: argparse.Namespace) -> int:
    from desktop_app.imaging.intake import IntakeError, load_still
    from desktop_app.imaging.quality import analyze, report_to_json

    exit_code = EXIT_OK
    for path in args.files:
        try:
            still = load_still(path)
        except IntakeError as err:
            _error(f"{path}: {err}")
            _emit({"source": path, "error": str(err)})
            exit_code = EXIT_FAILED
            continue
        _emit({"source": path, **report_to_json(analyze(still.rgb))})
    return exit_code


def _register(args: argparse.Namespace) -> int:
    from desktop_app.cli_register import run_register

    return run_register(args, _error, UsageError)


def _profiles(args: argparse.Namespace) -> int:
    from desktop_app.engines.profile import Profile
    from desktop_app.station.profiles import ProfileError, ProfileStore

    store = ProfileStore()
    if args.profiles_command == "list":
        for profile in store.list():
            _emit({"name": profile.name, "vendor": profile.vendor, "base_url": profile.base_url,
                   "action": profile.action, "country": profile.country, "region": profile.region,
                   "failover": list(profile.failover)})
        return EXIT_OK
    if args.profiles_command == "add":
        failover = tuple(name.strip() for name in (args.failover or "").split(",") if name.strip())
        missing = [name for name in failover if name != "local" and store.get(name) is None]
        if missing:
            raise UsageError(f"no profile named {missing[0]!r} to fail over to; add it first or use 'local'")
        try:
            store.add(Profile(name=args.name, vendor=args.vendor, base_url=args.base_url, action=args.action,
                              country=args.country, region=args.region, failover=failover))
        except ProfileError as err:
            raise UsageError(str(err)) from err
        sys.stderr.write(f"profile {args.name!r} saved; set its keys with: scanstation keys set {args.name}\n")
        return EXIT_OK
    if not store.remove(args.name):
        raise UsageError(f"no profile named {args.name!r}")
    return EXIT_OK


def _keys(args: argparse.Namespace) -> int:
    from desktop_app.station import credentials
    from desktop_app.station.profiles import ProfileStore

    profile = ProfileStore().get(args.name)
    if profile is None:
        raise UsageError(f"no profile named {args.name!r}")
    try:
        if args.keys_command == "set":
            values = credentials.parse_key_lines(sys.stdin.read(), profile.vendor)
            credentials.set_secrets(profile, values)
            sys.stderr.write(f"stored {', '.join(sorted(values))} for {args.name!r} in the system keyring\n")
        elif args.keys_command == "status":
            for key, present in credentials.status(profile).items():
                sys.stdout.write(f"{key}: {'set' if present else 'not set'}\n")
        else:
            credentials.delete_secrets(profile)
    except credentials.CredentialError as err:
        _error(str(err))
        return EXIT_FAILED
    except ValueError as err:
        raise UsageError(str(err)) from err
    return EXIT_OK


def _admin(args: argparse.Namespace) -> int:
    import getpass

    from desktop_app.station.settings import hash_pin

    pin = getpass.getpass("Kiosk PIN: ") if sys.stdin.isatty() else sys.stdin.readline().strip()
    if not pin.isdigit() or len(pin) < 4:
        raise UsageError("the kiosk PIN must be at least 4 digits")
    sys.stdout.write(hash_pin(pin) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.capture.sigpipe import install_sigpipe_guard
    from desktop_app.malloc_tuning import return_large_buffers
    from desktop_app.no_core_dumps import disable_core_dumps

    disable_core_dumps()  # before any personal data is in memory
    return_large_buffers()  # before any worker thread: a batch's photos do not pile up in the heap
    install_sigpipe_guard()  # before anything can load SANE (see capture/sigpipe.py)
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0)
    try:
        if args.command == "scan":
            if not args.files and not args.sides:
                raise UsageError("scan needs at least one FILE or --sides FRONT BACK")
            return asyncio.run(_scan_all(args))
        if args.command == "quality":
            return _quality(args)
        if args.command == "register":
            return _register(args)
        if args.command == "profiles":
            return _profiles(args)
        if args.command == "keys":
            return _keys(args)
        if args.command == "admin":
            return _admin(args)
        if args.self_test:
            from desktop_app.selftest import run as run_self_test

            return run_self_test()
        from desktop_app.ui.app import run_gui

        return run_gui(kiosk=args.kiosk)
    except UsageError as err:
        _error(str(err))
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAILED
    except Exception as err:  # the last guard: one line, never a traceback
        _error(f"unexpected error ({type(err).__name__}); nothing was saved. Please report this.")
        return EXIT_FAILED
