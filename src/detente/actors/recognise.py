"""Stage ``recognise_actors``: mentions of persons, countries, organisations and places.

One pass of the KB automaton finds every surface form on (sub-)token
boundaries; the longest non-overlapping matches are then read in context:

1. role phrases (``der russische Außenminister``, ``US-Außenminister John Kerry``,
   ``Nato-Generalsekretär``) become person mentions, linked where a name follows;
2. names, surnames, countries, organisations, places, adjectives and metonyms;
   bare surnames of heads of state and government (``Trump``) even without their
   country, for ``resolve_roles`` to check against the date; plural office holders
   of one body as a group (``die EU-Außenminister``);
3. persons missing from the KB (first-name gazetteer, names after role nouns)
   and their later surname mentions, with a country from the context;
4. demonyms (``der Amerikaner`` -> the last US person mentioned).

The document date is not known yet: role-only mentions are resolved by
``resolve_roles`` after the date stage. Places named in the title, its kicker or
the dateline, and persons and bodies named only in the title, are kept apart
(``Document.header_places``): they have no span in the body.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.actors.context import Context
from detente.actors.coref import (
    complete_family_names,
    infer_countries,
    read_demonyms,
    read_unknown_persons,
    read_unknown_surnames,
    romanise_slavic_names,
)
from detente.actors.index import ActorIndex, actor_index
from detente.actors.lexicon import lexicon
from detente.actors.matching import find_matches
from detente.actors.names import read_names
from detente.actors.roles import read_role_phrases
from detente.document import Document, HeaderPlace, Mention, Metadata, document_id
from detente.language.tokenise import tokenise_text

if TYPE_CHECKING:
    from detente.pipeline import Resources


def _collect_context(ctx: Context) -> None:
    """Persons named in full and countries present anywhere: context for bare surnames."""
    for match in ctx.matches:
        for key in match.keys:
            if key.type == "name":
                for entity_id in key.ids:
                    entity = ctx.entity(entity_id)
                    if entity is None:
                        continue
                    if entity.kind == "person":
                        ctx.full_names.setdefault(entity_id, []).append(match.start)
                        if entity.country:
                            ctx.note_country(entity.country)
                    elif entity.kind == "country":
                        ctx.note_country(entity.id)
                    elif entity.kind == "place" and entity.country:
                        ctx.note_country(entity.country)
            elif key.type in ("adjective", "metonym", "demonym"):
                ctx.note_country(key.ids[0])
            elif key.type == "prefix":  # "US-Präsident": counts, but is no context of its own
                ctx.country_counts[key.ids[0]] += 1


def recognise(doc: Document, index: ActorIndex) -> tuple[Mention, ...]:
    if not doc.tokens:
        sentences, tokens = tokenise_text(doc.body)
        doc = doc.with_(sentences=sentences, tokens=tokens)
    tokens = doc.tokens
    matches = find_matches(doc.body, tokens, index)
    ctx = Context(doc, index, lexicon(), tokens, [t.start for t in tokens], matches)
    ctx.by_start = {m.start: i for i, m in enumerate(matches)}
    _collect_context(ctx)
    read_role_phrases(ctx)
    read_names(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    read_unknown_persons(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    read_unknown_surnames(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, -m.end))
    infer_countries(ctx)
    read_demonyms(ctx)
    complete_family_names(ctx)
    romanise_slavic_names(ctx)  # last: surname coreference compares the German spelling
    return tuple(sorted(ctx.mentions, key=lambda m: (m.start, -m.end)))


_PLACE_KINDS = ("place", "country")
_ACTOR_KINDS = ("person", "organisation", "summit_series")
_INFERRED = ("role", "adjective", "demonym", "coref")  # not named: resolved from context


def places_in(
    text: str, index: ActorIndex, kinds: tuple[str, ...] = _PLACE_KINDS
) -> list[tuple[str, str, str | None, str | None]]:
    """(name, kind, entity id, country) of each place and country (or other ``kinds``)
    named in a short text."""
    doc = Document(id=document_id(text), original=text, body=text)
    found: dict[tuple[str, str | None], tuple[str, str, str | None, str | None]] = {}
    for m in recognise(doc, index):
        named = m.kind in _PLACE_KINDS or m.via not in _INFERRED
        if m.kind in kinds and m.name and named:
            found.setdefault((m.kind, m.entity_id), (m.name, m.kind, m.entity_id, m.country))
    return list(found.values())


def header_places(
    meta: Metadata, index: ActorIndex, body_mentions: tuple[Mention, ...] = ()
) -> tuple[HeaderPlace, ...]:
    """Places named in the title (with its kicker) or dateline, and persons and bodies named
    in the title only (``Vertraute Putins``): not in ``body``, so listed without a span."""
    out: list[HeaderPlace] = []
    for field, text in (("title", meta.title), ("title", meta.kicker)):
        if text and text.strip():
            named = places_in(text, index, _PLACE_KINDS + _ACTOR_KINDS)
            out += [HeaderPlace(*n, field) for n in named if _new_to_body(n, body_mentions)]
    if meta.dateline and meta.dateline.strip():
        out += [HeaderPlace(*place, "dateline") for place in places_in(meta.dateline, index)]
    return tuple(out)


def _new_to_body(named: tuple[str, str, str | None, str | None], body: tuple[Mention, ...]) -> bool:
    """A place, or a person or body the body does not name: a surname the body gives to
    someone else (``Kim``) is theirs."""
    name, kind, entity_id, _ = named
    if kind != "person":
        return True
    surname = name.split()[-1]
    return not any(
        m.kind == "person" and m.name and m.entity_id != entity_id and surname in m.name.split()
        for m in body
    )


def recognise_actors(doc: Document, resources: Resources) -> Document:
    """Fill ``doc.mentions`` with actor, organisation and place mentions linked to the KB."""
    if not doc.body:
        return doc
    index = actor_index(resources.kb)
    mentions = recognise(doc, index)
    return doc.with_(mentions=mentions, header_places=header_places(doc.meta, index, mentions))
