"""Our quality hints in the operator's language. A check's hint crosses the seam as its code (the English
constant of `imaging.quality_types` and, for glare, the location in `detail`); this is the one place that turns
the code into the sentence shown."""

from __future__ import annotations

from typing import Any

from desktop_app.station.texts import fill, translate


def _glare(location: str) -> str:
    texts = {
        "left": translate("Hints", "Glare on the left: tilt the document slightly"),
        "right": translate("Hints", "Glare on the right: tilt the document slightly"),
        "top": translate("Hints", "Glare on the top: tilt the document slightly"),
        "bottom": translate("Hints", "Glare on the bottom: tilt the document slightly"),
        "centre": translate("Hints", "Glare on the centre: tilt the document slightly"),
    }
    return texts.get(location, translate("Hints", "Glare: tilt the document slightly"))


def _resolution(check: Any) -> str | None:
    """"Move closer" with the MRZ character height and resolution found, and the height needed (short: it is
    drawn under the live picture); None without them."""
    detail = getattr(check, "detail", None) or {}
    char_px, dpi, need = detail.get("mrz_char_px"), detail.get("dpi"), getattr(check, "threshold", None)
    if not (isinstance(char_px, int | float) and isinstance(dpi, int | float) and isinstance(need, int | float)
            and min(char_px, dpi, need) > 0):
        return None
    return fill(translate("Hints", "Move closer: MRZ %1 px high, %2 dpi (needs %3 px)"),
                f"{char_px:.0f}", f"{dpi:.0f}", f"{need:.0f}")


def hint_text(check: Any) -> str:
    """The translated hint of a failed check ("" when it has none); an unknown hint is shown as it is."""
    hint = str(getattr(check, "hint", "") or "")
    if not hint:
        return ""
    if getattr(check, "name", "") == "glare":
        detail = getattr(check, "detail", None) or {}
        return _glare(str(detail.get("location", "")))
    if getattr(check, "name", "") == "resolution":
        resolution = _resolution(check)
        if resolution is not None:
            return resolution
    from desktop_app.imaging import quality_types as q  # loaded already: a report exists (numpy stays off start-up)

    texts = {
        q.HINT_DARK: translate("Hints", "Too dark: add light"),
        q.HINT_BRIGHT: translate("Hints", "Too bright: dim the light or move away from the lamp"),
        q.HINT_BOUNDS: translate("Hints", "Whole document must be in view"),
        q.HINT_FAR: translate("Hints", "Move closer"),
        q.HINT_TILT: translate("Hints", "Hold the document flat"),
        q.HINT_BLUR: translate("Hints", "Blurry: hold still and let the camera focus"),
        q.HINT_PHOTOCOPY: translate("Hints", "This looks like a photocopy"),
        q.HINT_SCREEN: translate("Hints", "This looks like a photo of a screen"),
        q.HINT_PORTRAIT: translate("Hints", "Face photo not visible"),
        q.HINT_MOTION: translate("Hints", "Hold still"),
    }
    return texts.get(hint, hint)
