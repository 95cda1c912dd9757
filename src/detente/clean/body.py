"""Build a cleaned body from slices of the original text, keeping an exact OffsetMap."""

from __future__ import annotations

import re

from detente.document import OffsetMap

# Characters that are replaced (no-break and odd spaces -> " ") or dropped (soft hyphen,
# zero-width characters, BOM, CR) inside kept text; each one ends an OffsetMap segment so
# every segment stays an exact copy of the original.
_REPLACE = {"\xa0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\t": " "}
_DROP = "\xad\u200b\u200c\u200d\u2060\ufeff\r"
_SPECIAL = re.compile("[" + "".join(_REPLACE) + _DROP + "]")


class BodyBuilder:
    """Collects original slices and separators into ``body`` and its segment list."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.parts: list[str] = []
        self.segments: list[tuple[int, int, int]] = []
        self.length = 0

    def add_slice(self, start: int, end: int) -> None:
        """Append ``original[start:end]``, normalising special characters."""
        position = start
        for match in _SPECIAL.finditer(self.original, start, end):
            self._copy(position, match.start())
            replacement = _REPLACE.get(match.group())
            if replacement:
                self._insert(replacement)
            position = match.end()
        self._copy(position, end)

    def add_separator(self, text: str) -> None:
        """Insert text that is not in the original (paragraph breaks); never at the start."""
        if self.length:
            self._insert(text)

    def _copy(self, start: int, end: int) -> None:
        if end > start:
            self.segments.append((self.length, start, end - start))
            self.parts.append(self.original[start:end])
            self.length += end - start

    def _insert(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self.parts), OffsetMap(tuple(self.segments))
