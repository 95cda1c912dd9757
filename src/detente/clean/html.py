"""Main text, title and date of an HTML page (trafilatura + htmldate)."""

from __future__ import annotations

from dataclasses import dataclass


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
        text=text,
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
