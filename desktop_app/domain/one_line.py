"""One-line text for sentences shown to people: control characters in a path or a vendor string are escaped.

A file name may hold a newline, a carriage return or an escape sequence; printed raw it would split the CLI's
one-line error in two (or move the terminal's cursor). Each control or line-break character becomes a visible
escape (`\\n`, `\\r`, `\\t`, `\\x1b`, `\\u2028`), so the sentence stays on one line and still names the file.
"""

from __future__ import annotations

import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_LINE_BREAKS = frozenset("\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e")  # what str.splitlines() also splits on


def _escaped(ch: str) -> str:
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` with every control (Cc), line or paragraph separator character escaped."""
    if text.isprintable():
        return text
    return "".join(_escaped(ch) if ch in _LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
                   for ch in text)
