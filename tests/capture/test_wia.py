"""The WIA backend's platform-independent parts (the COM calls themselves only run on Windows)."""

from __future__ import annotations

import sys

import pytest

from desktop_app.capture.scanner import ScanError
from desktop_app.capture.wia_scanner import WiaScanner, _hresult, _sentence


class FakeComError(Exception):
    """Shaped like pywintypes.com_error: (hresult, text, excepinfo, argerror)."""


def test_wia_error_codes_become_sentences() -> None:
    wrapped = FakeComError(-2147352567, "Exception occurred.", (0, None, None, None, 0, -2145320958), None)
    assert _hresult(wrapped) == 0x80210002
    assert _sentence(wrapped) == "Paper is jammed in the scanner's feeder; clear it and scan again."
    direct = FakeComError(-2145320957 & 0xFFFFFFFF, "paper empty", None, None)
    assert _sentence(direct) == "The feeder is empty; put the documents in the feeder and scan again."
    assert _sentence(RuntimeError()).startswith("The scanner reported an error")


@pytest.mark.skipif(sys.platform == "win32", reason="pywin32 is there on Windows")
def test_without_pywin32_listing_is_one_sentence() -> None:
    with pytest.raises(ScanError) as info:
        WiaScanner().list_devices()
    assert str(info.value) == ("Windows scanner support (pywin32) is not installed; reinstall the station or use "
                               "a network (eSCL) scanner.")
