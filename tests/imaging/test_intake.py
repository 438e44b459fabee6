"""Intake: format sniffing, file reading, the pixel budget, PDFs, and a fuzz property (see also the corpus)."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from desktop_app.imaging import intake
from desktop_app.imaging.intake import MAX_FILE_BYTES, IntakeError, decode_still, load_still, sniff_mime
from tests.conftest import REPO_ROOT


def _png(width: int = 300, height: int = 200, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "white").save(out, "PNG")
    return out.getvalue()


def _pdf(width: int, height: int, dpi: float) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PDF", resolution=dpi)
    return out.getvalue()


@pytest.mark.parametrize(("head", "mime"), [
    (b"\xff\xd8\xff\xe1", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"\x00junk before the header %PDF-1.4", "application/pdf"),
    (b"<html>", None),
    (b"", None),
])
def test_format_comes_from_magic_bytes(head: bytes, mime: str | None) -> None:
    assert sniff_mime(head + b"\x00" * 32) == mime


def test_name_does_not_decide_the_format() -> None:
    still = decode_still(_png(), "photo.jpg")
    assert still.source_mime == "image/png"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="not found"):
        load_still(str(tmp_path / "nope.jpg"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="folder"):
        load_still(str(tmp_path))


def test_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    with pytest.raises(IntakeError, match="regular file"):
        load_still(str(fifo))  # would block forever if it were opened and read


def test_nul_in_path() -> None:
    with pytest.raises(IntakeError, match="could not be read"):
        load_still("bad\x00name.jpg")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.png"
    with big.open("wb") as handle:  # sparse: costs no disk and would cost 61 MB of memory if read
        handle.write(_png())
        handle.truncate(MAX_FILE_BYTES + 1024 * 1024)
    with pytest.raises(IntakeError, match="MB limit"):
        load_still(str(big))
    with pytest.raises(IntakeError, match="MB limit"):
        decode_still(b"\x89PNG\r\n\x1a\n" + bytes(MAX_FILE_BYTES))


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.png"
    path.write_bytes(_png())
    path.chmod(0o000)
    code = ("import sys\nfrom desktop_app.imaging.intake import IntakeError, load_still\n"
            "try:\n    load_still(sys.argv[1])\nexcept IntakeError as err:\n    print(err)\n")
    command = [sys.executable, "-c", code, str(path)]
    if os.geteuid() == 0:  # root reads anything: drop the override capabilities for the child
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "permission denied" in done.stdout
    assert done.stderr == ""


def test_pdf_renders_first_page_at_300_dpi() -> None:
    still = decode_still(_pdf(200, 100, dpi=50.0))  # a 4 × 2 inch page
    assert (still.width, still.height) == (1200, 600)


def test_pdf_render_is_capped_by_the_pixel_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intake, "MAX_PIXELS", 1_000_000)
    still = decode_still(_pdf(400, 300, dpi=50.0))  # 8 × 6 in: 2400 × 1800 at 300 dpi
    assert still.width * still.height <= 1_000_000
    assert abs(still.width / still.height - 4 / 3) < 0.01


def test_pdf_scale_caps_enormous_pages() -> None:
    scale = intake._pdf_scale(14400.0, 14400.0)  # the largest PDF page: 200 × 200 inches
    assert (14400 * scale) ** 2 <= intake.MAX_PIXELS


def test_damaged_pdf_is_refused() -> None:
    with pytest.raises(IntakeError, match="PDF"):
        decode_still(b"%PDF-1.4\n" + b"\x00garbage" * 100)


def test_header_budget_refuses_before_decoding() -> None:
    # 8000 × 8000 = 64 MP: over our budget, yet under Pillow's own error threshold (2 × budget)
    from tests.imaging.test_intake_hostile import png_claiming

    with pytest.raises(IntakeError, match="too large"):
        decode_still(png_claiming(8000, 8000))


def test_sixteen_bit_and_float_grey_keep_their_tonal_range() -> None:
    ramp16 = np.array([[0, 32768, 65535]], dtype=np.uint16)
    assert intake._wide_grey_to_u8(ramp16).tolist() == [[0, 128, 255]]
    ramp_f = np.array([[0.0, 0.5, 1.0]], dtype=np.float32)
    assert intake._wide_grey_to_u8(ramp_f).tolist() == [[0, 128, 255]]
    flat = np.array([[7.0, 7.0]], dtype=np.float32)
    assert intake._wide_grey_to_u8(flat).tolist() == [[0, 0]]


def test_broken_exif_keeps_the_image() -> None:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(out, "JPEG", exif=b"Exif\x00\x00II*\x00\xff\xff\xff\xff")
    still = decode_still(out.getvalue())
    assert (still.width, still.height) == (300, 200)


_MAGIC = st.sampled_from([b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x01\x00\x00WEBP", b"II*\x00",
                          b"MM\x00*", b"BM", b"GIF89a", b"%PDF-1.4\n", b""])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(magic=_MAGIC, body=st.binary(max_size=600))
def test_any_bytes_are_decoded_or_refused_with_a_sentence(magic: bytes, body: bytes) -> None:
    message = ""
    try:
        still = decode_still(magic + body)
    except IntakeError as err:
        message = str(err)
    if message:
        assert message.endswith(".")
        assert "\n" not in message
    else:
        assert still.rgb.dtype == np.uint8
        assert still.rgb.shape[2] == 3


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=100))
def test_truncated_files_never_crash(cut: int) -> None:
    for data in (_png(), _pdf(300, 200, 72.0)):
        prefix = data[: len(data) * cut // 100]
        with contextlib.suppress(IntakeError):
            decode_still(prefix)


def _jpeg(width: int, height: int, orientation: int = 1) -> bytes:
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:, : width // 2] = (200, 30, 30)  # left half red: tells which way the picture came out
    exif = Image.Exif()
    exif[0x0112] = orientation
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "JPEG", quality=90, exif=exif.tobytes())
    return out.getvalue()


def test_a_large_jpeg_is_decoded_no_larger_than_the_reader_uses() -> None:
    data = _jpeg(4000, 3000)
    assert decode_still(data).rgb.shape == (3000, 4000, 3)  # no hint: as the file holds it
    small = decode_still(data, long_side=1600)
    assert small.rgb.shape == (1500, 2000, 3)  # libjpeg's 1/2: never below the hint
    assert small.source_bytes == data
    assert decode_still(data, long_side=500).rgb.shape == (375, 500, 3)  # 1/8
    assert decode_still(_jpeg(3000, 2000), long_side=1600).rgb.shape == (2000, 3000, 3)  # 1/2 would be < 1600


def test_scaled_decoding_keeps_the_exif_orientation() -> None:
    still = decode_still(_jpeg(4000, 3000, orientation=6), long_side=1600)  # 6: turn 90 degrees clockwise
    assert still.rgb.shape == (2000, 1500, 3)
    assert still.rgb[10, 750, 0] > 150  # the red half is now on top
    assert still.rgb[-10, 750, 0] < 60


def test_scaled_decoding_never_makes_a_thin_image_too_small() -> None:
    assert decode_still(_jpeg(6400, 120), long_side=800).rgb.shape == (120, 6400, 3)  # 1/8 would be 15 px high


def test_only_jpeg_is_decoded_smaller() -> None:
    assert decode_still(_png(4000, 3000), long_side=1600).rgb.shape == (3000, 4000, 3)
