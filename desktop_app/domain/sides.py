"""Two sides, one document: the merge rule for a card's front and back (or a passport and its visa page).

Pure, no I/O. `merge_sides` builds one `ScanResult` from the two sides' own (finalized) reads and records, per
side, where it came from, how its read went and which parts of the record it gave (`ScanResult.sides`);
`join_sides` adds the local checks and the outcome (`domain.checks.finalize`). The rule:

- **Printed values first.** Each document and holder value comes from the front when the front has it, else
  from the back. The names are taken as a group (surname, given names, full name) from the first side that
  printed them (the VIZ keeps accents the MRZ drops), else from the first side that has any.
- **A visa page is another document.** When one side is a visa and the other is not, the visa gives no document
  values (number, dates, country) and no MRZ; it may still fill holder values.
- **The MRZ** comes from the side whose MRZ passes its check digits (not a visa's), the back on a tie: a TD1
  card carries it on the back.
- **The portrait** (and signature, document crop) from the front when it has one, else from the back.
- Checks and forgery keep the worse of the two verdicts; warnings, fields and `extra` are joined, the front's
  first; a side that failed adds a warning and is listed with its error. The record fails only when both did.
- When both sides give a different date of birth, date of expiry or sex, a warning asks the operator to compare.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from copy import deepcopy
from operator import attrgetter
from typing import Any

from desktop_app.domain.checks import finalize
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import (
    Checks,
    CheckStatus,
    Document,
    Forgery,
    ForgeryVerdict,
    Holder,
    ImageQuality,
    Images,
    Mrz,
    PairSide,
    ScanResult,
    SideRead,
    Timing,
)

DOCUMENT_KEYS: tuple[str, ...] = (
    "category_raw", "name", "issuing_country", "issuing_country_raw", "number", "personal_number",
    "date_of_issue", "date_of_expiry", "issuing_authority", "place_of_issue",
)
HOLDER_KEYS: tuple[str, ...] = (
    "sex", "sex_raw", "date_of_birth", "place_of_birth", "nationality", "nationality_raw", "address",
)
NAME_KEYS: tuple[str, ...] = ("surname", "given_names", "full_name")
IMAGE_KEYS: tuple[str, ...] = ("portrait", "signature", "document")
COMPARED: tuple[tuple[str, str, str], ...] = (
    ("holder", "date_of_birth", QT_TRANSLATE_NOOP("Notices", "date of birth")),
    ("document", "date_of_expiry", QT_TRANSLATE_NOOP("Notices", "date of expiry")),
    ("holder", "sex", QT_TRANSLATE_NOOP("Notices", "sex")),
)
_CHECK_RANK: dict[CheckStatus, int] = {"fail": 3, "pass": 2, "not_performed": 1, "unavailable": 0}
_FORGERY_RANK: dict[ForgeryVerdict, int] = {"fail": 4, "suspected": 3, "pass": 2, "not_performed": 1,
                                             "unavailable": 0}
_FAILED_SIDE: dict[PairSide, str] = {
    "front": QT_TRANSLATE_NOOP("Notices", "The front could not be read; the record holds what the back gave."),
    "back": QT_TRANSLATE_NOOP("Notices", "The back could not be read; the record holds what the front gave."),
}


def disagreement_warning(label: str) -> Notice:
    """`label`: one of COMPARED's names (a template itself, translated in its turn)."""
    return Notice(QT_TRANSLATE_NOOP("Notices", "The front and the back give a different %1; the front's is shown: "
                                                "compare it with the document."), Notice(label))


def failed_side_warning(side: PairSide) -> Notice:
    return Notice(_FAILED_SIDE[side])


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_visa(result: ScanResult) -> bool:
    return result.document.category == "visa"


def _first(sides: Sequence[tuple[PairSide, ScanResult]], get: Callable[[ScanResult], Any]) -> tuple[PairSide, Any]:
    """(side, value) of the first side with a non-empty value; ("front", None) when none has one."""
    for side, result in sides:
        value = get(result)
        if not _empty(value):
            return side, value
    return "front", None


def _worse_check(a: CheckStatus, b: CheckStatus) -> CheckStatus:
    return a if _CHECK_RANK[a] >= _CHECK_RANK[b] else b


def _mrz_rank(result: ScanResult) -> int:
    mrz = result.mrz
    if not mrz.lines or _is_visa(result):
        return 0
    return {"pass": 3, "fail": 1}.get(mrz.local_check, 2)


