"""The offline MRZ engine (RapidOCR models from the pip wheel; no vendor, no network).

    from desktop_app.engines.local import LocalEngine, second_opinion, read_mrz
"""

from __future__ import annotations

from desktop_app.engines.local.engine import LocalEngine
from desktop_app.engines.local.mrz_reader import MrzReading, read_mrz
from desktop_app.engines.local.second_opinion import second_opinion

__all__ = ["LocalEngine", "MrzReading", "read_mrz", "second_opinion"]
