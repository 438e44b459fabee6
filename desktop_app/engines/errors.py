"""One error family for every engine: the category tells the operator what to do.

Every vendor module maps its codes to an `EngineError`; the transport raises the network/timeout ones.
Messages never contain secrets (the transport redacts them before an error is built).
"""

from __future__ import annotations

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import Billed, ErrorCategory, ErrorInfo

# One plain sentence per category: what happened and what to do.
OPERATOR_SENTENCES: dict[ErrorCategory, str] = {
    "invalid_request": QT_TRANSLATE_NOOP("Notices", "The station sent a request the service did not accept; report "
                                                    "this with the request id."),
    "bad_image": QT_TRANSLATE_NOOP("Notices", "The service could not read this image; retake the picture with the "
                                              "whole document in view."),
    "auth": QT_TRANSLATE_NOOP("Notices", "The service rejected the key; check the profile's keys in Settings."),
    "clock_skew": QT_TRANSLATE_NOOP("Notices", "This computer's clock is wrong; correct the date and time and try "
                                               "again."),
    "not_enabled": QT_TRANSLATE_NOOP("Notices", "This product or country is not enabled for the account; ask the "
                                                "administrator."),
    "quota_exhausted": QT_TRANSLATE_NOOP("Notices", "The account has no credits or quota left; top it up or switch "
                                                    "to another profile."),
    "rate_limited": QT_TRANSLATE_NOOP("Notices", "The service is receiving too many requests; wait a moment and "
                                                 "retry."),
    "server_error": QT_TRANSLATE_NOOP("Notices", "The service is having trouble; try again in a minute."),
    "network": QT_TRANSLATE_NOOP("Notices", "The service could not be reached; check the network connection and "
                                            "retry."),
    "timeout": QT_TRANSLATE_NOOP("Notices", "The service did not answer in time; retry (the call may have been "
                                            "billed)."),
    "bad_response": QT_TRANSLATE_NOOP("Notices", "The service sent an answer the station does not understand; report "
                                                 "this with the request id."),
    "keyring": QT_TRANSLATE_NOOP("Notices", "The system keyring is locked or missing; unlock it (log in again) and "
                                            "retry."),
    "config": QT_TRANSLATE_NOOP("Notices", "The profile is not set up correctly; check it in Settings."),
}
PROFILE_PROBLEM = QT_TRANSLATE_NOOP("Notices", "Profile %1: %2.")  # %2: a `base_url_problem` or the like

CODE_CHARS = 100  # a vendor's code or request id is far shorter; a longer one is cut
DETAIL_CHARS = 1_000


def _vendor_text(value: str | None, limit: int) -> str | None:
    """A text the vendor sent, cut to `limit` characters and printable as UTF-8 (lone surrogates -> "?")."""
    if value is None:
        return None
    value = value[:limit]
    return value if value.isascii() else value.encode("utf-8", "replace").decode("utf-8")


class EngineError(Exception):
    """A failed engine call. `str(err)` is the one sentence for the operator."""

    def __init__(
        self,
        category: ErrorCategory,
        message: str | None = None,
        *,
        retryable: bool = False,
        billed: Billed = "unknown",
        vendor_code: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
        detail: str | None = None,
        attempts: int | None = None,
    ) -> None:
        self.category: ErrorCategory = category
        # a plain `message` is a template marked with QT_TRANSLATE_NOOP("Notices", ...) (see domain.notices)
        self.message = message if isinstance(message, Notice) else Notice(message or OPERATOR_SENTENCES[category])
        self.retryable = retryable
        self.billed: Billed = billed
        self.vendor_code = _vendor_text(vendor_code, CODE_CHARS)
        self.http_status = http_status
        self.request_id = _vendor_text(request_id, CODE_CHARS)
        self.detail = _vendor_text(detail, DETAIL_CHARS)  # vendor's own text, redacted; shown in the raw pane only
        self.attempts = attempts  # HTTP attempts made before giving up (set by the transport); None when unknown
        super().__init__(self.sentence())

    def sentence(self) -> str:
        """The message, with the vendor code and request id when known (a `Notice`: the ui translates it)."""
        message = self.message
        if self.vendor_code and self.request_id:
            return Notice(QT_TRANSLATE_NOOP("Notices", "%1 (code %2, request id %3)"), message, self.vendor_code,
                          self.request_id)
        if self.vendor_code:
            return Notice(QT_TRANSLATE_NOOP("Notices", "%1 (code %2)"), message, self.vendor_code)
        if self.request_id:
            return Notice(QT_TRANSLATE_NOOP("Notices", "%1 (request id %2)"), message, self.request_id)
        return message

    def to_error_info(self) -> ErrorInfo:
        return ErrorInfo(
            category=self.category,
            message=self.sentence(),
            retryable=self.retryable,
            billed=self.billed,
            vendor_code=self.vendor_code,
            http_status=self.http_status,
            request_id=self.request_id,
        )