def merge_sides(front: ScanResult, back: ScanResult, *, front_source: str, back_source: str) -> ScanResult:
    """One record from a document's two sides (see the module docstring). The inputs are not changed."""
    pair: tuple[tuple[PairSide, ScanResult], tuple[PairSide, ScanResult]] = (("front", front), ("back", back))
    took: dict[PairSide, list[str]] = {"front": [], "back": []}
    usable = [(side, r) for side, r in pair if r.error is None]
    base = (usable[0] if usable else pair[0])[1]
    merged = ScanResult(vendor=base.vendor, vendor_action=base.vendor_action)

    # document values: not from a visa page when the other side is another document
    visas = {side for side, r in usable if _is_visa(r)}
    doc_sides = [(s, r) for s, r in usable if s not in visas] if len(visas) == 1 and len(usable) == 2 else usable
    doc = Document()
    cat_side, category = _first(doc_sides, lambda r: None if r.document.category == "unknown" else r.document.category)
    doc.category = category or "unknown"
    if category is not None:
        took[cat_side].append("document.category")
    for key in DOCUMENT_KEYS:
        side, value = _first(doc_sides, attrgetter(f"document.{key}"))
        if value is not None:
            setattr(doc, key, value)
            took[side].append(f"document.{key}")
    doc.side = None  # both: `sides` says which

    holder = Holder()
    printed = [(s, r) for s, r in usable if r.holder.name_split != "mrz"]
    for candidates in (printed, usable):
        side, name_from = _first(candidates, lambda r: r if (r.holder.surname or r.holder.full_name) else None)
        if name_from is not None:
            for key in NAME_KEYS:
                value = getattr(name_from.holder, key)
                if not _empty(value):
                    setattr(holder, key, value)
                    took[side].append(f"holder.{key}")
            holder.name_split = name_from.holder.name_split
            break
    for key in HOLDER_KEYS:
        side, value = _first(usable, attrgetter(f"holder.{key}"))
        if value is not None:
            setattr(holder, key, value)
            took[side].append(f"holder.{key}")
    for _side, result in reversed(usable):
        holder.extra.update(result.holder.extra)  # the front's win

    ranked = sorted(usable, key=lambda sr: (_mrz_rank(sr[1]), sr[0] == "back"), reverse=True)
    mrz = Mrz()
    if ranked and _mrz_rank(ranked[0][1]) > 0:
        mrz_side, mrz_from = ranked[0]
        mrz = deepcopy(mrz_from.mrz)
        took[mrz_side].append("mrz")

    images = Images()
    for key in IMAGE_KEYS:
        side, blob = _first(usable, attrgetter(f"images.{key}"))
        if blob is not None:
            setattr(images, key, deepcopy(blob))
            took[side].append(f"images.{key}")
            if key == "portrait":
                owner = front if side == "front" else back
                images.face_region = deepcopy(owner.images.face_region)

    checks = Checks()
    for name in ("overall_vendor", "document_type_recognized", "expiry_vendor", "text_format"):
        status: CheckStatus = "unavailable"
        for _side, result in usable:
            status = _worse_check(status, getattr(result.checks, name))
        setattr(checks, name, status)
    quality = ImageQuality()
    for _side, result in usable:
        if _CHECK_RANK[result.checks.image_quality.overall] > _CHECK_RANK[quality.overall]:
            quality = result.checks.image_quality
    checks.image_quality = deepcopy(quality)
    forgery = Forgery()
    for _side, result in usable:
        if _FORGERY_RANK[result.forgery.verdict] > _FORGERY_RANK[forgery.verdict]:
            forgery.verdict = result.forgery.verdict
        forgery.reasons += [r for r in result.forgery.reasons if r not in forgery.reasons]
        forgery.raw_reasons += [r for r in result.forgery.raw_reasons if r not in forgery.raw_reasons]

    warnings: list[str] = []
    for side, result in pair:
        if result.error is not None:
            warnings.append(failed_side_warning(side))
        warnings += [w for w in result.warnings if w not in warnings]
    if len(usable) == 2:
        for part, key, label in COMPARED:
            a, b = getattr(getattr(front, part), key), getattr(getattr(back, part), key)
            if not _empty(a) and not _empty(b) and a != b:
                warnings.append(disagreement_warning(label))

    starts = [r.timing.started_at for _s, r in pair if r.timing.started_at is not None]
    latencies = [r.timing.latency_ms for _s, r in pair if r.timing.latency_ms is not None]
    request_ids = list(dict.fromkeys(r.request_id for _s, r in pair if r.request_id))
    raw: dict[str, Any] = {side: deepcopy(r.raw) for side, r in pair if r.raw is not None}
    error = None if usable else deepcopy(front.error or back.error)

    merged.outcome = "failed" if error is not None else "partial"
    merged.request_id = "; ".join(request_ids) or None
    merged.document, merged.holder, merged.mrz, merged.images = doc, holder, mrz, images
    merged.checks, merged.forgery, merged.warnings, merged.error = checks, forgery, warnings, error
    merged.fields = [deepcopy(f) for _s, r in pair for f in r.fields]
    merged.raw = raw or None
    merged.timing = Timing(started_at=min(starts) if starts else None,
                           latency_ms=sum(latencies) if latencies else None,
                           attempts=sum(r.timing.attempts for _s, r in pair))
    merged.sides = [
        SideRead(side=side, source=source, outcome=r.outcome, vendor=r.vendor, request_id=r.request_id,
                 error=deepcopy(r.error), took=took[side])
        for (side, r), source in zip(pair, (front_source, back_source), strict=True)
    ]
    return merged


def join_sides(front: ScanResult, back: ScanResult, *, front_source: str, back_source: str,
               today: dt.date) -> ScanResult:
    """`merge_sides` plus the local checks and the outcome of the merged record."""
    return finalize(merge_sides(front, back, front_source=front_source, back_source=back_source), today=today)


def may_pair(result: ScanResult) -> bool:
    """Whether a read may be one side of a two-scan record worth offering a link for: a card side, a visa page or an
    unknown read may; a passport's data page (MRZ and portrait on one page) is linked from its visa page, so a batch
    of passports is not asked on every scan."""
    return result.document.category != "passport"


def other_side_wanted(result: ScanResult, *, no_mrz_message: str | None = None) -> PairSide | None:
    """Which side to ask the operator for after this read, or None: a card's front without an MRZ (read by a
    vendor, or refused by an MRZ engine with `no_mrz_message`) wants its back; a back without a portrait wants its
    front. A passport page or a card with both on one side wants nothing."""
    if result.error is not None:
        no_mrz = no_mrz_message is not None and result.error.message == no_mrz_message
        return "back" if result.error.category == "bad_image" and no_mrz else None
    side = result.document.side
    if side == "front" and not result.mrz.lines:
        return "back"
    if side == "back" and result.images.portrait is None:
        return "front"
    return None

