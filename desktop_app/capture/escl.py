"""Driverless network scanners over eSCL (Apple AirScan / Mopria scan): HTTP and XML through httpx.

The protocol, as implemented by sane-airscan and the printers' embedded servers:
- `GET  {base}/ScannerCapabilities` describes the platen and the feeder (`scan:Adf`), colour modes and
  resolutions; sizes are in 1/300 inch.
- `POST {base}/ScanJobs` with a `scan:ScanSettings` document answers `201 Created` and a `Location` header
  naming the job.
- `GET  {job}/NextDocument` returns one page per call (image/jpeg here) and `404` once the job has no more;
  `503` means "not ready yet, ask again".
- `DELETE {job}` cancels the job.
`base` is the scanner's eSCL root, e.g. `http://192.168.1.20/eSCL` (the `rs` entry of its mDNS record).
Blocking, like every `Scanner`: run it on a worker thread; `cancel()` works from any thread.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from desktop_app.capture.scanner import (
    ColorMode,
    PageCallback,
    RememberDevice,
    Rgb,
    ScanCancelled,
    ScanError,
    ScannerCapabilities,
    ScannerDevice,
    ScanSettings,
    Source,
)
from desktop_app.capture.scanner import Scanner as _Scanner
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.imaging.intake import IntakeError, decode_still

SCAN_NS = "http://schemas.hp.com/imaging/escl/2011/05/03"
PWG_NS = "http://www.pwg.org/schemas/2010/12/sm"
_NS = {"scan": SCAN_NS, "pwg": PWG_NS}
_MAX_XML = 1_000_000  # capabilities documents are a few kB
_MM_PER_300TH = 25.4 / 300
_COLOR_MODES: dict[ColorMode, str] = {"color": "RGB24", "gray": "Grayscale8"}
_SOURCES: dict[Source, str] = {"flatbed": "Platen", "feeder": "Feeder"}


@dataclass(frozen=True, slots=True)
class EsclCapabilities:
    """The parts of `ScannerCapabilities` the station uses."""

    version: str
    make_and_model: str
    caps: ScannerCapabilities
    formats: tuple[str, ...]
    max_size_300ths: dict[Source, tuple[int, int]]  # (width, height) per source


def _parse_xml(body: bytes) -> ET.Element:
    """Parse a scanner's XML; refuse DTDs and entities (the document comes from the network)."""
    if len(body) > _MAX_XML or b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner sent a description the station cannot use; "
                                                     "check its firmware."))
    try:
        return ET.fromstring(body)  # noqa: S314 - no DTD/entities allowed above; expat guards the rest
    except ET.ParseError as err:
        raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner sent a description the station cannot read; "
                                                     "check its firmware.")) \
            from err


def _ints(node: ET.Element, path: str) -> list[int]:
    out = []
    for el in node.findall(path, _NS):
        try:
            out.append(int((el.text or "").strip()))
        except ValueError:
            continue
    return out


def parse_capabilities(body: bytes) -> EsclCapabilities:
    """Parse `GET /eSCL/ScannerCapabilities`."""
    root = _parse_xml(body)
    version = (root.findtext("pwg:Version", "2.0", _NS) or "2.0").strip()
    model = (root.findtext("pwg:MakeAndModel", "", _NS) or "").strip()
    inputs = {"flatbed": root.find("scan:Platen/scan:PlatenInputCaps", _NS),
              "feeder": root.find("scan:Adf/scan:AdfSimplexInputCaps", _NS)}
    resolutions: set[int] = set()
    modes: list[ColorMode] = []
    formats: list[str] = []
    sources: list[Source] = []
    sizes: dict[Source, tuple[int, int]] = {}
    for source, caps in (("flatbed", inputs["flatbed"]), ("feeder", inputs["feeder"])):
        if caps is None:
            continue
        src: Source = "flatbed" if source == "flatbed" else "feeder"
        sources.append(src)
        width = _ints(caps, "scan:MaxWidth")
        height = _ints(caps, "scan:MaxHeight")
        if width and height:
            sizes[src] = (width[0], height[0])
        resolutions.update(_ints(caps, ".//scan:DiscreteResolution/scan:XResolution"))
        for mode_el in caps.findall(".//scan:ColorModes/scan:ColorMode", _NS):
            text = (mode_el.text or "").strip()
            mode: ColorMode | None = "color" if text == "RGB24" else "gray" if text == "Grayscale8" else None
            if mode and mode not in modes:
                modes.append(mode)
        for fmt_el in caps.findall(".//scan:DocumentFormats/*", _NS):
            fmt = (fmt_el.text or "").strip()
            if fmt and fmt not in formats:
                formats.append(fmt)
    area = None
    if "flatbed" in sizes:
        area = (sizes["flatbed"][0] * _MM_PER_300TH, sizes["flatbed"][1] * _MM_PER_300TH)
    caps_out = ScannerCapabilities(resolutions=tuple(sorted(resolutions)), modes=tuple(modes) or ("color",),
                                   sources=tuple(sources) or ("flatbed",), max_area_mm=area)
    return EsclCapabilities(version, model, caps_out, tuple(formats), sizes)


