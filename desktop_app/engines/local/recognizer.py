"""The text recogniser: RapidOCR 3.10 (PP-OCRv6 small det/rec, models shipped inside the wheel, no network).

Loaded once per process, lazily, behind a lock; calls are serialised (one ONNX session set, sized for a small
machine). Tuned for MRZ lines (offline_ocr_findings.md): angle classifier off (it flips MRZ lines), text score 0
(faint lines survive), unclip ratio 2.0 (boxes cover whole characters), and the detector limited by the longest
side because the caller already scales its input.

Privacy: onnxruntime (>= 1.29, under rapidocr) starts a telemetry uploader when it is imported, which writes a
session id to `$TMPDIR/.ses` and may try to reach Microsoft. Its documented opt-out, `ORT_DISABLE_TELEMETRY=1`,
must be in the environment before onnxruntime initialises, so this module sets it on import (before any rapidocr
import) and no uploader, device id or offline cache is created.
"""

from __future__ import annotations

import os
import string
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.domain.mrz import CLASS_TWINS

# Before any onnxruntime import (see the module docstring); the decision is latched for the process.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

RGB = npt.NDArray[np.uint8]

REC_WARMUP_H, REC_WARMUP_W = 48, 96
# Every core for one read (at most 4): the recogniser is most of a read's time (2 threads on 2 cores: 0.70x the
# wall time of one, measured). Its pool threads sleep between calls instead of spinning (see `_sleeping_pool`),
# so they take the GUI thread's core only while a read runs.
DEFAULT_THREADS = max(1, min(4, os.cpu_count() or 1))

_PARAMS: dict[str, Any] = {
    "Global.use_cls": False,
    "Global.text_score": 0.0,
    "Global.log_level": "error",
    "Global.max_side_len": 2400,
    "Global.min_side_len": 16,
    "Det.unclip_ratio": 2.0,
    "Det.box_thresh": 0.4,
    "Det.limit_type": "max",
    "Det.limit_side_len": 2400,
    "EngineConfig.onnxruntime.intra_op_num_threads": DEFAULT_THREADS,
    "EngineConfig.onnxruntime.inter_op_num_threads": 1,
}


@dataclass(frozen=True, slots=True)
class LineText:
    """What the recogniser read on one line: the text, its mean confidence and, per character, the CTC
    probability of the character it chose (`char_scores`) and that plus its letter/digit twin's (`class_scores`:
    O/0, I/1, S/5, Z/2, B/8, G/6), which is the confidence where the MRZ position's class decides between twins
    (names, codes, dates), the first one where it does not (document number, optional data); 0..1."""

    text: str
    score: float
    char_scores: tuple[float, ...]
    class_scores: tuple[float, ...] = ()
    # per character, the recogniser's second choice at the same frame (not the blank; " " when not known): what a
    # small or blurred character may have been, for fields whose valid values are known (country codes)
    runner_ups: str = ""


@dataclass(frozen=True, slots=True)
class TextBox:
    """One recognised text line: its text, confidence and box (4 points, input-image pixels)."""

    text: str
    score: float
    box: npt.NDArray[np.float32]
    char_scores: tuple[float, ...] = ()  # one per character of `text` when known
    class_scores: tuple[float, ...] = ()  # the same with the letter/digit twin's probability added

    @property
    def center_y(self) -> float:
        return float(self.box[:, 1].mean())

    @property
    def left(self) -> float:
        return float(self.box[:, 0].min())

    @property
    def right(self) -> float:
        return float(self.box[:, 0].max())

    @property
    def height(self) -> float:
        return float(self.box[:, 1].max() - self.box[:, 1].min())


