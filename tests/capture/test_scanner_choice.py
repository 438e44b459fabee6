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


AVAHI = "\n".join([
    "+;eth0;IPv4;Fake\\032eSCL\\0323000;_uscan._tcp;local",
    '=;eth0;IPv4;Fake\\032eSCL\\0323000;_uscan._tcp;local;fake.local;192.168.1.20;8080;"txt=x" "rs=eSCL" '
    '"ty=Fake eSCL Scanner 3000"',
    '=;eth0;IPv6;Fake\\032eSCL\\0323000;_uscans._tcp;local;fake.local;fe80::1;443;"rs=/eSCL/"',
    '=;eth0;IPv4;printer;_ipp._tcp;local;p.local;192.168.1.30;631;"rp=ipp/print"',
])


def test_mdns_announcements_become_escl_choices():
    from desktop_app.capture.escl_discovery import parse_avahi

    found = parse_avahi(AVAHI)
    assert [device.id for device in found] == ["http://192.168.1.20:8080/eSCL", "https://[fe80::1]:443/eSCL"]
    assert found[0].model == "Fake eSCL Scanner 3000"
    assert found[1].model == "Fake eSCL 3000"
    assert {device.backend for device in found} == {"escl"}
    assert choice_of(found[0]) == "escl:http://192.168.1.20:8080/eSCL"