def scan_settings_xml(settings: ScanSettings, caps: EsclCapabilities, *, document_format: str) -> bytes:
    """The `scan:ScanSettings` document for `POST /eSCL/ScanJobs`."""
    ET.register_namespace("scan", SCAN_NS)
    ET.register_namespace("pwg", PWG_NS)

    def sub(parent: ET.Element, ns: str, tag: str, text: str | None = None) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ns}}}{tag}")
        if text is not None:
            el.text = text
        return el

    root = ET.Element(f"{{{SCAN_NS}}}ScanSettings")
    sub(root, PWG_NS, "Version", caps.version)
    sub(root, SCAN_NS, "Intent", "Document")
    regions = sub(root, PWG_NS, "ScanRegions")
    regions.set(f"{{{PWG_NS}}}MustHonor", "false")
    region = sub(regions, PWG_NS, "ScanRegion")
    sub(region, PWG_NS, "ContentRegionUnits", "escl:ThreeHundredthsOfInches")
    width, height = caps.max_size_300ths.get(settings.source, (2550, 3508))
    if settings.area_mm is not None:
        width = min(width, round(settings.area_mm[0] / _MM_PER_300TH))
        height = min(height, round(settings.area_mm[1] / _MM_PER_300TH))
    sub(region, PWG_NS, "Height", str(height))
    sub(region, PWG_NS, "Width", str(width))
    sub(region, PWG_NS, "XOffset", "0")
    sub(region, PWG_NS, "YOffset", "0")
    sub(root, PWG_NS, "InputSource", _SOURCES[settings.source])
    sub(root, SCAN_NS, "ColorMode", _COLOR_MODES[settings.mode])
    dpi = str(caps.caps.nearest_resolution(settings.resolution_dpi))
    sub(root, SCAN_NS, "XResolution", dpi)
    sub(root, SCAN_NS, "YResolution", dpi)
    sub(root, PWG_NS, "DocumentFormat", document_format)
    sub(root, SCAN_NS, "DocumentFormatExt", document_format)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


