"""Hostile vendor answers for the fuzz tests: broken JSON, wrong shapes, wrong types and nulls, huge strings,
deep nesting, unicode oddities. Built from each vendor's documented success body (the fakes' own answers).

`hostile_bodies(valid)` -> list of (name, body bytes). Deterministic: the same list every run.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import struct
import zlib
from collections.abc import Callable, Iterator
from typing import Any

from PIL import Image

from tests.fakes import accuauth_fake, structocr_fake, tencent_fake
from tests.fakes.td_fake import TdFake

Path = tuple[str | int, ...]
HUGE = "A" * 200_000
# RTL override, zero-width space, NUL, BOM, emoji, combining accent, lone surrogate
ODD_UNICODE = "\u202eEVIL\u200b\u0000\ufeff\U0001f600e\u0301\ud800"
# Wrong types and nulls put in place of one documented value.
REPLACEMENTS: tuple[tuple[str, Any], ...] = (
    ("null", None), ("list", [1, "x", None]), ("object", {"type": [0], "value": {}}), ("int", -7),
    ("bool", True), ("float", 1e308), ("huge", HUGE), ("unicode", ODD_UNICODE),
)


def td_valid() -> dict[str, Any]:
    return TdFake.success_body("success", {"images", "image_quality", "document_forgery"}, "0" * 32)


def tencent_valid() -> dict[str, Any]:
    return {"Response": {**tencent_fake.passport_response("success"), "RequestId": "req-1"}}


def structocr_valid() -> dict[str, Any]:
    return {"success": True, "data": copy.deepcopy(structocr_fake.SAMPLES["passport"])}


def accuauth_valid() -> dict[str, Any]:
    front = copy.deepcopy(accuauth_fake.FRONT)
    front["face_region"] = [[112, 108], [318, 106], [321, 370], [114, 373]]
    return {"request_id": "TID0001", "status": "OK", "results": [front, copy.deepcopy(accuauth_fake.BACK)]}


VALID: dict[str, Callable[[], dict[str, Any]]] = {
    "td": td_valid, "tencent": tencent_valid, "structocr": structocr_valid, "accuauth": accuauth_valid,
}


def paths(value: Any, prefix: Path = ()) -> Iterator[Path]:
    """Every path to a value in `value` (dict keys, list indices), parents before children."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*prefix, index)
            yield from paths(child, (*prefix, index))


def replaced(value: Any, path: Path, new: Any) -> Any:
    out = copy.deepcopy(value)
    parent = out
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = new
    return out


def map_leaves(value: Any, leaf: Callable[[Any], Any]) -> Any:
    if isinstance(value, dict):
        return {k: map_leaves(v, leaf) for k, v in value.items()}
    if isinstance(value, list):
        return [map_leaves(v, leaf) for v in value]
    return leaf(value)


def deepest_slot(value: Any) -> Path:
    """A path one level inside the most deeply nested list or object (where a deep-nesting attack hides best)."""
    best: Path = ()
    for path in paths(value):
        node = value
        for step in path:
            node = node[step]
        if isinstance(node, (list, dict)) and node and len(path) > len(best):
            best = path
    node = value
    for step in best:
        node = node[step]
    return (*best, 0 if isinstance(node, list) else "hostile")


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def with_raw(valid: dict[str, Any], path: Path, raw_json: str) -> bytes:
    """`valid` as JSON with the value at `path` replaced by a raw JSON text (deep nesting, NaN, huge ints)."""
    marker = "__HOSTILE_SLOT__"
    return json.dumps(replaced(valid, path, marker)).replace(json.dumps(marker), raw_json, 1).encode()


def png_claiming(width: int, height: int) -> str:
    """Base64 of a tiny PNG whose header claims `width` x `height` pixels (a decompression bomb's shape)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
            + chunk(b"IEND", b""))
    return base64.b64encode(data).decode()


def tiny_png_b64() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 20, 30)).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def hostile_bodies(valid: dict[str, Any]) -> list[tuple[str, bytes]]:
    """80 hostile answers derived from one vendor's valid body."""
    good = json.dumps(valid).encode()
    deep_path = deepest_slot(valid)
    bodies: list[tuple[str, bytes]] = [
        ("empty", b""),
        ("not json", b"not json at all"),
        ("html page", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
        ("truncated", good[: len(good) // 2]),
        ("truncated by one", good[:-1]),
        ("array at top", b"[]"),
        ("array of the answer", b"[" + good + b"]"),
        ("null", b"null"),
        ("number", b"42"),
        ("string", b'"success"'),
        ("true", b"true"),
        ("empty object", b"{}"),
        ("invalid utf-8", b"\xff\xfe\xfa" + good[3:]),
        ("utf-8 bom", b"\xef\xbb\xbf" + good),
        ("utf-16", json.dumps(valid).encode("utf-16")),
        ("nul bytes", good.replace(b'"', b'"\x00', 3)),
        ("100,000 nested arrays", nested(100_000).encode()),
        ("100,000 nested objects", ('{"a":' * 100_000 + "1" + "}" * 100_000).encode()),
        ("5,000 nested in the deepest list", with_raw(valid, deep_path, nested(5_000))),
        ("40 nested in the deepest list", with_raw(valid, deep_path, nested(40))),
        ("NaN and Infinity", with_raw(valid, deep_path, "[NaN, Infinity, -Infinity]")),
        ("5,000-digit integer", with_raw(valid, deep_path, "1" * 5_000)),
        ("1e999", with_raw(valid, deep_path, "1e999")),
        ("duplicate keys", good[:-1] + b', "' + next(iter(valid)).encode() + b'": null}'),
        ("every leaf null", json.dumps(map_leaves(valid, lambda _: None)).encode()),
        ("every leaf a list", json.dumps(map_leaves(valid, lambda v: [v])).encode()),
        ("every leaf an object", json.dumps(map_leaves(valid, lambda v: {"value": v})).encode()),
        ("every string huge", json.dumps(map_leaves(valid, lambda v: HUGE if isinstance(v, str) else v)).encode()),
        ("every string odd unicode", json.dumps(
            map_leaves(valid, lambda v: v + ODD_UNICODE if isinstance(v, str) else v)).encode()),
        ("every string a bomb png", json.dumps(
            map_leaves(valid, lambda v: png_claiming(100_000, 100_000) if isinstance(v, str) else v)).encode()),
        ("every string a real png", json.dumps(
            map_leaves(valid, lambda v: tiny_png_b64() if isinstance(v, str) else v)).encode()),
        ("every number negative", json.dumps(map_leaves(
            valid, lambda v: -v if isinstance(v, (int, float)) and not isinstance(v, bool) else v)).encode()),
    ]
    all_paths = list(paths(valid))
    for path in all_paths[:: max(1, len(all_paths) // 6)][:6]:  # six paths spread over the shape
        label = ".".join(map(str, path))
        bodies.extend((f"{label} as {name}", json.dumps(replaced(valid, path, value)).encode())
                      for name, value in REPLACEMENTS)
    return bodies
