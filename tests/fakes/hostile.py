"""Hostile servers on 127.0.0.1 for the transport's limits: a slow drip, a gzip bomb, a self-signed TLS server.

Each runs in a daemon thread, counts what it saw on its side, and stops when its context closes. Their loops
are bounded: the drip sends at most `max_bytes`, every socket has a timeout.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.fakes.server import FakeVendor, Reply, Request


def _read_request(conn: socket.socket) -> bytes:
    """The request head and its Content-Length body (enough to answer it)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return head


class _ThreadedServer:
    """A listening socket on 127.0.0.1 and a thread that hands each connection to `serve`."""

    def __init__(self) -> None:
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.05)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def port(self) -> int:
        return int(self._sock.getsockname()[1])

    def serve(self, conn: socket.socket) -> None:
        raise NotImplementedError

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            conn.settimeout(10.0)
            threading.Thread(target=self._serve_and_close, args=(conn,), daemon=True).start()

    def _serve_and_close(self, conn: socket.socket) -> None:
        try:
            self.serve(conn)
        except (OSError, ssl.SSLError):
            pass  # the client gave up or refused the handshake: that is what these servers test
        finally:
            conn.close()

    def __enter__(self) -> Any:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._sock.close()


class DripServer(_ThreadedServer):
    """Answers 200 with a large Content-Length, then sends one body byte every `interval_s` (never finishes in time)."""

    def __init__(self, interval_s: float, max_bytes: int = 60) -> None:
        super().__init__()
        self.interval_s = interval_s
        self.max_bytes = max_bytes
        self.bytes_sent = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def serve(self, conn: socket.socket) -> None:
        _read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
        for _ in range(self.max_bytes):
            if self._stop.wait(self.interval_s):
                return
            conn.sendall(b" ")
            self.bytes_sent += 1


def gzip_bomb(decoded_bytes: int, chunk: int = 1 << 20) -> bytes:
    """gzip of `decoded_bytes` zero bytes, made a chunk at a time (the test process never holds the expansion)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(chunk)
    parts = [packer.compress(zeros) for _ in range(decoded_bytes // chunk)]
    parts.append(packer.flush())
    return b"".join(parts)


class BombServer(FakeVendor):
    """Every request gets the same gzip-encoded JSON-typed `bomb`."""

    def __init__(self, bomb: bytes, coding: str = "gzip") -> None:
        super().__init__()
        self.bomb = bomb
        self.coding = coding

    def handle(self, request: Request) -> Reply:
        return Reply(200, self.bomb, {"Content-Type": "application/json", "Content-Encoding": self.coding})


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A fresh self-signed certificate for 127.0.0.1 and localhost: (certificate PEM, private key PEM)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


class TlsServer(_ThreadedServer):
    """HTTPS on 127.0.0.1 with the given certificate; counts TCP connections and the HTTP requests it answered."""

    def __init__(self, cert_path: Path, key_path: Path) -> None:
        super().__init__()
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(cert_path, key_path)
        self.requests = 0
        self.handshakes_failed = 0

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def serve(self, conn: socket.socket) -> None:
        try:
            tls = self._context.wrap_socket(conn, server_side=True)
        except (ssl.SSLError, OSError):
            self.handshakes_failed += 1
            raise
        with tls:
            if not _read_request(tls):
                return
            self.requests += 1
            body = b'{"ok": true}'
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            time.sleep(0.05)  # let the client read before the close