class Recognizer:
    """Thread-safe wrapper around one RapidOCR instance."""

    def __init__(self, threads: int = DEFAULT_THREADS) -> None:
        from rapidocr import RapidOCR  # heavy import: only when the first scan needs it

        params = dict(_PARAMS)
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        self._ocr = RapidOCR(params=params)
        self._threads = threads
        self._lock = threading.Lock()
        self._rec: Any = None
        self._det_ready = False

    def detect_and_read(self, rgb: RGB) -> list[TextBox]:
        """Detect text lines and read them."""
        with self._lock:
            out = self._ocr(rgb, use_det=True, use_cls=False, use_rec=True)
        boxes = getattr(out, "boxes", None)
        txts = getattr(out, "txts", None)
        scores = getattr(out, "scores", None)
        if boxes is None or txts is None or scores is None:
            return []
        return [TextBox(str(t), float(s), np.asarray(b, np.float32)) for t, s, b in zip(txts, scores, boxes,
                                                                                          strict=False)]

    def detect(self, rgb: RGB) -> list[npt.NDArray[np.float32]]:
        """Text line boxes (4 points each, input pixels), without reading them."""
        with self._lock:
            if not self._det_ready:
                # RapidOCR makes the detection session on first use: make it now, then give it the recogniser's
                # sleeping threads (ONNX Runtime's default spins them after each call, which took a core from the
                # recogniser's read that follows a detection)
                self._ocr(np.full((REC_WARMUP_H, REC_WARMUP_W, 3), 255, np.uint8), use_det=True, use_cls=False,
                          use_rec=False)
                _sleeping_pool(getattr(self._ocr, "text_det", None), self._threads)
                self._det_ready = True
            out = self._ocr(rgb, use_det=True, use_cls=False, use_rec=False)
        boxes = getattr(out, "boxes", None)
        if boxes is None:
            return []
        return [np.asarray(b, np.float32) for b in boxes]

    def read_lines(self, lines: Sequence[RGB]) -> list[LineText]:
        """Read already-cropped text lines (no detection), one batch; text, score and per-character scores per
        line, in order. The per-character scores come from RapidOCR's word results (`return_word_box`), which
        carry the decoder's probability of each character it kept; asking for them costs a loop over the text."""
        if not lines:
            return []
        from rapidocr.ch_ppocr_rec import TextRecInput

        with self._lock:
            if self._rec is None:
                self._ocr(np.full((REC_WARMUP_H, REC_WARMUP_W, 3), 255, np.uint8), use_det=False, use_cls=False,
                          use_rec=True)  # loads the recognition session through the public call
                self._rec = self._ocr.text_rec
                _sleeping_pool(self._rec, self._threads)
            if not isinstance(self._rec.postprocess_op, _TwinScores):
                self._rec.postprocess_op = _TwinScores(self._rec.postprocess_op)
            out = self._rec(TextRecInput(img=list(lines), return_word_box=True))
        txts = list(out.txts or ())
        scores = list(out.scores or ())
        words = list(out.word_results or ())
        words += [None] * (len(txts) - len(words))
        return [LineText(str(t), float(s), _char_scores(str(t), float(s), w, "confs"),
                         _char_scores(str(t), float(s), w, "class_confs"), _runner_ups(str(t), w))
                for t, s, w in zip(txts, scores, words, strict=False)]


def _sleeping_pool(model: Any, threads: int) -> None:
    """Re-open `model`'s ONNX session (RapidOCR's OrtInferSession in `model.session`) with `threads` intra-op
    threads that sleep between calls: ONNX Runtime's default spins them for a while after each call, which takes a
    core from the GUI thread and the camera. RapidOCR has no setting for it; when its session is not where this
    expects it, the model keeps RapidOCR's own session."""
    import onnxruntime as ort

    holder: Any = getattr(model, "session", None)
    current = getattr(holder, "session", None)
    path = getattr(current, "_model_path", None)
    if not isinstance(current, ort.InferenceSession) or not isinstance(path, str):
        return
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # the arena keeps the buffers of one call for the next (same outputs, ~5 % less CPU a call measured on MRZ line
    # batches; the process's peak memory over the real dev set unchanged within noise)
    options.enable_cpu_mem_arena = True
    options.log_severity_level = 4
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    holder.session = ort.InferenceSession(path, sess_options=options, providers=current.get_providers())


