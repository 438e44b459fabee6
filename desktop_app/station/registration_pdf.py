"""The German registration form (besonderer Meldeschein, BMG sections 29 and 30) as a PDF, drawn with Qt's own
`QTextDocument` and `QPdfWriter` into memory (the caller writes the bytes durably). One A4 page per form.

Content and law: see `desktop_app/domain/registration/meldeschein.py`.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from desktop_app.domain.registration import meldeschein
from desktop_app.domain.registration.guest import Stay

TITLE = "Meldeschein für Beherbergungsstätten / Hotel registration form"
LAW_NOTE = ("Besondere Meldepflicht nach §§ 29, 30 Bundesmeldegesetz (BMG). Deutsche Staatsangehörige sind seit dem "
            "1. Januar 2025 befreit. Aufbewahrung: ein Jahr ab dem Tag der Abreise (§ 30 Abs. 4 BMG).")


def _page_html(form: meldeschein.Form, stay: Stay) -> str:
    rows = "".join(
        f"<tr><td width='45%'><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in meldeschein.rows(form, stay))
    travellers = "".join(
        f"<li>{html.escape(' '.join(p for p in (t.surname, t.given_names) if p) or '?')} "
        f"({html.escape(t.nationality or '?')})</li>" for t in form.fellow_travellers)
    listed = f"<p><b>Mitreisende / Fellow travellers</b></p><ul>{travellers}</ul>" if travellers else ""
    return (f"<h2>{html.escape(TITLE)}</h2>"
            f"<table border='1' cellspacing='0' cellpadding='6' width='100%'>{rows}</table>{listed}"
            "<p>&nbsp;</p><p>Datum / Date: ____________________</p>"
            "<p>Unterschrift der meldepflichtigen Person / Signature of the guest:</p>"
            "<p>&nbsp;</p><p>______________________________________________</p>"
            f"<p><small>{html.escape(LAW_NOTE)}</small></p>")


def meldeschein_pdf(forms: Sequence[meldeschein.Form], stay: Stay) -> bytes:
    """The PDF bytes, one page per form (needs a QGuiApplication; the CLI makes an offscreen one)."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("drawing a PDF needs a QGuiApplication")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(TITLE)
    writer.setCreator("ID Scan Station")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        for number, form in enumerate(forms):
            if number:
                writer.newPage()
            document = QTextDocument()
            document.documentLayout().setPaintDevice(writer)  # lay out in the writer's own resolution
            document.setDocumentMargin(0)
            font = document.defaultFont()
            font.setPointSizeF(11)
            document.setDefaultFont(font)
            document.setHtml(_page_html(form, stay))
            document.setPageSize(QSizeF(page.width(), page.height()))
            document.drawContents(painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())
