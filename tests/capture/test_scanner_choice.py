"""A stored scanner choice names its backend: eSCL by address, WIA, SANE (also the older bare device name)."""

from __future__ import annotations

import sys

import pytest

from desktop_app.capture.escl import EsclScanner
from desktop_app.capture.scanner import ScanError, ScannerDevice
from desktop_app.capture.scanner_choice import choice_of, escl_choice, scanner_for, split_choice


def test_choices_name_their_backend():
    assert split_choice("escl:http://192.168.1.20/eSCL") == ("escl", "http://192.168.1.20/eSCL")
    assert split_choice("sane:test:0") == ("sane", "test:0")
    assert split_choice("test:0") == ("sane", "test:0")  # the setting before backends were chosen
    assert split_choice("wia:{6BDD1FC6}\\0000") == ("wia", "{6BDD1FC6}\\0000")
    assert choice_of(ScannerDevice(id="test:0", backend="sane")) == "sane:test:0"


def test_typed_addresses():
    assert escl_choice(" http://127.0.0.1:8080/eSCL/ ") == "escl:http://127.0.0.1:8080/eSCL"
    assert escl_choice("test:0") is None
    assert escl_choice("ftp://host/eSCL") is None


def test_scanner_for_an_escl_choice():
    scanner, device = scanner_for("escl:http://127.0.0.1:9/eSCL")
    try:
        assert isinstance(scanner, EsclScanner)
        assert device == "http://127.0.0.1:9/eSCL"
    finally:
        scanner.close()


@pytest.mark.skipif(sys.platform == "win32", reason="WIA exists there")
def test_wia_elsewhere_is_a_sentence():
    with pytest.raises(ScanError, match="only on Windows"):
        scanner_for("wia:anything")
