"""Property tests: each vendor's parse function, fed its documented answer with values swapped for any JSON
(wrong types, nulls, huge or odd strings, NaN, nested containers), returns a `ScanResult` or raises `EngineError`,
never anything else; once bounded (`answers.bound_result`) it prints as bounded, UTF-8-encodable JSON.

The shapes parsed are the ones the vendors' `classify` accepts (TD code 200, a Tencent `Response` object,
StructOCR's `data` object, AccuAuth's `results` list): only what is inside them is mutated."""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.schema import ScanResult, to_json_dict
from desktop_app.engines import accuauth, answers, structocr, td, tencent
from desktop_app.engines.base import ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.fit import ACCUAUTH, FittedImage, fit_image
from desktop_app.imaging.intake import Still
from tests.engines.helpers import flat_still
from tests.engines.hostile_answers import Path, accuauth_valid, paths, replaced, structocr_valid, td_valid
from tests.fakes.tencent_fake import GENERIC_RESPONSE, passport_response

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ANY_TEXT = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),  # surrogates, controls, RTL marks
    st.sampled_from(["", " ", "A" * 30_000, "1974-08-12", "19740812", "P", "F", "UTO", "\u202e", "<<<<"]),
)
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                    ANY_TEXT)
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                              st.dictionaries(ANY_TEXT, inner, max_size=4)),
                           max_leaves=12)
MAX_LINE_CHARS = 2_000_000


@st.composite
def mutated(draw: st.DrawFn, valid: dict[str, Any]) -> dict[str, Any]:
    """`valid` with 1..6 of its values (anywhere in the shape) replaced by arbitrary JSON."""
    body = copy.deepcopy(valid)
    for _ in range(draw(st.integers(1, 6))):
        choices: list[Path] = list(paths(body))
        if not choices:
            break
        body = replaced(body, draw(st.sampled_from(choices)), draw(JSON_VALUES))
    return body


def check(parse: Callable[[], ScanResult], vendor: str) -> None:
    refusal: EngineError | None = None
    try:
        result = parse()
    except EngineError as err:  # a documented refusal (e.g. AccuAuth: no card in the results)
        refusal = err
    if refusal is not None:
        assert refusal.category in ("bad_image", "bad_response")
        return
    assert isinstance(result, ScanResult)
    answers.bound_result(result, vendor)
    line = json.dumps(to_json_dict(result, include_raw=True), ensure_ascii=False)
    line.encode("utf-8")
    assert len(line) < MAX_LINE_CHARS
    for name in ("surname", "given_names", "full_name"):
        assert len(getattr(result.holder, name) or "") <= answers.NAME_CHARS
    assert len(result.fields) <= answers.MAX_FIELDS
    assert all(len(item.value or "") <= answers.FULL_TEXT_CHARS for item in result.fields)


@given(mutated(td_valid()))
@SETTINGS
def test_td_parse_response(payload: dict[str, Any]) -> None:
    payload["code"] = 200  # what classify let through
    check(lambda: td.parse_response(payload, country="GB", vendor_action="ocr"), "TD")


@given(mutated(passport_response("success")))
@SETTINGS
def test_tencent_parse_passport(inner: dict[str, Any]) -> None:
    check(lambda: tencent.parse_passport(inner), "Tencent")


@given(mutated(GENERIC_RESPONSE), st.sampled_from(["auto", "passport", "national_id", "driver_license"]))
@SETTINGS
def test_tencent_parse_generic(inner: dict[str, Any], document: Any) -> None:
    check(lambda: tencent.parse_generic(inner, ScanOptions(document=document)), "Tencent")


@given(mutated(structocr_valid()["data"]), st.sampled_from(["passport", "national-id", "driver-license"]))
@SETTINGS
def test_structocr_parse_success(data: dict[str, Any], endpoint: str) -> None:
    check(lambda: structocr.parse_success({"success": True, "data": data}, endpoint), "StructOCR")


@functools.cache
def _accuauth_still() -> tuple[Still, FittedImage]:
    still = flat_still(400, 600, 235, (40, 360, 30, 250), (120, 110, 100), "card.jpg")
    return still, fit_image(still, ACCUAUTH)


@given(mutated({"results": accuauth_valid()["results"]}), st.sampled_from([None, "front", "back"]))
@SETTINGS
def test_accuauth_parse_success(body: dict[str, Any], side: Any) -> None:
    results = body["results"]
    still, fitted = _accuauth_still()
    answer = {"request_id": "TID1", "status": "OK", "results": results if isinstance(results, list) else []}
    check(lambda: accuauth.parse_success(answer, still, fitted, ScanOptions(side=side)), "AccuAuth")
