"""A hostile-file corpus, generated here, read straight through `decode_still`/`load_still`.

Each file is either decoded into an upright RGB uint8 still or refused with one sentence (`IntakeError`);
never another exception, never a temp file. `tests/cli/test_hostile_files.py` runs the same corpus through
the CLI.
"""

from __future__ import annotations

import contextlib
import io
import random
import struct
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from desktop_app.imaging.intake import MAX_PIXELS, IntakeError, Still, decode_still, load_still

RED, GREEN, BLUE = (220, 20, 30), (20, 200, 40), (30, 40, 210)


@dataclass(frozen=True)
class Case:
    """One corpus file: its name, bytes, and either a refusal keyword or a check of the decoded still."""

    name: str
    data: bytes
    refuse: str | None = None  # words ("a|b": one of them) the refusal sentence must contain
    check: Callable[[Still], None] | None = None


def _encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _document(width: int = 640, height: int = 420) -> Image.Image:
    """A light page with dark bars (text-like), so colour and orientation are easy to assert."""
    arr = np.full((height, width, 3), 235, np.uint8)
    for y in range(60, height - 40, 40):
        arr[y:y + 14, 40:width - 40] = 30
    return Image.fromarray(arr)


def png_chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_claiming(width: int, height: int) -> bytes:
    """A small, well-formed PNG whose IHDR (valid CRC) claims `width`×`height` RGB pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00" * (1 + 3 * min(width, 4096)) * 4)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def _near(pixel: np.ndarray, colour: tuple[int, int, int], tolerance: int = 40) -> bool:
    return bool(np.all(np.abs(pixel.astype(int) - np.array(colour)) <= tolerance))


def _check_rgb(still: Still) -> None:
    assert still.rgb.dtype == np.uint8
    assert still.rgb.ndim == 3
    assert still.rgb.shape[2] == 3
    assert still.rgb.flags.c_contiguous


def _rotated_jpeg() -> bytes:
    """Stored 400 wide × 200 high with a red block top-left; EXIF orientation 6 (display rotated 90° CW)."""
    arr = np.full((200, 400, 3), 235, np.uint8)
    arr[:40, :40] = RED
    exif = Image.Exif()
    exif[0x0112] = 6
    return _encode(Image.fromarray(arr), "JPEG", quality=95, exif=exif)


def _check_rotated(still: Still) -> None:
    assert (still.width, still.height) == (200, 400)
    assert _near(still.rgb[10, 190], RED)  # top-left of the stored picture is top-right once upright
    assert _near(still.rgb[10, 10], (235, 235, 235))


def _animated_gif() -> bytes:
    frames = [Image.new("RGB", (160, 120), colour).convert("P") for colour in (RED, GREEN, BLUE)]
    return _encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


def _check_first_frame(still: Still) -> None:
    assert _near(still.rgb[60, 80], RED, 60)


def _grey16_png() -> bytes:
    ramp = np.tile(np.linspace(0, 65535, 256).astype(np.uint16), (120, 1))
    return _encode(Image.fromarray(ramp), "PNG")


def _check_grey16(still: Still) -> None:
    assert still.rgb[0, 0, 0] <= 2
    assert still.rgb[0, -1, 0] >= 253  # the full 16-bit range maps onto 0..255, no clipping at 255/65535
    assert 100 <= still.rgb[0, 128, 0] <= 155


def _cmyk_jpeg() -> bytes:
    image = Image.new("RGB", (200, 150), RED).convert("CMYK")
    data = _encode(image, "JPEG", quality=95)
    assert b"Adobe" in data  # Adobe APP14: the inverted CMYK kind Photoshop writes
    return data


def _check_red(still: Still) -> None:
    assert _near(still.rgb[75, 100], RED)


def _rgba_png() -> bytes:
    arr = np.zeros((150, 200, 4), np.uint8)  # fully transparent ...
    arr[50:100, 50:150] = (*BLUE, 255)  # ... with an opaque blue block
    return _encode(Image.fromarray(arr), "PNG")


def _check_white_background(still: Still) -> None:
    assert _near(still.rgb[5, 5], (255, 255, 255), 1)
    assert _near(still.rgb[75, 100], BLUE, 1)


def _noise_png(megabytes: int) -> bytes:
    """Incompressible noise: a PNG of about `megabytes` MB (about megabytes/3 megapixels)."""
    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    arr = np.random.default_rng(7).integers(0, 256, (side, side, 3), dtype=np.uint8)
    return _encode(Image.fromarray(arr), "PNG", compress_level=1)


def _check_pdf_page(still: Still) -> None:
    # the page is 640×420 px at 100 dpi; rendered at 300 dpi
    assert abs(still.width - 1920) <= 2
    assert abs(still.height - 1260) <= 2
    assert still.source_mime == "application/pdf"


def _check_size(width: int, height: int) -> Callable[[Still], None]:
    def check(still: Still) -> None:
        assert (still.width, still.height) == (width, height)
    return check


def _random(n: int, prefix: bytes = b"", seed: int = 1) -> bytes:
    return prefix + random.Random(seed).randbytes(n)


def hostile_corpus(*, large: bool = True) -> list[Case]:
    """The corpus (generated, nothing stored in the repo). `large` adds the 30 MB noise PNG."""
    jpeg = _encode(_document(), "JPEG", quality=90)
    cases = [
        Case("zero.jpg", b"", refuse="empty"),
        Case("truncated.jpg", jpeg[: len(jpeg) // 2], refuse="incomplete"),
        Case("random.jpg", _random(4096), refuse="not an image"),
        Case("text.png", b"This is not a picture, just text that was renamed.\n" * 20, refuse="not an image"),
        Case("bomb-40000x40000.png", png_claiming(40_000, 40_000), refuse="too large"),
        Case("bomb-9000x9000.png", png_claiming(9_000, 9_000), refuse="too large"),  # Pillow's warning range
        Case("tiny-1x1.png", _encode(Image.new("RGB", (1, 1), "white"), "PNG"), refuse="too small"),
        Case("grey16.png", _grey16_png(), check=_check_grey16),
        Case("cmyk-adobe.jpg", _cmyk_jpeg(), check=_check_red),
        Case("exif-rotated.jpg", _rotated_jpeg(), check=_check_rotated),
        Case("animated.gif", _animated_gif(), check=_check_first_frame),
        Case("document.webp", _encode(_document(), "WEBP", quality=90), check=_check_size(640, 420)),
        Case("document.tiff", _encode(_document(), "TIFF"), check=_check_size(640, 420)),
        Case("document.bmp", _encode(_document(), "BMP"), check=_check_size(640, 420)),
        Case("palette.png", _encode(_document().convert("P"), "PNG"), check=_check_size(640, 420)),
        Case("bilevel.png", _encode(_document().convert("1"), "PNG"), check=_check_size(640, 420)),
        Case("transparent.png", _rgba_png(), check=_check_white_background),
        Case("document.pdf", _encode(_document(), "PDF", resolution=100.0), check=_check_pdf_page),
        Case("паспорт 日本 ü.png", _encode(_document(), "PNG"), check=_check_size(640, 420)),
        Case("png-magic-then-garbage.png", _random(2048, b"\x89PNG\r\n\x1a\n"), refuse="damaged|incomplete"),
        Case("jpeg-magic-then-garbage.jpg", _random(2048, b"\xff\xd8\xff\xe0"), refuse="damaged|incomplete"),
        Case("gif-magic-then-garbage.gif", _random(2048, b"GIF89a"), refuse="damaged|incomplete|too large"),
        Case("heic-photo.jpg", b"\x00\x00\x00\x18ftypheic" + _random(512), refuse="HEIC"),
    ]
    if large:
        cases.append(Case("noise-30mb.png", _noise_png(30), check=_check_rgb))
    return cases


CORPUS = hostile_corpus(large=False)


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_corpus_file_is_decoded_or_refused_with_one_sentence(case: Case) -> None:
    if case.refuse is not None:
        with pytest.raises(IntakeError) as caught:
            decode_still(case.data, case.name)
        message = str(caught.value)
        assert any(word in message.lower() for word in case.refuse.lower().split("|")), message
        assert "\n" not in message
        assert message.endswith(".")
        assert message.count(". ") == 0  # one sentence
        assert case.name not in message  # no file names (personal data) in the sentence
        return
    still = decode_still(case.data, case.name)
    _check_rgb(still)
    assert still.source_bytes == case.data
    assert still.name == case.name
    assert case.check is not None
    case.check(still)


@pytest.mark.slow
def test_30_mb_noise_png_is_read() -> None:
    data = _noise_png(30)
    assert len(data) > 29 * 1024 * 1024
    still = decode_still(data, "noise.png")
    _check_rgb(still)
    assert still.width * still.height < MAX_PIXELS


def test_corpus_files_load_from_disk_including_non_ascii_names(tmp_path: Path) -> None:
    for case in CORPUS:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        if case.refuse is None:
            assert load_still(str(path)).name == case.name
        else:
            with pytest.raises(IntakeError):
                load_still(str(path))


def test_decoding_writes_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy_dir = tmp_path / "tmp"
    spy_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy_dir))
    monkeypatch.setenv("TMPDIR", str(spy_dir))
    for case in CORPUS:
        with contextlib.suppress(IntakeError):
            decode_still(case.data, case.name)
    assert list(spy_dir.iterdir()) == []
