"""The offline MRZ engine (RapidOCR models from the pip wheel; no vendor, no network).

    from desktop_app.engines.local import LocalEngine, second_opinion, read_mrz, warm_up

`warm_up()` loads the recognition model ahead of the first scan (call it from a background thread).
"""

from __future__ import annotations

from desktop_app.engines.local.engine import LocalEngine
from desktop_app.engines.local.mrz_reader import MrzReading, read_mrz
from desktop_app.engines.local.recognizer import warm_up
from desktop_app.engines.local.second_opinion import second_opinion, second_opinion_verdict

__all__ = ["LocalEngine", "MrzReading", "read_mrz", "second_opinion", "second_opinion_verdict", "warm_up"]
