"""Offline MRZ engine vs PassportEye on generated documents (seeded, in memory; nothing written to disk).

    python -m tests.benchmarks.bench_offline            # 9 conditions x 5 kinds x 7 seeds = 315 documents
    python -m tests.benchmarks.bench_offline --quick    # 45 documents
    python -m tests.benchmarks.bench_offline --passporteye-every 1   # PassportEye on every image (slow)

Per condition: MRZ found, exact MRZ, all fields correct, accepted (outcome ok, no field flagged), false accepts
(accepted but a field wrong), median / p95 latency of the whole engine (MRZ + portrait + document crop + quality)
and of the MRZ read alone. PassportEye (Tesseract) runs on the same images, by default on every 5th document
(it is ~10x slower); both engines' latencies are compared on exactly those images. PassportEye is a benchmark
reference only (pip install passporteye; apt install tesseract-ocr), never a project dependency.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

from desktop_app.domain.checks import finalize
from desktop_app.engines.local.engine import _add_images, _add_quality, build_result
from desktop_app.engines.local.mrz_reader import read_mrz
from desktop_app.engines.local.recognizer import get_recognizer
from tests.datagen import CONDITIONS, KINDS, REFERENCE_TODAY, GeneratedDoc, generate

FIELDS = ("number", "date_of_birth", "date_of_expiry", "surname", "given_names", "sex", "nationality",
          "issuing_country", "document_code")


@dataclass
class Tally:
    n: int = 0
    found: int = 0
    exact: int = 0
    all_fields: int = 0
    accepted: int = 0
    false_accepts: int = 0
    latencies: list[float] = field(default_factory=list)
    mrz_latencies: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)


def _yymmdd(iso: str | None) -> str | None:
    return None if iso is None else iso[2:4] + iso[5:7] + iso[8:10]


def truth_fields(truth: dict[str, Any]) -> dict[str, str | None]:
    return {
        "number": truth["number"], "date_of_birth": _yymmdd(truth["date_of_birth"]),
        "date_of_expiry": _yymmdd(truth["date_of_expiry"]), "surname": truth["surname"],
        "given_names": truth["given_names"], "sex": truth["sex"], "nationality": truth["nationality"],
        "issuing_country": truth["issuing_country"], "document_code": truth["document_code"],
    }


def local_fields(result: Any) -> dict[str, str | None]:
    raw = {f.key: f.raw_value for f in result.fields}
    return {
        "number": result.document.number, "date_of_birth": raw.get("date_of_birth"),
        "date_of_expiry": raw.get("date_of_expiry"), "surname": result.holder.surname or "",
        "given_names": result.holder.given_names or "", "sex": result.holder.sex,
        "nationality": (result.holder.nationality_raw or "").replace("<", ""),
        "issuing_country": (result.document.issuing_country_raw or "").replace("<", ""),
        "document_code": result.document.category_raw,
    }


def run_local(doc: GeneratedDoc, tally: Tally) -> float:
    rgb = doc.rgb
    t0 = time.perf_counter()
    reading = read_mrz(rgb, today=REFERENCE_TODAY)
    t1 = time.perf_counter()
    result = None
    if reading is not None:
        result = build_result(reading)
        _add_images(result, rgb, reading)
        _add_quality(result, rgb, reading)
    t2 = time.perf_counter()
    tally.n += 1
    tally.latencies.append(t2 - t0)
    tally.mrz_latencies.append(t1 - t0)
    if result is None or reading is None:
        tally.misses.append(f"{doc.truth['kind']}#{doc.truth['seed']}: no MRZ")
        return t2 - t0
    finalize(result, today=REFERENCE_TODAY)
    tally.found += 1
    tally.exact += reading.lines == doc.mrz_lines
    right = local_fields(result) == truth_fields(doc.truth)
    tally.all_fields += right
    accepted = result.outcome == "ok" and all(f.validity != "invalid" for f in result.fields)
    tally.accepted += accepted
    if accepted and not right:
        tally.false_accepts += 1
        tally.misses.append(f"{doc.truth['kind']}#{doc.truth['seed']}: FALSE ACCEPT {reading.lines}")
    elif not right:
        tally.misses.append(f"{doc.truth['kind']}#{doc.truth['seed']}: {reading.method} {reading.raw_lines}")
    elif not accepted:
        tally.misses.append(f"{doc.truth['kind']}#{doc.truth['seed']}: right but flagged ({reading.method}, "
                            f"confirmed={reading.confirmed}, length fix {reading.length_fix})")
    return t2 - t0


def passporteye_available() -> str | None:
    """None when PassportEye and Tesseract are usable, else why not."""
    import shutil

    if shutil.which("tesseract") is None:
        return "tesseract binary not found (apt install tesseract-ocr)"
    try:
        import passporteye  # noqa: F401
    except ImportError:
        return "passporteye not installed (pip install passporteye)"
    return None


def _pe_fields(mrz: Any) -> dict[str, str | None]:
    d = mrz.to_dict()

    def clean(v: Any) -> str:
        return str(v or "").replace("<", " ").strip()

    return {
        "number": clean(d.get("number")).replace(" ", ""), "date_of_birth": d.get("date_of_birth"),
        "date_of_expiry": d.get("expiration_date"), "surname": " ".join(clean(d.get("surname")).split()),
        "given_names": " ".join(clean(d.get("names")).split()), "sex": {"<": "X"}.get(d.get("sex"), d.get("sex")),
        "nationality": clean(d.get("nationality")).replace(" ", ""),
        "issuing_country": clean(d.get("country")).replace(" ", ""), "document_code": clean(d.get("type"))[:1]
        + clean(d.get("type"))[1:].replace(" ", ""),
    }


def run_passporteye(doc: GeneratedDoc, tally: Tally) -> float:
    from passporteye import read_mrz as pe_read

    ok, buf = cv2.imencode(".png", cv2.cvtColor(doc.rgb, cv2.COLOR_RGB2BGR))
    assert ok
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mrz = pe_read(io.BytesIO(buf.tobytes()))
    elapsed = time.perf_counter() - t0
    tally.n += 1
    tally.latencies.append(elapsed)
    if mrz is None:
        return elapsed
    tally.found += 1
    d = mrz.to_dict()
    lines = [ln for ln in str(d.get("raw_text", "")).split("\n") if ln]
    tally.exact += lines == doc.mrz_lines
    right = _pe_fields(mrz) == truth_fields(doc.truth)
    tally.all_fields += right
    checks = [d.get(k) for k in ("valid_number", "valid_date_of_birth", "valid_expiration_date", "valid_composite")
              if k in d]
    accepted = bool(checks) and all(checks)
    tally.accepted += accepted
    tally.false_accepts += accepted and not right
    return elapsed


def _pct(a: int, n: int) -> str:
    return f"{100.0 * a / n:5.1f}%" if n else "   - "


def _ms(values: list[float], q: float) -> str:
    if not values:
        return "    -"
    return f"{1000 * float(np.percentile(values, q)):5.0f}"


def print_table(title: str, tallies: dict[str, Tally], *, with_mrz_latency: bool) -> None:
    print(f"\n{title}")
    head = f"{'condition':14} {'n':>4} {'found':>7} {'exact':>7} {'fields':>7} {'accept':>7} {'false':>5}" \
           f" {'med ms':>6} {'p95 ms':>6}"
    if with_mrz_latency:
        head += f" {'mrz med':>7} {'mrz p95':>7}"
    print(head)
    total = Tally()
    for name, t in tallies.items():
        row = f"{name:14} {t.n:4d} {_pct(t.found, t.n):>7} {_pct(t.exact, t.n):>7} {_pct(t.all_fields, t.n):>7}" \
              f" {_pct(t.accepted, t.n):>7} {t.false_accepts:5d} {_ms(t.latencies, 50):>6} {_ms(t.latencies, 95):>6}"
        if with_mrz_latency:
            row += f" {_ms(t.mrz_latencies, 50):>7} {_ms(t.mrz_latencies, 95):>7}"
        print(row)
        for attr in ("n", "found", "exact", "all_fields", "accepted", "false_accepts"):
            setattr(total, attr, getattr(total, attr) + getattr(t, attr))
        total.latencies += t.latencies
        total.mrz_latencies += t.mrz_latencies
    row = f"{'ALL':14} {total.n:4d} {_pct(total.found, total.n):>7} {_pct(total.exact, total.n):>7}" \
          f" {_pct(total.all_fields, total.n):>7} {_pct(total.accepted, total.n):>7} {total.false_accepts:5d}" \
          f" {_ms(total.latencies, 50):>6} {_ms(total.latencies, 95):>6}"
    if with_mrz_latency:
        row += f" {_ms(total.mrz_latencies, 50):>7} {_ms(total.mrz_latencies, 95):>7}"
    print(row)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 seed per kind and condition (45 documents)")
    parser.add_argument("--seeds", type=int, default=7, help="seeds per kind and condition (default 7)")
    parser.add_argument("--seed-base", type=int, default=1000)
    parser.add_argument("--conditions", default=",".join(CONDITIONS))
    parser.add_argument("--passporteye-every", type=int, default=5, help="run PassportEye on every Nth document")
    parser.add_argument("--no-passporteye", action="store_true")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    seeds = 1 if args.quick else args.seeds
    conditions = [c for c in args.conditions.split(",") if c]

    print("loading the recogniser ...", flush=True)
    t0 = time.perf_counter()
    rec = get_recognizer()
    rec.read_lines([np.full((48, 96, 3), 255, np.uint8)])
    print(f"recogniser ready in {time.perf_counter() - t0:.2f} s (first use in a process)")
    pe_missing = "disabled by --no-passporteye" if args.no_passporteye else passporteye_available()
    if pe_missing:
        print(f"PassportEye skipped: {pe_missing}")

    local: dict[str, Tally] = defaultdict(Tally)
    pe: dict[str, Tally] = defaultdict(Tally)
    pair_local: list[float] = []
    pair_pe: list[float] = []
    index = 0
    started = time.perf_counter()
    for condition in conditions:
        for kind in KINDS:
            for s in range(seeds):
                doc = generate(args.seed_base + s, kind, condition)
                t_local = run_local(doc, local[condition])
                if not pe_missing and index % max(1, args.passporteye_every) == 0:
                    pair_pe.append(run_passporteye(doc, pe[condition]))
                    pair_local.append(t_local)
                index += 1
        print(f"  {condition}: done ({time.perf_counter() - started:.0f} s)", flush=True)

    print_table(f"Offline engine (rapidocr 3.10.0, {index} documents, today={REFERENCE_TODAY})", local,
                with_mrz_latency=True)
    if pe:
        print_table(f"PassportEye (Tesseract), every {args.passporteye_every}th document", pe,
                    with_mrz_latency=False)
        ratio = statistics.median(pair_pe) / max(statistics.median(pair_local), 1e-9)
        mean_ratio = sum(pair_pe) / max(sum(pair_local), 1e-9)
        print(f"\nspeed on the same {len(pair_pe)} images: PassportEye median {1000 * statistics.median(pair_pe):.0f}"
              f" ms vs offline engine {1000 * statistics.median(pair_local):.0f} ms -> {ratio:.1f}x faster"
              f" (total time ratio {mean_ratio:.1f}x)")
    if args.show_misses:
        for condition, t in local.items():
            for miss in t.misses:
                print(f"  miss {condition}: {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
