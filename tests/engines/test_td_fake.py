"""The TD fake follows its contract (td.md section 9), checked with raw requests."""

from __future__ import annotations

import base64
import re
from typing import Any

import httpx
import pytest

from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake

IMAGE = base64.b64encode(b"\xff\xd8\xff\xe0 a jpeg").decode()
GOOD = {"image": IMAGE, "country": "GB", "scenario": "Ocr", "options": "images,image_quality,document_forgery"}


@pytest.fixture
def fake(td_server: TdFake) -> TdFake:
    td_server.reset()
    return td_server


def post(fake: TdFake, body: Any = None, params: dict[str, str] | None = None) -> dict[str, Any]:
    query = params if params is not None else {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}
    response = httpx.post(fake.url, params=query, json=GOOD if body is None else body)
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    assert re.fullmatch(r"[0-9a-f]{32}", data["sequence_id"])
    return data


@pytest.mark.parametrize(("params", "body", "code", "message"), [
    ({}, None, 11301, "partner_code empty"),
    ({"partner_code": PARTNER_CODE}, None, 11301, "partner_key empty"),
    ({"partner_code": PARTNER_CODE, "partner_key": "nope"}, None, 11340, "partner_key error"),
    (None, {**GOOD, "image": ""}, 11301, "image empty"),
    (None, {**GOOD, "country": ""}, 11301, "country empty"),
    (None, {**GOOD, "scenario": ""}, 11301, "scenario empty"),
    (None, {**GOOD, "image": "", "country": ""}, 11301, "image empty"),  # checked in order
    (None, {**GOOD, "country": "gb"}, 11340, "country error"),
    (None, {**GOOD, "country": "GBR"}, 11340, "country error"),
    (None, {**GOOD, "country": "US"}, 11304, "The country partner located is not open"),
    (None, {**GOOD, "scenario": "ocr"}, 11340, "scenario error"),
    (None, {**GOOD, "image": "**not base64**"}, 11340, "image error"),
    (None, {**GOOD, "image": "A" * 2_000_004}, 11340, "image error"),
])
def test_contract_errors(fake: TdFake, params: dict[str, str] | None, body: Any, code: int, message: str) -> None:
    data = post(fake, body, params)
    assert (data["code"], data["message"]) == (code, message)
    assert "result" not in data


def test_options_gate_the_optional_blocks(fake: TdFake) -> None:
    full = post(fake)
    assert {"image_info", "image_quality_info", "document_forgery_info", "document_type_info"} <= set(full)
    bare = post(fake, {k: v for k, v in GOOD.items() if k != "options"})
    assert "document_type_info" in bare
    assert not {"image_info", "image_quality_info", "document_forgery_info"} & set(bare)
    only_images = post(fake, {**GOOD, "options": "images"})
    assert "image_info" in only_images
    assert "image_quality_info" not in only_images


@pytest.mark.parametrize("mode", ["success", "result_error", "forgery_fail", "not_performed", "bad_images"])
def test_scenario_modes(fake: TdFake, mode: str) -> None:
    fake.mode = mode
    data = post(fake)
    assert data["code"] == 200
    assert data["result"] in ("success", "error", "not performed")


@pytest.mark.parametrize("code", [301, 302, 303, 304, 305, 11350])
def test_error_modes(fake: TdFake, code: int) -> None:
    fake.mode = code
    data = post(fake)
    assert data["code"] == code
    assert set(data) == {"code", "sequence_id", "message"}