class EsclScanner(_Scanner):
    """A `Scanner` for eSCL network scanners whose eSCL roots the station knows (settings or mDNS)."""

    backend = "escl"

    def __init__(self, urls: list[str], *, preferred_device: str | None = None,
                 remember: RememberDevice | None = None, timeout_s: float = 10.0,
                 page_timeout_s: float = 120.0, busy_retry_s: float = 1.0, busy_retries: int = 60,
                 verify: bool = True) -> None:
        super().__init__(preferred_device=preferred_device, remember=remember)
        for url in urls:
            if urlsplit(url).scheme not in ("http", "https"):
                raise ValueError(f"not an http(s) eSCL root: {url!r}")
        self._urls = [u.rstrip("/") for u in urls]
        self._timeout = httpx.Timeout(timeout_s, read=page_timeout_s)
        self._busy_retry_s = busy_retry_s
        self._busy_retries = busy_retries
        self._verify = verify
        self._client = httpx.Client(timeout=self._timeout, verify=verify, follow_redirects=False)
        self._base: str | None = None
        self._caps: EsclCapabilities | None = None
        self._job: str | None = None

    # -- HTTP ----------------------------------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        if self._client.is_closed:
            self._client = httpx.Client(timeout=self._timeout, verify=self._verify, follow_redirects=False)
        try:
            return self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TimeoutException as err:
            if self._cancel.is_set:
                raise ScanCancelled from err
            raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner at %1 did not answer in time; "
                                                                "check that it is switched on and try again."),
                                   _host(url))) from err
        except httpx.HTTPError as err:
            if self._cancel.is_set:
                raise ScanCancelled from err
            raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner at %1 could not be reached; check "
                                                                "that it is switched on and on the same network."),
                                   _host(url))) from err

    def _get_capabilities(self, base: str) -> EsclCapabilities:
        reply = self._request("GET", f"{base}/ScannerCapabilities")
        if reply.status_code != 200:
            raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner at %1 refused to describe itself "
                                                                "(HTTP %2); check its address in Settings."),
                                   _host(base), reply.status_code))
        return parse_capabilities(reply.content)

    # -- Scanner hooks -------------------------------------------------------------------------------------
    def _discover(self) -> list[ScannerDevice]:
        devices = []
        for base in self._urls:
            try:
                model = self._get_capabilities(base).make_and_model
                kind = "network scanner"
            except ScanError:
                model, kind = "", "network scanner (not answering)"
            devices.append(ScannerDevice(id=base, model=model, kind=kind, backend="escl"))
        return devices

    def _open(self, device_id: str) -> ScannerCapabilities:
        if urlsplit(device_id).scheme not in ("http", "https"):
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The chosen network scanner has no valid address; check it in "
                                                         "Settings."))
        self._caps = self._get_capabilities(device_id.rstrip("/"))
        self._base = device_id.rstrip("/")
        return self._caps.caps

    def _scan(self, settings: ScanSettings, on_page: PageCallback) -> list[Rgb]:
        if self._base is None or self._caps is None:
            self.open(None)
        assert self._base is not None
        assert self._caps is not None
        if settings.source not in self._caps.caps.sources:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "This scanner has no document feeder; put the document on the "
                                                         "glass and scan from the flatbed.")
                            if settings.source == "feeder" else
                            QT_TRANSLATE_NOOP("Notices", "This scanner has no glass; put the document in the feeder."))
        fmt = "image/jpeg" if "image/jpeg" in self._caps.formats or not self._caps.formats else \
            next((f for f in self._caps.formats if f.startswith("image/")), "image/jpeg")
        body = scan_settings_xml(settings, self._caps, document_format=fmt)
        self._job = self._create_job(body)
        pages: list[Rgb] = []
        finished = False
        try:
            while len(pages) < settings.max_pages:
                self._cancel.raise_if_set()
                data = self._next_document(self._job)
                if data is None:
                    finished = True
                    break
                self._cancel.raise_if_set()
                try:
                    pages.append(decode_still(data, name=f"page {len(pages) + 1}").rgb)
                except IntakeError as err:
                    raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner sent a page the station "
                                                                        "cannot read (%1); scan again."),
                                           err.message)) from err
                on_page(len(pages))
        finally:
            job, self._job = self._job, None
            if not finished and job is not None:
                self._delete(job)
        if not pages:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The feeder is empty; put the documents in the feeder and "
                                                         "scan again.")
                            if settings.source == "feeder" else
                            QT_TRANSLATE_NOOP("Notices", "The scanner returned no page; check the document on the "
                                                         "glass and scan again."))
        return pages

    def _create_job(self, body: bytes) -> str:
        assert self._base is not None
        url = f"{self._base}/ScanJobs"
        reply = self._when_ready("POST", url, content=body, headers={"Content-Type": "text/xml"})
        if reply is None:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner is busy; wait until it has finished and "
                                                         "scan again."))
        if reply.status_code == 409:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner did not accept these scan settings; "
                                                         "choose another resolution or source."))
        if reply.status_code not in (200, 201) or not reply.headers.get("location"):
            raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner refused the scan (HTTP %1); check "
                                                                "it is ready and try again."), reply.status_code))
        return urljoin(url + "/", reply.headers["location"]).rstrip("/")

    def _next_document(self, job: str) -> bytes | None:
        """The next page, or None when the job has no more (404)."""
        reply = self._when_ready("GET", f"{job}/NextDocument")
        if reply is None:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner did not deliver the page in time; check "
                                                         "it and scan again."))
        if reply.status_code == 200:
            return reply.content
        if reply.status_code == 404:
            return None
        if reply.status_code == 409:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner stopped the job (paper jam or empty "
                                                         "feeder); check it and scan again."))
        raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The network scanner failed while sending a page (HTTP "
                                                            "%1); scan again."), reply.status_code))

    def _when_ready(self, method: str, url: str, **kwargs: object) -> httpx.Response | None:
        """The first answer that is not `503 busy` (waiting between tries), or None when the scanner stays busy."""
        for _ in range(self._busy_retries + 1):
            self._cancel.raise_if_set()
            reply = self._request(method, url, **kwargs)
            if reply.status_code != 503:
                return reply
            self._wait(reply)
        return None

    def _wait(self, reply: httpx.Response) -> None:
        try:
            delay = min(10.0, max(0.0, float(reply.headers.get("retry-after", self._busy_retry_s))))
        except ValueError:
            delay = self._busy_retry_s
        end = time.monotonic() + delay
        while time.monotonic() < end:
            self._cancel.raise_if_set()
            time.sleep(min(0.05, max(0.0, end - time.monotonic())))

    def _delete(self, job: str) -> None:
        """Cancel a job on the scanner with a client of its own (the scanning thread may be blocked on a read)."""
        try:
            with httpx.Client(timeout=5.0, verify=self._verify) as client:
                client.delete(job)
        except httpx.HTTPError:
            pass  # the scanner will time the job out by itself

    def _cancel_device(self) -> None:
        job = self._job
        if job is not None:
            self._delete(job)

    def close(self) -> None:
        self._client.close()
        self._base = None
        self._caps = None

    def no_device_sentence(self) -> str:
        return QT_TRANSLATE_NOOP("Notices", "No network scanner is set up; add the scanner's address in Settings.")
