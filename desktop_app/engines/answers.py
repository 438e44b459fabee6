"""The engine boundary for a vendor's answer: whatever it holds becomes a bounded `ScanResult` or `bad_response`.

    result = answers.read(response, parse, vendor="TD")

`read` parses the body (any JSON error, deep nesting included, is `bad_response`), refuses answers nested deeper
than any documented shape, runs the vendor's `parse(payload) -> ScanResult` with a guard that turns an exception
it did not foresee into `bad_response`, and then bounds the result (`bound_result`): every text the vendor sent
is cut (names, places) or dropped (numbers, codes) beyond a sane length, with a warning the operator sees, and
the lists are capped, so a 50 MB surname or a million fields never reach the review, stdout or a CSV row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import Document, Field, Holder, ScanResult
from desktop_app.engines.errors import EngineError
from desktop_app.engines.vendor_values import clip

MAX_DEPTH = 32  # documented answers nest at most ~8 levels (TD: card_info.field_list[].value_list[].value)

# Text limits (characters). Names and places are cut with a warning; identifiers and codes are dropped.
NAME_CHARS = 200
PLACE_CHARS = 200
ADDRESS_CHARS = 500
ID_CHARS = 64
CODE_CHARS = 100
FIELD_CHARS = 500
FULL_TEXT_CHARS = 20_000
LABEL_CHARS = 120
MRZ_LINE_CHARS = 100
MAX_MRZ_LINES = 3
MAX_FIELDS = 200
MAX_EXTRA = 50
MAX_LIST_ITEMS = 50  # quality items, forgery reasons
MAX_WARNINGS = 30
WARNING_CHARS = 300
RAW_TEXT_CHARS = 1_000  # texts in the raw answer kept for the operator
RAW_LIST_ITEMS = 500

# attribute -> (limit, cut: True keeps the first `limit` characters, False drops the value)
_HOLDER_LIMITS: dict[str, tuple[int, bool]] = {
    "surname": (NAME_CHARS, True), "given_names": (NAME_CHARS, True), "full_name": (NAME_CHARS, True),
    "place_of_birth": (PLACE_CHARS, True), "nationality_raw": (CODE_CHARS, False), "address": (ADDRESS_CHARS, True),
    "sex_raw": (CODE_CHARS, False),
}
_DOCUMENT_LIMITS: dict[str, tuple[int, bool]] = {
    "number": (ID_CHARS, False), "personal_number": (ID_CHARS, False), "issuing_country_raw": (CODE_CHARS, False),
    "category_raw": (CODE_CHARS, False), "name": (PLACE_CHARS, True), "issuing_authority": (PLACE_CHARS, True),
    "place_of_issue": (PLACE_CHARS, True),
}
_ATTR_NAMES = {  # how a warning names each bounded attribute
    "surname": QT_TRANSLATE_NOOP("Notices", "surname"), "given_names": QT_TRANSLATE_NOOP("Notices", "given names"),
    "full_name": QT_TRANSLATE_NOOP("Notices", "full name"),
    "place_of_birth": QT_TRANSLATE_NOOP("Notices", "place of birth"),
    "nationality_raw": QT_TRANSLATE_NOOP("Notices", "nationality raw"),
    "address": QT_TRANSLATE_NOOP("Notices", "address"),
    "sex_raw": QT_TRANSLATE_NOOP("Notices", "sex raw"), "number": QT_TRANSLATE_NOOP("Notices", "number"),
    "personal_number": QT_TRANSLATE_NOOP("Notices", "personal number"),
    "issuing_country_raw": QT_TRANSLATE_NOOP("Notices", "issuing country raw"),
    "category_raw": QT_TRANSLATE_NOOP("Notices", "category raw"), "name": QT_TRANSLATE_NOOP("Notices", "name"),
    "issuing_authority": QT_TRANSLATE_NOOP("Notices", "issuing authority"),
    "place_of_issue": QT_TRANSLATE_NOOP("Notices", "place of issue"),
}
_NAME_FIELD_KEYS = frozenset({"surname", "given_names", "full_name"})


def json_or_none(response: httpx.Response) -> Any:
    """The answer's JSON, or None when it is not JSON (bad syntax, bad encoding, nested past the parser's limit)."""
    try:
        return response.json()
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def nested_deeper(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when `value` (parsed JSON) nests dicts/lists more than `limit` levels deep. Iterative: no recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def read(response: httpx.Response, parse: Callable[[Any], ScanResult], *, vendor: str) -> ScanResult:
    """An accepted answer -> its bounded `ScanResult`; any answer that cannot be used -> `bad_response`."""
    status = response.status_code

    def bad(detail: str) -> EngineError:
        return EngineError("bad_response", billed="unknown", http_status=status, detail=detail)

    try:
        payload = response.json()
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise bad(f"the answer is not readable JSON ({type(exc).__name__})") from None
    if nested_deeper(payload):
        raise bad(f"the answer is nested more than {MAX_DEPTH} levels deep")
    try:
        result = parse(payload)
    except EngineError:
        raise
    except Exception as exc:  # an answer shape the adapter did not foresee: this input's bad_response, never a crash
        raise bad(f"unexpected answer shape ({type(exc).__name__})") from None
    bound_result(result, vendor)
    return result


# ---------------------------------------------------------------------------------------------- bounds


def _limited(value: str | None, limit: int, what: str, vendor: str, warnings: list[str], *,
             cut: bool = True) -> str | None:
    if value is None or len(value) <= limit:
        return clip(value, limit) if value is not None else None
    if cut:
        warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent a %2 longer than %3 characters; it was cut to "
                                                            "%3, check it against the document."), vendor, what, limit))
        return clip(value, limit)
    warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent a %2 of %3 characters, longer than any real one; it "
                                                        "was left out, read it from the document."),
                           vendor, what, f"{len(value):,}"))
    return None


def _bound_attrs(obj: Holder | Document, limits: dict[str, tuple[int, bool]], vendor: str,
                 warnings: list[str]) -> None:
    for attr, (limit, cut) in limits.items():
        value = getattr(obj, attr)
        if isinstance(value, str):
            setattr(obj, attr, _limited(value, limit, Notice(_ATTR_NAMES[attr]), vendor, warnings, cut=cut))


def _bound_field(item: Field, vendor: str, warnings: list[str]) -> Field:
    limit = (NAME_CHARS if item.key in _NAME_FIELD_KEYS else FULL_TEXT_CHARS if item.key == "full_text"
             else FIELD_CHARS)
    what = Notice(QT_TRANSLATE_NOOP("Notices", "%1 field"), repr(clip(item.label, LABEL_CHARS)))
    item.value = _limited(item.value, limit, what, vendor, warnings)
    item.raw_value = _limited(item.raw_value, limit, what, vendor, [])  # one warning per field
    item.key, item.label = clip(item.key, LABEL_CHARS), clip(item.label, LABEL_CHARS)
    return item


def bounded_raw(value: Any) -> Any:
    """A copy of a (redacted) raw answer with long texts and lists cut; call it only on depth-checked data."""
    if isinstance(value, str):
        return clip(value, RAW_TEXT_CHARS) + (f"… ({len(value):,} characters)" if len(value) > RAW_TEXT_CHARS else "")
    if isinstance(value, dict):
        return {clip(str(k), RAW_TEXT_CHARS): bounded_raw(v) for k, v in list(value.items())[:RAW_LIST_ITEMS]}
    if isinstance(value, (list, tuple)):
        return [bounded_raw(v) for v in value[:RAW_LIST_ITEMS]]
    return value


def bound_result(result: ScanResult, vendor: str) -> None:
    """Cut or drop every over-long vendor text and cap every list, in place, with a warning for each field."""
    warnings: list[str] = []
    _bound_attrs(result.holder, _HOLDER_LIMITS, vendor, warnings)
    _bound_attrs(result.document, _DOCUMENT_LIMITS, vendor, warnings)
    if len(result.fields) > MAX_FIELDS:
        warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent %2 fields; only the first %3 are shown."),
                               vendor, f"{len(result.fields):,}", MAX_FIELDS))
        del result.fields[MAX_FIELDS:]
    result.fields = [_bound_field(item, vendor, warnings) for item in result.fields]
    extra = result.holder.extra
    if len(extra) > MAX_EXTRA:
        warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent %2 other fields; only the first %3 are kept."),
                               vendor, f"{len(extra):,}", MAX_EXTRA))
    result.holder.extra = {clip(key, LABEL_CHARS): clip(value, FIELD_CHARS)
                           for key, value in list(extra.items())[:MAX_EXTRA]}
    lines = result.mrz.lines
    if len(lines) > MAX_MRZ_LINES or any(len(line) > MRZ_LINE_CHARS for line in lines):
        warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent MRZ lines no document has; they were left "
                                                            "out."), vendor))
        lines = []
    result.mrz.lines = [clip(line, MRZ_LINE_CHARS) for line in lines]
    quality = result.checks.image_quality
    del quality.items[MAX_LIST_ITEMS:]
    for item in quality.items:
        item.raw = bounded_raw(item.raw)
    forgery = result.forgery
    del forgery.raw_reasons[MAX_LIST_ITEMS:]
    forgery.raw_reasons = [clip(r, CODE_CHARS) if isinstance(r, str) else r for r in forgery.raw_reasons]
    if result.request_id is not None:
        result.request_id = clip(result.request_id, CODE_CHARS)
    if result.raw is not None:
        result.raw = bounded_raw(result.raw)
    all_warnings = [text if isinstance(text, Notice) and len(text) <= WARNING_CHARS else clip(text, WARNING_CHARS)
                    for text in [*result.warnings, *warnings]]
    if len(all_warnings) > MAX_WARNINGS:
        all_warnings = [*all_warnings[:MAX_WARNINGS - 1],
                        Notice(QT_TRANSLATE_NOOP("Notices", "%1 sent more problems than can be shown."), vendor)]
    result.warnings = all_warnings
