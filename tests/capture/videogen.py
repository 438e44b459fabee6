"""A real video file of a desk where an ID card slides into view, then lies still: the camera path's test input.

Timeline (at `fps`): an empty desk for `empty_s`, the card sliding in from the right over `slide_s` (motion
blur along the movement, as a webcam's exposure gives), then the card steady and sharp for `steady_s` (only
sensor noise changes). Encoded with the ffmpeg CLI (H.264, frames piped through stdin) or, without ffmpeg,
OpenCV's VideoWriter (MPEG-4). The document is synthetic (tests.datagen): no real person.
"""

from __future__ import annotations

import random
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from tests.datagen.identity import random_identity
from tests.datagen.layout import LAYOUTS, MM_PER_INCH
from tests.datagen.render import render_document


@dataclass(frozen=True)
class DeskVideo:
    path: Path
    fps: int
    size: tuple[int, int]  # (width, height)
    final_quad: np.ndarray  # where the card rests (4x2 float32, TL TR BR BL)
    steady_from_s: float  # first second at which the card no longer moves
    final_frame: np.ndarray  # the steady frame without noise (RGB)
    frames: int


def _desk(seed: int, width: int, height: int) -> np.ndarray:
    """A wooden desk with a pen and a mug ring: texture and edges, but nothing shaped like a document."""
    rng = random.Random(f"{seed}:desk")
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    grain = 1.0 + 0.08 * np.sin(yy / height * rng.uniform(30, 60) + 3 * np.sin(xx / width * rng.uniform(2, 5)))
    base = np.array((150, 110, 75), np.float32)
    desk = np.clip(base[None, None, :] * grain[:, :, None], 0, 255).astype(np.uint8)
    cv2.line(desk, (int(width * 0.05), int(height * 0.9)), (int(width * 0.3), int(height * 0.75)), (30, 40, 120),
             9, cv2.LINE_AA)
    cv2.circle(desk, (int(width * 0.88), int(height * 0.2)), height // 9, (95, 60, 40), 7, cv2.LINE_AA)
    return cv2.GaussianBlur(desk, (0, 0), 1.2)  # the desk is a little out of the focal plane


def _card(seed: int, width_px: int) -> np.ndarray:
    """The card rendered straight at the size it has in the frame (no resampling: a webcam sees it sharp)."""
    rng = random.Random(f"{seed}:video")
    identity = random_identity(rng, "td1")
    dpi = width_px / (LAYOUTS["td1"].width_mm / MM_PER_INCH)
    page, _portrait = render_document(identity, rng, dpi=round(dpi))
    return page


def _place(background: np.ndarray, card: np.ndarray, x: int, y: int) -> np.ndarray:
    """The card pasted with its top-left corner at (x, y), clipped to the frame (no interpolation)."""
    out = background.copy()
    bh, bw = background.shape[:2]
    ch, cw = card.shape[:2]
    x0, y0, x1, y1 = max(0, x), max(0, y), min(bw, x + cw), min(bh, y + ch)
    if x1 > x0 and y1 > y0:
        out[y0:y1, x0:x1] = card[y0 - y: y1 - y, x0 - x: x1 - x]
    return out


def _motion_blur(rgb: np.ndarray, length_px: float) -> np.ndarray:
    n = round(length_px)
    if n < 2:
        return rgb
    kernel = np.zeros((1, n), np.float32)
    kernel[0, :] = 1.0 / n
    return cv2.filter2D(rgb, -1, kernel, borderType=cv2.BORDER_REFLECT)


def _noise(rgb: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    noisy = rgb.astype(np.int16) + rng.normal(0, sigma, rgb.shape).astype(np.int16)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def frames(*, seed: int = 3, size: tuple[int, int] = (1280, 720), fps: int = 15, empty_s: float = 1.0,
           slide_s: float = 1.2, steady_s: float = 3.0) -> tuple[Iterator[np.ndarray], DeskVideo]:
    """The frames (a generator) and the video's description (path left empty)."""
    width, height = size
    desk = _desk(seed, width, height)
    card = _card(seed, round(width * 0.62))
    ch, cw = card.shape[:2]
    x0, y0 = (width - cw) // 2, (height - ch) // 2
    final = np.array([[x0, y0], [x0 + cw, y0], [x0 + cw, y0 + ch], [x0, y0 + ch]], np.float32)
    n_empty, n_slide, n_steady = round(empty_s * fps), round(slide_s * fps), round(steady_s * fps)
    start_dx = width - x0 + 10  # fully outside on the right
    final_frame = _place(desk, card, x0, y0)

    def generate() -> Iterator[np.ndarray]:
        rng = np.random.default_rng(seed)
        for _ in range(n_empty):
            yield _noise(desk, rng, 2.0)
        previous_dx = start_dx
        for i in range(1, n_slide + 1):
            t = i / n_slide
            dx = round(start_dx * (1 - t) ** 2)  # decelerating into place
            yield _noise(_motion_blur(_place(desk, card, x0 + dx, y0), previous_dx - dx), rng, 2.0)
            previous_dx = dx
        for _ in range(n_steady):
            yield _noise(final_frame, rng, 2.0)

    info = DeskVideo(Path(), fps, size, final, (n_empty + n_slide) / fps, final_frame,
                     n_empty + n_slide + n_steady)
    return generate(), info


def write_video(path: Path, **kwargs: object) -> DeskVideo:
    """Generate the video into `path` (.mp4) and describe it."""
    gen, info = frames(**kwargs)  # type: ignore[arg-type]
    width, height = info.size
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg:
        cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24",
               "-s", f"{width}x{height}", "-r", str(info.fps), "-i", "-", "-c:v", "libx264", "-preset", "veryfast",
               "-crf", "16", "-pix_fmt", "yuv420p", "-movflags", "+faststart", str(path)]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE)
        assert proc.stdin is not None
        for frame in gen:
            proc.stdin.write(np.ascontiguousarray(frame).tobytes())
        proc.stdin.close()
        if proc.wait(120) != 0:
            raise RuntimeError("ffmpeg could not encode the test video")
    else:
        writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"mp4v"), info.fps, (width, height))
        for frame in gen:
            writer.write(cv2.cvtColor(frame, cv2.COLOR_RGB2BGR))
        writer.release()
    return DeskVideo(path, info.fps, info.size, info.final_quad, info.steady_from_s, info.final_frame,
                     info.frames)
