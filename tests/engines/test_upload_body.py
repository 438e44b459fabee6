"""The upload body: base64 encoded in slices and spliced into the JSON, byte for byte what json.dumps and one
base64 call would give."""

from __future__ import annotations

import base64
import json
import os

import pytest

from desktop_app.engines import vendor_values as vv
from desktop_app.engines.upload import B64_SLICE, b64_in_slices


@pytest.mark.parametrize("size", [0, 1, 2, 3, B64_SLICE - 1, B64_SLICE, B64_SLICE + 1, 3 * B64_SLICE + 2])
def test_base64_in_slices_equals_one_call(size):
    data = os.urandom(size)
    assert b64_in_slices(data) == base64.b64encode(data).decode("ascii")


@pytest.mark.parametrize(("payload", "key"), [
    ({"img": "QUJD"}, "img"),
    ({"image": "QUJD+/==", "country": "ec", "scenario": "ocr", "options": "images,image_quality"}, "image"),
    ({"ImageBase64": "", "ConfigId": "General", "ItemNames": ["姓名", 'say "ImageBase64":""'],
      "OutputLanguage": "en", "EnableCoord": False, "ReturnFullText": True}, "ImageBase64"),
    ({"note": 'a "ImageBase64":"" inside a value', "ImageBase64": "AAAA", "RetImage": True}, "ImageBase64"),
])
def test_spliced_body_is_the_json_dump_byte_for_byte(payload, key):
    assert vv.dumps_with_image(payload, key) == vv.dumps(payload)
    assert json.loads(vv.dumps_with_image(payload, key)) == payload


def test_a_large_image_is_spliced_whole():
    image = base64.b64encode(os.urandom(600_000)).decode("ascii")
    body = vv.dumps_with_image({"image": image, "country": "us"}, "image")
    assert body == vv.dumps({"image": image, "country": "us"})
