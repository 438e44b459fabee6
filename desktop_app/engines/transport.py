"""The shared HTTP transport every vendor engine uses: one client, retries, rate limits, redaction.

Public API (stable; TD and Tencent build on it):

- `make_client(*, connect_timeout_s=10.0, read_timeout_s=30.0, trust_env=True, transport=None)
  -> httpx.AsyncClient`: the one shared client made at start-up (no redirects followed).
- `RetryPolicy(max_attempts=3, backoff_s=(1.0, 2.0, 4.0), jitter=0.2, max_delay_s=30.0, sleep=asyncio.sleep,
  deadline_s=45.0)`: `delay(failed_attempt, retry_after_s=None) -> float`. `deadline_s` bounds one whole call
  (connect, send, wait, read, every retry and backoff): past it the call ends as `timeout`, and a backoff that
  would end past it is not waited for (the last error is raised at once). Tests pass small values (real delays).
- `RateLimiter(rate_per_s, burst=None)`: async token bucket; `await limiter.acquire()`.
  `shared_limiter(key, rate_per_s)` returns one limiter per (key, rate) for the whole process; `Transport`
  uses one per vendor at `profile.rate_limit_per_s`, else the vendor's default rate.
- `Redactor(secrets, query_params=())`: `.text(str)`, `.value(obj)` (dicts/lists/str, recursively),
  `.url(str)`. Replaces every secret value (raw, URL-encoded, JSON-escaped) by `<redacted>` and the values
  of the named query parameters (TD's `partner_key`) in any URL-like text.
- `redact_raw(obj, redactor) -> obj`: redacted copy of a vendor JSON for `ScanResult.raw`, with long base64
  strings replaced by `"<base64 N bytes>"`.
- `Transport(profile, *, client=None, redactor=None, policy=None, limiter=None, default_rate_per_s=None)`:
  `await transport.send(build, classify, *, retry_read_timeout=False, request_id_of=None)
  -> (httpx.Response, attempts)`.
    * `build(attempt: int) -> httpx.Request` is called once per attempt (fresh signatures and timestamps);
      the transport sets the per-request timeouts from the profile.
    * `classify(response) -> EngineError | None`: None means success. Errors with `retryable=True` are
      retried (backoff, jitter, `Retry-After` seconds or HTTP date, bounded by `max_delay_s`).
    * Connect errors -> EngineError("network", retryable=True, billed="no"), retried.
    * A certificate the system does not trust (self-signed, expired, another name) or a TLS handshake that
      fails -> EngineError("network") with a sentence naming the certificate / secure connection, not retried.
    * Read timeout (or a connection dropped after the request was sent): retried at most once, and only when
      `retry_read_timeout` (the vendor does not bill repeats) or `profile.retry_after_read_timeout`;
      otherwise EngineError("timeout" | "network", billed="unknown").
    * A 3xx answer -> EngineError("config") saying the service redirected and the base URL needs checking;
      redirects are never followed (the keys would go to the other address), never retried.
    * The answer is read as a stream and decoded (gzip/deflate) up to `max_answer_bytes` (default 32 MB, far
      above any vendor's documented answer); past it, or with stacked content codings (a gzip of a gzip
      multiplies the expansion) or a body that does not decode, the call ends as `bad_response`, not retried.
    * The final error's `detail` is redacted; errors raised by `send` are always `EngineError`, with
      `attempts` set to the number of attempts made.
  `transport.redactor`, `transport.client`, `await transport.aclose()` (closes the client only if it made it).
- `make_timing(attempts, *, started_at=None, t0=None) -> Timing`: the `ScanResult.timing` for an engine.

Logging (logger "desktop_app.engines.transport") carries vendor, attempt, status, request id and timings
only. A filter on the "httpx"/"httpcore" loggers redacts secrets and sensitive query values from their
request lines too.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import email.utils
import json
import logging
import random
import re
import ssl
import time
import weakref
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus

import httpx

from desktop_app import __version__
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import Timing
from desktop_app.engines.base import Profile
from desktop_app.engines.errors import EngineError

log = logging.getLogger(__name__)

REDACTED = "<redacted>"
USER_AGENT = f"id-scan-station/{__version__}"
DEFAULT_DEADLINE_S = 45.0  # one whole call, retries included: the operator waits no longer than this
MAX_ANSWER_BYTES = 32 * 1024 * 1024  # decoded; the largest vendor answer (images in base64) is a few MB

CERTIFICATE_SENTENCE = QT_TRANSLATE_NOOP("Notices", "The service's security certificate was not accepted "
                                                    "(self-signed, expired or for another name); check the profile's "
                                                    "base URL, or ask the administrator to fix the certificate.")
TLS_SENTENCE = QT_TRANSLATE_NOOP("Notices", "A secure (TLS) connection to the service could not be set up; check that "
                                            "the profile's base URL is the service's https address.")
REDIRECT_SENTENCE = QT_TRANSLATE_NOOP("Notices", "The service redirected the request to another address (HTTP %1); "
                                                 "check the profile's base URL in Settings (the station never follows "
                                                 "a redirect with the keys).")
TOO_LARGE_SENTENCE = QT_TRANSLATE_NOOP("Notices", "The service sent an answer larger than %1 MB, far more than an ID "
                                                  "answer; it was not read. Report this with the profile's name.")

Build = Callable[[int], httpx.Request]
Classify = Callable[[httpx.Response], EngineError | None]
RequestIdOf = Callable[[httpx.Response], str | None]


# ---------------------------------------------------------------------------------------------- client


def make_client(*, connect_timeout_s: float = 10.0, read_timeout_s: float = 30.0, trust_env: bool = True,
                transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The one shared client; every request also gets its profile's timeouts from `Transport`."""
    timeout = httpx.Timeout(read_timeout_s, connect=connect_timeout_s)
    return httpx.AsyncClient(timeout=timeout, follow_redirects=False, trust_env=trust_env, transport=transport,
                             headers={"User-Agent": USER_AGENT})


