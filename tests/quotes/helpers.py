"""Hand-made documents for the quote tests: body, tokens and mentions by surface string."""

from __future__ import annotations

import re

from detente.document import Document, Mention, Quote
from detente.language import tokenise_text
from detente.quotes import extract_quotes

# surface -> (canonical name, country, kind, via)
ACTORS: dict[str, tuple[str, str | None, str, str]] = {
    "Anna Berg": ("Anna Berg", "DEU", "person", "name"),
    "Berg": ("Anna Berg", "DEU", "person", "name"),
    "Paul Kern": ("Paul Kern", "USA", "person", "name"),
    "Kern": ("Paul Kern", "USA", "person", "name"),
    "Igor Wolkow": ("Igor Volkov", "RUS", "person", "name"),
    "Wolkow": ("Igor Volkov", "RUS", "person", "name"),
    "der US-Außenminister": ("Paul Kern", "USA", "person", "role"),
    "der Amerikaner": ("Paul Kern", "USA", "person", "coref"),
    "Russland": ("Russia", "RUS", "country", "name"),
    "Moskau": ("Russia", "RUS", "country", "metonym"),
    "die USA": ("United States", "USA", "country", "name"),
}


def make_doc(
    body: str, actors: dict[str, tuple[str, str | None, str, str]] | None = None
) -> Document:
    sentences, tokens = tokenise_text(body)
    table = ACTORS if actors is None else actors
    mentions: list[Mention] = []
    taken: set[int] = set()
    for surface in sorted(table, key=len, reverse=True):  # longest first
        name, country, kind, via = table[surface]
        for match in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", body):
            if taken & set(range(match.start(), match.end())):
                continue
            taken |= set(range(match.start(), match.end()))
            mentions.append(
                Mention(
                    match.start(), match.end(), surface, kind, f"kb:{name}", name, country, via=via
                )
            )
    mentions.sort(key=lambda m: m.start)
    return Document(
        id="t",
        original=body,
        body=body,
        sentences=sentences,
        tokens=tokens,
        mentions=tuple(mentions),
    )


def quotes_of(body: str, **kwargs: object) -> list[Quote]:
    return list(extract_quotes(make_doc(body, **kwargs), None).quotes)  # type: ignore[arg-type]


def show(quotes: list[Quote]) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker.name if q.speaker else None, q.direct) for q in quotes]
