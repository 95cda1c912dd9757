"""Main text, title and date of an HTML page (trafilatura + htmldate)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from detente.data import data_lines

_SENTENCE_END = re.compile(r"[.!?…][\"“”»«)]*$")
_MIN_TEASER_CHARS = 60
_REGEXP_NS = {"re": "http://exslt.org/regular-expressions"}


class CleanError(ValueError):
    """A document that has no usable text; the message says what to do."""


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str  # main text, one paragraph per line
    title: str | None
    published: str | None  # ISO date from htmldate
    outlet: str | None  # site name
    url: str | None  # canonical URL declared by the page


def extract_html(html: str) -> HtmlText:
    """Main text via trafilatura; falls back to all visible text for broken or truncated pages."""
    import trafilatura

    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(document, "text", None) or "").strip()
    if not text:  # truncated or unusual markup: take every visible text node instead
        text = (trafilatura.html2txt(html) or "").strip()
    if not text:
        raise CleanError("no text found in the HTML (empty or truncated page?): check the file")
    return HtmlText(
        text=with_teaser(text, _teasers(html)),
        title=getattr(document, "title", None) or None,
        published=_published(html),
        outlet=getattr(document, "sitename", None) or None,
        url=getattr(document, "url", None) or None,
    )


def _published(html: str) -> str | None:
    from htmldate import find_date

    try:
        return find_date(html, outputformat="%Y-%m-%d", original_date=True, extensive_search=False)
    except (ValueError, TypeError):  # htmldate rejects some malformed pages
        return None


@cache
def _teaser_paths() -> tuple[str, ...]:
    return tuple(data_lines("detente.clean", "data/teaser_html.txt"))


def _teasers(html: str) -> list[str]:
    """Teaser paragraphs of the page (``<p class="lead">``, the article header), in order."""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        tree: Any = lxml_html.fromstring(html)
    except (ParserError, ValueError):
        return []
    found: list[str] = []
    for path in _teaser_paths():
        for element in tree.xpath(path, namespaces=_REGEXP_NS):
            text = " ".join(element.text_content().split())
            if len(text) >= _MIN_TEASER_CHARS and _SENTENCE_END.search(text) and text not in found:
                found.append(text)
    return found


def with_teaser(text: str, teasers: list[str]) -> str:
    """``text`` with the first teaser it lacks inserted as a line before its first paragraph.

    The cleaner's ``original`` is this text, so every offset stays exact."""
    flat = " ".join(text.split())
    missing = next((t for t in teasers if t not in flat), None)
    if missing is None:
        return text
    lines = text.split("\n")
    first = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.strip()) >= _MIN_TEASER_CHARS and _SENTENCE_END.search(line.strip())
        ),
        len(lines),
    )
    return "\n".join([*lines[:first], missing, *lines[first:]])