_MRZ_LIKE = frozenset(string.ascii_letters + string.digits + "<«‹")


class _TwinScores:
    """Wraps RapidOCR's CTC decoder: with word results on, each kept character also gets `class_confs`, its
    probability plus its class twin's at the same frame (the decoder keeps the frames where the best label
    changes and is not the blank, as below), and `runner_ups`, the best other label at that frame that can stand
    for an MRZ character (a letter, a digit or a filler)."""

    def __init__(self, decode: Any) -> None:
        self._decode = decode
        labels: list[str] = list(decode.character)
        index = {label: i for i, label in enumerate(labels)}
        self._twin = np.array([index.get(CLASS_TWINS.get(label, ""), i) for i, label in enumerate(labels)])
        # second choices are looked for among the labels that can stand for an MRZ character (cheap: ~70 of ~18k)
        self._mrz_labels = np.array([i for i, label in enumerate(labels) if i and label in _MRZ_LIKE], np.intp)

    @property
    def character(self) -> list[str]:
        return list(self._decode.character)

    def __call__(self, preds: npt.NDArray[np.float32], return_word_box: bool = False,
                 **kwargs: Any) -> tuple[list[Any], list[Any]]:
        lines, words = self._decode(preds, return_word_box, **kwargs)
        if not return_word_box:
            return lines, words
        best = preds.argmax(axis=2)
        for row, info in enumerate(words):
            labels = best[row]
            keep = np.ones(len(labels), dtype=bool)
            keep[1:] = labels[1:] != labels[:-1]
            keep &= labels != 0  # the CTC blank
            frames = np.flatnonzero(keep)
            if len(frames) != len(info.confs):
                continue
            chosen = labels[frames]
            twin = self._twin[chosen]
            probs = preds[row, frames, chosen] + np.where(twin != chosen, preds[row, frames, twin], 0.0)
            info.class_confs = [round(float(p), 5) for p in np.minimum(probs, 1.0)]
            second = preds[row][frames[:, None], self._mrz_labels[None, :]]  # a copy: frames x MRZ-like labels
            second[self._mrz_labels[None, :] == chosen[:, None]] = -1.0
            info.runner_ups = "".join(self._decode.character[i] for i in self._mrz_labels[second.argmax(axis=1)])
        return lines, words


def _char_scores(text: str, score: float, word_info: Any, attr: str) -> tuple[float, ...]:
    """One confidence per character of `text` from RapidOCR's WordInfo; the line score for each when missing."""
    confs = getattr(word_info, attr, None)
    if confs is not None and len(confs) == len(text):
        return tuple(float(c) for c in confs)
    return (score,) * len(text)


def _runner_ups(text: str, word_info: Any) -> str:
    """One second choice per character of `text` (see `_TwinScores`); spaces when not known."""
    seconds = getattr(word_info, "runner_ups", None)
    return seconds if isinstance(seconds, str) and len(seconds) == len(text) else " " * len(text)


class _Shared:
    """The process-wide recogniser and how often it was created (tests assert once per process)."""

    instance: Recognizer | None = None
    loads = 0
    lock = threading.Lock()


def get_recognizer() -> Recognizer:
    """The process-wide recogniser, created on first use (its ONNX sessions load on the first call)."""
    if _Shared.instance is None:
        with _Shared.lock:
            if _Shared.instance is None:
                _Shared.instance = Recognizer()
                _Shared.loads += 1
    return _Shared.instance


def warm_up() -> None:
    """Load the recognition model now (about a second or two of CPU), e.g. from a start-up thread, so the first
    scan does not pay for it. The detection model, used only by fallbacks, still loads on first need."""
    get_recognizer().read_lines([np.full((REC_WARMUP_H, REC_WARMUP_W, 3), 255, np.uint8)])


def load_count() -> int:
    """How many times the recogniser was created in this process."""
    return _Shared.loads