def drop_body(request: httpx.Request) -> None:
    """Forget a sent request's body (the document image, 1..10 MB of base64) once the answer is in.

    httpx keeps the request in a reference cycle with its response, so the body otherwise lived on until a
    garbage collection freed hundreds at once: 220 bodies took ~30 ms to free on the GUI thread. The image
    also stays in memory no longer than the call needs it."""
    request.stream = httpx.ByteStream(b"")
    request.__dict__.pop("_content", None)
    request.read()  # `request.content` is b"" from now on


def profile_timeout(profile: Profile) -> httpx.Timeout:
    """Connect/read timeouts of a profile (write and pool share the read bound)."""
    return httpx.Timeout(profile.read_timeout_s, connect=profile.connect_timeout_s)


# ---------------------------------------------------------------------------------------------- retries


async def _real_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many attempts and how long to wait between them (exponential backoff with +/- jitter)."""

    max_attempts: int = 3
    backoff_s: tuple[float, ...] = (1.0, 2.0, 4.0)
    jitter: float = 0.2
    max_delay_s: float = 30.0
    sleep: Callable[[float], Awaitable[None]] = _real_sleep
    deadline_s: float = DEFAULT_DEADLINE_S
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, failed_attempt: int, retry_after_s: float | None = None) -> float:
        """Seconds to wait after attempt number `failed_attempt` (1-based) failed."""
        if retry_after_s is not None and retry_after_s >= 0:
            return min(retry_after_s, self.max_delay_s)
        if not self.backoff_s:
            return 0.0
        base = self.backoff_s[min(failed_attempt, len(self.backoff_s)) - 1]
        factor = 1.0 + self.rng.uniform(-self.jitter, self.jitter)
        return max(0.0, min(base * factor, self.max_delay_s))


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """`Retry-After` as seconds: an integer/decimal number or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - (now or dt.datetime.now(dt.UTC))).total_seconds())


# ---------------------------------------------------------------------------------------------- rate limit


class RateLimiter:
    """Async token bucket: at most `rate_per_s` requests per second on average, bursts up to `burst`.

    Reservation based (no lock): within one event loop, `acquire` books the next free slot synchronously and
    sleeps until it, so concurrent callers queue fairly. Not bound to a loop, so it can be shared.
    """

    def __init__(self, rate_per_s: float, burst: float | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if rate_per_s <= 0:
            raise ValueError("rate_per_s must be positive")
        self.rate_per_s = rate_per_s
        self.burst = burst if burst is not None else max(1.0, rate_per_s)
        self._clock = clock
        self._tokens = self.burst
        self._last = clock()

    def reserve(self) -> float:
        """Take one token; return how long the caller must wait before using it."""
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate_per_s)
        self._last = now
        self._tokens -= 1.0
        return 0.0 if self._tokens >= 0 else -self._tokens / self.rate_per_s

    async def acquire(self) -> None:
        wait = self.reserve()
        if wait > 0:
            await asyncio.sleep(wait)


