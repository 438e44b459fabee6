"""Engine, imaging and domain sentences in the operator's language. They cross the seam as `Notice`s (their
English template is the code, with parameters: `domain.notices`); this is the one place that turns them into the
text shown. A text that is not a `Notice` (the station's own sentences, translated where they are made, or a
vendor's own words) is shown as it is."""

from __future__ import annotations

from desktop_app.domain.notices import CONTEXT, Notice, fill
from desktop_app.station.texts import translate


def operator_text(text: str) -> str:
    """`text` in the operator's language: a `Notice`'s template translated and its parameters filled in (each
    parameter that is a `Notice` translated in its turn)."""
    if not isinstance(text, Notice):
        return text
    params = tuple(operator_text(p) if isinstance(p, Notice) else p for p in text.params)
    return fill(translate(CONTEXT, text.template), params)


def error_text(err: BaseException) -> str:
    """The operator sentence an exception carries (`EngineError`, `IntakeError`...), in the operator's language."""
    first = err.args[0] if err.args else None
    return operator_text(first) if isinstance(first, str) else str(err)
