"""A fake eSCL (AirScan/Mopria) network scanner on 127.0.0.1, following the protocol real scanners speak.

Serves `/eSCL/ScannerCapabilities` (platen + ADF), `POST /eSCL/ScanJobs` (201 + Location),
`GET {job}/NextDocument` (JPEG pages, then 404), `DELETE {job}` (cancel). Pages are generated in memory:
page n is a flat colour `PAGE_COLORS[n]` with a dark bar so tests can tell pages apart.
"""

from __future__ import annotations

import threading
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import cv2
import numpy as np

from tests.fakes.server import FakeVendor, Reply, Request

SCAN_NS = "http://schemas.hp.com/imaging/escl/2011/05/03"
PWG_NS = "http://www.pwg.org/schemas/2010/12/sm"
PAGE_COLORS = [(200, 60, 60), (60, 200, 60), (60, 60, 200), (200, 200, 60), (60, 200, 200)]

CAPABILITIES = f"""<?xml version="1.0" encoding="UTF-8"?>
<scan:ScannerCapabilities xmlns:scan="{SCAN_NS}" xmlns:pwg="{PWG_NS}">
  <pwg:Version>2.63</pwg:Version>
  <pwg:MakeAndModel>Fake eSCL Scanner 3000</pwg:MakeAndModel>
  <pwg:SerialNumber>FAKE0001</pwg:SerialNumber>
  <scan:UUID>4509a320-00a0-008f-00b6-002507510eca</scan:UUID>
  <scan:Platen>
    <scan:PlatenInputCaps>
      <scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
      <scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>3508</scan:MaxHeight>
      <scan:SettingProfiles><scan:SettingProfile>
        <scan:ColorModes>
          <scan:ColorMode>BlackAndWhite1</scan:ColorMode>
          <scan:ColorMode>Grayscale8</scan:ColorMode>
          <scan:ColorMode>RGB24</scan:ColorMode>
        </scan:ColorModes>
        <scan:DocumentFormats>
          <pwg:DocumentFormat>application/pdf</pwg:DocumentFormat>
          <pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat>
          <scan:DocumentFormatExt>image/jpeg</scan:DocumentFormatExt>
        </scan:DocumentFormats>
        <scan:SupportedResolutions><scan:DiscreteResolutions>
          <scan:DiscreteResolution><scan:XResolution>100</scan:XResolution><scan:YResolution>100</scan:YResolution></scan:DiscreteResolution>
          <scan:DiscreteResolution><scan:XResolution>200</scan:XResolution><scan:YResolution>200</scan:YResolution></scan:DiscreteResolution>
          <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
          <scan:DiscreteResolution><scan:XResolution>600</scan:XResolution><scan:YResolution>600</scan:YResolution></scan:DiscreteResolution>
        </scan:DiscreteResolutions></scan:SupportedResolutions>
      </scan:SettingProfile></scan:SettingProfiles>
    </scan:PlatenInputCaps>
  </scan:Platen>
  <scan:Adf>
    <scan:AdfSimplexInputCaps>
      <scan:MinWidth>16</scan:MinWidth><scan:MaxWidth>2550</scan:MaxWidth>
      <scan:MinHeight>16</scan:MinHeight><scan:MaxHeight>4200</scan:MaxHeight>
      <scan:SettingProfiles><scan:SettingProfile>
        <scan:ColorModes><scan:ColorMode>Grayscale8</scan:ColorMode><scan:ColorMode>RGB24</scan:ColorMode></scan:ColorModes>
        <scan:DocumentFormats><pwg:DocumentFormat>image/jpeg</pwg:DocumentFormat></scan:DocumentFormats>
        <scan:SupportedResolutions><scan:DiscreteResolutions>
          <scan:DiscreteResolution><scan:XResolution>300</scan:XResolution><scan:YResolution>300</scan:YResolution></scan:DiscreteResolution>
        </scan:DiscreteResolutions></scan:SupportedResolutions>
      </scan:SettingProfile></scan:SettingProfiles>
    </scan:AdfSimplexInputCaps>
    <scan:FeederCapacity>35</scan:FeederCapacity>
  </scan:Adf>
</scan:ScannerCapabilities>
""".encode()


def page_jpeg(index: int, width: int = 320, height: int = 200) -> bytes:
    """Page `index` (0-based): a flat colour with a dark bar, as a JPEG."""
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:] = PAGE_COLORS[index % len(PAGE_COLORS)]
    rgb[height // 2 - 10: height // 2 + 10, 20:-20] = 20
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert ok
    return buf.tobytes()


@dataclass
class Job:
    id: str
    source: str  # "Platen" | "Feeder"
    settings: dict[str, str]
    pages_left: int
    served: int = 0
    cancelled: bool = False


@dataclass
class EsclFake(FakeVendor):
    """Knobs: `feeder_pages`, `busy_first` (503 before the first page), `page_delay_s` (slow scanner),
    `absolute_location` (Location header as a full URL, as most printers send)."""

    feeder_pages: int = 2
    busy_first: int = 0
    page_delay_s: float = 0.0
    absolute_location: bool = True
    jobs: dict[str, Job] = field(default_factory=dict)

    def __post_init__(self) -> None:
        FakeVendor.__init__(self)
        self._jobs_lock = threading.Lock()
        self._busy_left = self.busy_first

    def handle(self, request: Request) -> Reply:
        path = request.path
        if request.method == "GET" and path == "/eSCL/ScannerCapabilities":
            return Reply(200, CAPABILITIES, {"Content-Type": "text/xml"})
        if request.method == "GET" and path == "/eSCL/ScannerStatus":
            return Reply(200, b"<scan:ScannerStatus/>", {"Content-Type": "text/xml"})
        if request.method == "POST" and path == "/eSCL/ScanJobs":
            return self._create(request)
        if path.startswith("/eSCL/ScanJobs/"):
            rest = path.removeprefix("/eSCL/ScanJobs/").split("/")
            with self._jobs_lock:
                job = self.jobs.get(rest[0])
            if job is None:
                return Reply(404)
            if request.method == "DELETE" and len(rest) == 1:
                job.cancelled = True
                return Reply(200)
            if request.method == "GET" and rest[1:] == ["NextDocument"]:
                return self._next(job)
        return Reply(404)

    def _create(self, request: Request) -> Reply:
        root = ET.fromstring(request.body)
        settings = {el.tag.split("}")[1]: (el.text or "").strip() for el in root.iter() if el.text and el.text.strip()}
        source = settings.get("InputSource", "Platen")
        job = Job(uuid.uuid4().hex, source, settings, self.feeder_pages if source == "Feeder" else 1)
        with self._jobs_lock:
            self.jobs[job.id] = job
        location = f"/eSCL/ScanJobs/{job.id}"
        if self.absolute_location:
            location = self.base_url + location
        return Reply(201, b"", {"Location": location})

    def _next(self, job: Job) -> Reply:
        if self._busy_left > 0:
            self._busy_left -= 1
            return Reply(503, b"", {"Retry-After": "0"})
        if job.cancelled or job.pages_left <= 0:
            return Reply(404)
        job.pages_left -= 1
        job.served += 1
        return Reply(200, page_jpeg(job.served - 1), {"Content-Type": "image/jpeg"}, delay_s=self.page_delay_s)