_LIMITERS: dict[tuple[str, float], RateLimiter] = {}


def shared_limiter(key: str, rate_per_s: float) -> RateLimiter:
    """One limiter per (key, rate) for the whole process, e.g. `shared_limiter("structocr", 25)`."""
    limiter = _LIMITERS.get((key, rate_per_s))
    if limiter is None:
        limiter = _LIMITERS[(key, rate_per_s)] = RateLimiter(rate_per_s)
    return limiter


# ---------------------------------------------------------------------------------------------- redaction


_BASE64_RE = re.compile(r"^(?:data:[\w.+/-]+;base64,)?[A-Za-z0-9+/_-]{2,}={0,2}$")
BASE64_MIN_CHARS = 256


class Redactor:
    """Replaces secret values (and the values of sensitive query parameters) in text and data."""

    def __init__(self, secrets: Iterable[str] = (), query_params: Iterable[str] = ()) -> None:
        forms: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            forms.update({secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]})
        # Longest first, so a form that contains another is replaced whole.
        self._forms = sorted(forms, key=len, reverse=True)
        names = [re.escape(name) for name in query_params]
        self._query_re = (re.compile(r"((?:^|[?&;\s\"'])(?:" + "|".join(names) + r")=)[^&#\s\"'<>]*", re.IGNORECASE)
                          if names else None)
        _LOG_FILTER.add(self)

    def text(self, value: str) -> str:
        for form in self._forms:
            if form in value:
                value = value.replace(form, REDACTED)
        if self._query_re is not None:
            value = self._query_re.sub(lambda m: m.group(1) + REDACTED, value)
        return value

    def url(self, value: str | httpx.URL) -> str:
        return self.text(str(value))

    def value(self, obj: Any) -> Any:
        """A redacted copy of `obj` (str, dict, list, tuple; other values as they are)."""
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, dict):
            return {self.text(k) if isinstance(k, str) else k: self.value(v) for k, v in obj.items()}
        if isinstance(obj, (list, tuple)):
            return [self.value(v) for v in obj]
        return obj


def _base64_size(value: str) -> int | None:
    """Decoded size of a long base64 (or data URI) string, else None."""
    if len(value) < BASE64_MIN_CHARS or not _BASE64_RE.match(value):
        return None
    payload = value.split(",", 1)[1] if value.startswith("data:") else value
    payload = payload.replace("-", "+").replace("_", "/")
    try:
        return len(base64.b64decode(payload + "=" * (-len(payload) % 4), validate=True))
    except (binascii.Error, ValueError):
        return None


