"""Guest registration files for the police and the hotel's PMS (issue 13).

Pure Python, no Qt and no file I/O (the durable write and the PDF live in `station/registration_*`):

- `guest`: a `Guest` from a confirmed record or a `scan --json` object plus its `stay` keys; `Stay` (dates).
- `tables`: the code tables under `resources/registration/` (each cites its source in `SOURCES.md`).
- `checks`: per target, which required fields are missing for whom.
- one writer per target: `alloggiati` (Italy), `ses` (Spain), `siba` (Portugal), `meldeschein` (Germany: the form's
  content; the PDF is drawn by `station/registration_pdf.py`), `pms` (Mews-shaped and generic JSON).
"""

from __future__ import annotations

TARGETS: tuple[str, ...] = ("alloggiati", "ses", "siba", "meldeschein", "mews", "json")
