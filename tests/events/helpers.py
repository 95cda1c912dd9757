"""Hand-made documents for event tests: our own German sentences, mentions placed by hand."""

from __future__ import annotations

from types import SimpleNamespace

from detente.document import DateRange, Document, DocumentDate, Mention
from detente.kb.model import Entity, KnowledgeBase
from detente.language import tokenise_text

COUNTRIES = {
    "CHN": "China", "DEU": "Germany", "FRA": "France", "ITA": "Italy", "JPN": "Japan",
    "USA": "United States", "CAN": "Canada", "BLR": "Belarus", "EU": "European Union",
    "TUR": "Turkey", "IND": "India", "BRA": "Brazil",
}  # fmt: skip


def resources() -> SimpleNamespace:
    entities = [Entity(code, name, "country", country=code) for code, name in COUNTRIES.items()]
    return SimpleNamespace(kb=KnowledgeBase(entities))


def m(
    surface: str, kind: str, country: str | None, name: str | None = None, **extra: object
) -> dict:
    """A mention spec: the surface text to find, and what the actor stage would have said."""
    return {"surface": surface, "kind": kind, "country": country, "name": name or surface, **extra}


def document(text: str, specs: list[dict], dct: str = "2021-03-10") -> Document:
    """A tokenised document whose mentions are placed at each spec's n-th occurrence."""
    sentences, tokens = tokenise_text(text)
    mentions = []
    cursor: dict[str, int] = {}
    for spec in specs:
        surface = spec["surface"]
        start = text.index(surface, cursor.get(surface, 0))
        while any(x.start < start + len(surface) and start < x.end for x in mentions):
            start = text.index(surface, start + 1)  # not inside a mention placed before
        cursor[surface] = start + len(surface)
        mentions.append(
            Mention(
                start=start,
                end=start + len(surface),
                text=surface,
                kind=spec["kind"],
                entity_id=spec.get(
                    "entity_id", spec["country"] if spec["kind"] == "country" else None
                ),
                name=spec["name"],
                country=spec["country"],
                as_actor=spec.get("as_actor", True),
                via=spec.get("via", "name"),
            )
        )
    date = DocumentDate(DateRange(dct, "day", dct, dct), "override", None, "test")
    return Document(
        id="t", original=text, body=text, sentences=sentences, tokens=tokens,
        mentions=tuple(sorted(mentions, key=lambda x: x.start)), dct=date,
    )  # fmt: skip