def redact_raw(obj: Any, redactor: Redactor | None = None) -> Any:
    """A copy of a vendor's JSON fit to keep for the operator: secrets redacted, big base64 blobs summarised."""
    if isinstance(obj, str):
        size = _base64_size(obj)
        if size is not None:
            return f"<base64 {size} bytes>"
        return redactor.text(obj) if redactor else obj
    if isinstance(obj, dict):
        return {(redactor.text(k) if redactor and isinstance(k, str) else k): redact_raw(v, redactor)
                for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [redact_raw(v, redactor) for v in obj]
    return obj


class _RedactingLogFilter(logging.Filter):
    """Runs every live `Redactor` over the records of the HTTP libraries' loggers (httpx logs request URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self._redactors: weakref.WeakSet[Redactor] = weakref.WeakSet()

    def add(self, redactor: Redactor) -> None:
        self._redactors.add(redactor)

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = list(self._redactors)
        if not redactors:
            return True
        message = record.getMessage()
        redacted = message
        for redactor in redactors:
            redacted = redactor.text(redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_LOG_FILTER = _RedactingLogFilter()
for _name in ("httpx", "httpcore", __name__):
    logging.getLogger(_name).addFilter(_LOG_FILTER)


# ---------------------------------------------------------------------------------------------- transport


def make_timing(attempts: int, *, started_at: dt.datetime | None = None, t0: float | None = None) -> Timing:
    """`ScanResult.timing` for an engine call (the pipeline fills started_at/latency when absent)."""
    latency = round((time.perf_counter() - t0) * 1000) if t0 is not None else None
    return Timing(started_at=started_at, latency_ms=latency, attempts=attempts)


_CONNECT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol,
                   httpx.ProxyError)
_TIMEOUTS = (httpx.ReadTimeout, httpx.WriteTimeout)
_DECODED_CODINGS = ("gzip", "deflate")  # what httpx unpacks without optional packages


def _tls_error(exc: BaseException) -> EngineError | None:
    """The certificate/TLS error behind a connect error (httpx chains httpcore's, which chains ssl's)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return EngineError("network", CERTIFICATE_SENTENCE, billed="no",
                               detail=f"certificate verification failed: {seen.verify_message}")
        if isinstance(seen, ssl.SSLError):
            return EngineError("network", TLS_SENTENCE, billed="no", detail=f"TLS handshake failed ({seen.reason})")
        seen = seen.__cause__ or seen.__context__
    return None


def _redirect_error(response: httpx.Response) -> EngineError | None:
    if not 300 <= response.status_code < 400:
        return None
    return EngineError("config", Notice(REDIRECT_SENTENCE, response.status_code), billed="no",
                       http_status=response.status_code,
                       detail=f"HTTP {response.status_code} to {response.headers.get('Location', 'nowhere')}")


async def read_bounded(response: httpx.Response, limit: int) -> httpx.Response:
    """The streamed `response` read whole and decoded, refusing answers that decode past `limit` bytes.

    Returns a complete response (same status, headers and request) whose `content`/`json()` work as usual;
    raises EngineError("bad_response"). httpx unpacks one network read (64 KB) at a time, so the memory
    held stays near `limit` plus one read's expansion (deflate expands at most ~1000 times)."""
    status = response.status_code
    codings = [c.strip().lower() for c in response.headers.get("Content-Encoding", "").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if len(codings) > 1 and any(c in _DECODED_CODINGS for c in codings):
        raise EngineError("bad_response", billed="unknown", http_status=status,
                          detail=f"stacked content codings {', '.join(codings)} refused")
    too_large = EngineError("bad_response", Notice(TOO_LARGE_SENTENCE, limit // (1024 * 1024)),
                            billed="unknown", http_status=status,
                            detail=f"answer larger than {limit} bytes once decoded; reading stopped")
    declared = response.headers.get("Content-Length", "")
    if not codings and declared.isdigit() and int(declared) > limit:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
    except httpx.DecodingError as exc:
        raise EngineError("bad_response", billed="unknown", http_status=status,
                          detail=f"the answer could not be decoded ({type(exc).__name__})") from None
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding",
                                                                                        "content-length")]
    return httpx.Response(status, headers=headers, content=b"".join(chunks), request=response.request,
                          extensions=response.extensions)


class Transport:
    """Sends one logical call with retries, rate limiting and redaction; see the module docstring."""

    def __init__(self, profile: Profile, *, client: httpx.AsyncClient | None = None,
                 redactor: Redactor | None = None, policy: RetryPolicy | None = None,
                 limiter: RateLimiter | None = None, default_rate_per_s: float | None = None,
                 max_answer_bytes: int = MAX_ANSWER_BYTES) -> None:
        self.profile = profile
        self._owns_client = client is None
        self.client = client or make_client(connect_timeout_s=profile.connect_timeout_s,
                                            read_timeout_s=profile.read_timeout_s)
        self.redactor = redactor or Redactor()
        self.policy = policy or RetryPolicy()
        rate = profile.rate_limit_per_s or default_rate_per_s
        self.limiter = limiter or (shared_limiter(profile.vendor, rate) if rate else None)
        self.timeout = profile_timeout(profile)
        self.max_answer_bytes = max_answer_bytes

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def _fetch(self, request: httpx.Request) -> httpx.Response:
        """One exchange: send, then read the whole (bounded) answer; the connection is released either way."""
        response = await self.client.send(request, stream=True)
        try:
            return await read_bounded(response, self.max_answer_bytes)
        finally:
            await response.aclose()

    async def send(self, build: Build, classify: Classify, *, retry_read_timeout: bool = False,
                   request_id_of: RequestIdOf | None = None) -> tuple[httpx.Response, int]:
        """Send `build(attempt)` until `classify` accepts the answer, the policy gives up or the deadline passes."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.policy.deadline_s
        attempts = [0]
        try:
            async with asyncio.timeout_at(deadline):
                return await self._send(build, classify, retry_read_timeout=retry_read_timeout,
                                        request_id_of=request_id_of, deadline=deadline, attempts=attempts)
        except TimeoutError:
            log.info("%s attempt %d: no complete answer within the %.1f s deadline", self.profile.vendor,
                     attempts[0], self.policy.deadline_s)
            raise EngineError("timeout", retryable=True, billed="unknown", attempts=attempts[0],
                              detail=f"no complete answer within {self.policy.deadline_s:g} s "
                                     f"({attempts[0]} attempt(s))") from None

    async def _send(self, build: Build, classify: Classify, *, retry_read_timeout: bool,
                    request_id_of: RequestIdOf | None, deadline: float,
                    attempts: list[int]) -> tuple[httpx.Response, int]:
        """The retry loop of `send`; `attempts[0]` tells `send` how far it got when the deadline strikes."""
        allow_repeat_after_timeout = retry_read_timeout or self.profile.retry_after_read_timeout
        repeated_after_timeout = False
        attempt = 0
        vendor = self.profile.vendor
        loop = asyncio.get_running_loop()
        while True:
            attempt += 1
            attempts[0] = attempt
            if self.limiter is not None:
                await self.limiter.acquire()
            request = build(attempt)
            request.extensions["timeout"] = self.timeout.as_dict()
            t0 = time.perf_counter()
            retry_after: float | None = None
            may_repeat: bool
            try:
                response = await self._fetch(request)
            except _CONNECT_ERRORS as exc:
                tls = _tls_error(exc)
                err = tls or EngineError("network", retryable=True, billed="no",
                                         detail=self.redactor.text(f"{type(exc).__name__}: {exc}"))
                may_repeat = tls is None
            except _TIMEOUTS as exc:
                err = EngineError("timeout", retryable=True, billed="unknown",
                                  detail=self.redactor.text(f"{type(exc).__name__} after {self.timeout.read} s"))
                may_repeat = allow_repeat_after_timeout and not repeated_after_timeout
                repeated_after_timeout = repeated_after_timeout or may_repeat
            except httpx.TransportError as exc:  # dropped after the request went out: maybe processed
                err = EngineError("network", retryable=True, billed="unknown",
                                  detail=self.redactor.text(f"{type(exc).__name__}: {exc}"))
                may_repeat = allow_repeat_after_timeout and not repeated_after_timeout
                repeated_after_timeout = repeated_after_timeout or may_repeat
            except EngineError as exc:  # an answer too large or not decodable (read_bounded)
                drop_body(request)
                err, may_repeat = exc, False
            else:
                drop_body(request)
                elapsed_ms = round((time.perf_counter() - t0) * 1000)
                try:
                    classified = _redirect_error(response) or classify(response)
                except Exception as exc:  # a vendor answer the adapter did not foresee: never a crash
                    classified = EngineError("bad_response", billed="unknown", http_status=response.status_code,
                                             detail=f"unreadable answer ({type(exc).__name__})")
                request_id = (classified.request_id if classified is not None else None) or (
                    request_id_of(response) if request_id_of is not None else None)
                log.info("%s attempt %d: HTTP %d in %d ms, request id %s, %s", vendor, attempt,
                         response.status_code, elapsed_ms, request_id or "-",
                         "ok" if classified is None else classified.category)
                if classified is None:
                    return response, attempt
                err = classified
                may_repeat = err.retryable
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if err.detail:
                err.detail = self.redactor.text(err.detail)
            elapsed_ms = round((time.perf_counter() - t0) * 1000)
            delay = self.policy.delay(attempt, retry_after) if may_repeat else 0.0
            if not may_repeat or attempt >= self.policy.max_attempts or loop.time() + delay >= deadline:
                log.info("%s attempt %d: giving up (%s) after %d ms", vendor, attempt, err.category, elapsed_ms)
                err.attempts = attempt
                raise err
            log.info("%s attempt %d: %s after %d ms; retrying in %.2f s", vendor, attempt, err.category, elapsed_ms,
                     delay)
            await self.policy.sleep(delay)
