"""Pairs of quotation marks in running text, in every style German news uses.

„…“ „…” “…” «…» »…« "…" ‚…‘ ‹…› '…': a mark opens where a word follows it and
closes where a word precedes it; straight marks alternate. A quote that is
still open at a line break ends there only where the next paragraph opens
again with the same mark (the convention for quotes over several paragraphs);
otherwise the stray mark is ignored. Only outermost quotes are returned.
"""

from __future__ import annotations

from dataclasses import dataclass

# opener -> marks that close it
CLOSERS: dict[str, str] = {
    "„": "“”",
    "“": "”“",
    "«": "»",
    "»": "«",
    "‚": "‘’",
    "‘": "’",
    "‹": "›",
    "›": "‹",
    '"': '"',
    "'": "'",
}
MARKS = frozenset("„“”«»‚‘’‹›\"'")
SINGLE = frozenset("'‘’")
OPEN_AFTER = frozenset(" \t\n([{/–—-:;\u00a0") | MARKS
MAX_QUOTE = 3000


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or of the line break that ends the paragraph)
    closed: bool = True

    @property
    def content(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _can_open(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    if after.isspace():
        return False
    if text[i] in SINGLE and not after.isalnum():
        return False
    return before in OPEN_AFTER or (text[i] in "„«»‚‹›" and not before.isalnum())


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return False
    # An apostrophe inside a word (geht's, Chávez') is no closing mark.
    return not (text[i] in SINGLE and after.isalnum())


def find_quote_marks(text: str) -> list[QuoteMarks]:
    found: list[QuoteMarks] = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            if stack:
                stack = _paragraph_end(text, i, stack, found)
            continue
        if ch not in MARKS:
            continue
        if stack and ch in CLOSERS[text[stack[-1]]] and _can_close(text, i):
            start = stack.pop()
            if not stack and i - start <= MAX_QUOTE:
                found.append(QuoteMarks(start, i))
        elif ch in CLOSERS and _can_open(text, i):
            if ch in SINGLE and stack and text[stack[-1]] in SINGLE:
                continue  # no single quotes nested in single quotes
            stack.append(i)
    return found


def _paragraph_end(text: str, i: int, stack: list[int], found: list[QuoteMarks]) -> list[int]:
    """Close the outermost open quote at a line break if the next paragraph reopens it."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] == text[stack[0]] and i - stack[0] <= MAX_QUOTE:
        found.append(QuoteMarks(stack[0], i, closed=False))
    return []
