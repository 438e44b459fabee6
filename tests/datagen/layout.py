"""Document geometry in millimetres (ICAO 9303 sizes; MRZ at 10 characters per inch, 6 lines per inch)."""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
MRZ_PITCH_MM = 2.54  # 10 cpi
MRZ_LINE_PITCH_MM = 4.23  # 6 lpi


@dataclass(frozen=True)
class Layout:
    width_mm: float
    height_mm: float
    mrz_left_mm: float  # left edge of the first MRZ character
    mrz_last_line_mm: float  # centre of the last MRZ line, from the bottom edge
    portrait_mm: tuple[float, float, float, float]  # x, y, w, h from the top-left corner
    title: str


LAYOUTS: dict[str, Layout] = {
    # TD3 passport data page 125 x 88 mm
    "td3": Layout(125.0, 88.0, 6.0, 5.5, (6.0, 17.0, 32.0, 40.0), "PASSPORT / PASSEPORT"),
    # TD2 105 x 74 mm
    "td2": Layout(105.0, 74.0, 6.5, 5.0, (5.0, 14.0, 26.0, 32.0), "IDENTITY CARD / CARTE D'IDENTITÉ"),
    # TD1 85.6 x 54 mm (a single-sided synthetic card: portrait and MRZ on one face)
    "td1": Layout(85.6, 54.0, 4.6, 4.0, (3.5, 8.5, 19.0, 24.0), "IDENTITY CARD"),
    # MRV-A visa 120 x 80 mm, MRV-B visa 105 x 74 mm
    "mrva": Layout(120.0, 80.0, 4.0, 5.5, (4.0, 12.0, 27.0, 34.0), "VISA"),
    "mrvb": Layout(105.0, 74.0, 6.5, 5.0, (5.0, 12.0, 25.0, 31.0), "VISA"),
}
