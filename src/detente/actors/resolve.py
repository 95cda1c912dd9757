"""Stage ``resolve_roles``: who held an office on the document date.

Runs after the document date (``doc.dct``) is known. Role-only mentions
(``der russische Außenminister``, ``Kremlchef``, ``seinem syrischen
Amtskollegen``) are linked to a person named in the same article who holds
that office, else to the knowledge base's office holder on that day; linked
persons get the role and country they held that day; namesakes left open by
recognition (``Kim``) are decided by who was in office.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from detente.actors.context import NEWSWORTHY_BEFORE_OFFICE, prominent
from detente.actors.index import ROLE_RANK, ActorIndex, actor_index
from detente.actors.lexicon import lexicon
from detente.document import Document, Mention
from detente.kb.model import Entity, Role

if TYPE_CHECKING:
    from detente.pipeline import Resources

DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def document_day(doc: Document) -> str | None:
    """The document date as an ISO prefix (``2017-04-12``, ``2017-07``, ``2017``) or None."""
    if doc.dct is None:
        return None
    value = doc.dct.date.value
    if value and DAY.fullmatch(value):
        return value
    return doc.dct.date.earliest


def office(entity: Entity, day: str | None, role: str | None = None) -> Role | None:
    """The role ``entity`` held on ``day`` (any time without a day), ``role`` first, else the highest."""
    roles = [r for r in entity.roles if day is None or r.active_on(day)]
    if role is not None:
        wanted = [r for r in roles if _role_fits(r.role, role)]
        if wanted:
            return wanted[-1]
    if not roles:
        return None
    return max(roles, key=lambda r: (ROLE_RANK.get(r.role, 1), r.start or ""))


def _role_fits(held: str, wanted: str) -> bool:
    return held == wanted or (wanted == "minister" and held.endswith("_minister"))


def _with_office(mention: Mention, entity: Entity, day: str | None) -> Mention:
    role = office(entity, day, mention.role)
    if role is None:
        if mention.country:
            return mention
        return dataclasses.replace(mention, country=entity.country)
    if (mention.role, mention.country) == (role.role, role.country):
        return mention
    return dataclasses.replace(mention, role=role.role, country=role.country)


def _holds_on(entity: Entity, role: str, country: str | None, day: str | None) -> bool:
    return any(
        _role_fits(r.role, role)
        and (country is None or r.country == country)
        and (day is None or r.active_on(day))
        for r in entity.roles
    )


def _named_holder(
    mentions: list[Mention], i: int, role: str, country: str | None, kb_get, day: str | None
) -> Mention | None:
    """The nearest person named in the article who holds ``role`` (before ``i`` first)."""
    fits = []
    for j, m in enumerate(mentions):
        if j == i or m.kind != "person" or not m.name or m.via == "role":
            continue
        entity = kb_get(m.entity_id) if m.entity_id else None
        if entity is not None:
            ok = _holds_on(entity, role, country, day)
        else:
            ok = m.role is not None and _role_fits(m.role, role) and country in (None, m.country)
        if ok:
            fits.append(j)
    if not fits:
        return None
    before = [j for j in fits if j < i]
    return mentions[before[-1] if before else fits[0]]


def _counterpart_role(mentions: list[Mention], i: int) -> str | None:
    """``seinem syrischen Amtskollegen``: the role of the person the sentence is about."""
    mention = mentions[i]
    for m in reversed(mentions[:i]):
        if (
            m.kind == "person"
            and m.role
            and m.role != "counterpart"
            and m.country != mention.country
        ):
            return m.role
    return None


def visit_country(doc: Document, offset: int) -> str | None:
    """Where the visit mentioned at ``offset`` takes place: a town of the dateline or title,
    else the town named as a location nearest before it (first after it), else likewise a
    country (``Sotschi (dpa)``, ``nach Peking``, ``in Russland``)."""
    for kind in ("place", "country"):
        for field in ("dateline", "title"):
            for place in doc.header_places:
                if (place.field, place.kind) == (field, kind) and place.country:
                    return place.country
        located = [
            m
            for m in doc.mentions
            if m.kind == kind and not m.as_actor and m.country and m.via != "modifier"
        ]
        before = [m for m in located if m.end <= offset]
        if before or located:
            return (before[-1] if before else located[0]).country
    return None


def _nearest_person(mentions: list[Mention], i: int, fits) -> Mention | None:
    """The named person nearest before ``i`` that ``fits``, else the first after it."""
    persons = [
        j
        for j, m in enumerate(mentions)
        if j != i and m.kind == "person" and m.name and m.role not in ("host", "guest") and fits(m)
    ]
    before = [j for j in persons if j < i]
    if not persons:
        return None
    return mentions[before[-1] if before else persons[0]]


def _resolve_visit_role(
    index: ActorIndex, mentions: list[Mention], i: int, day: str | None, doc: Document
) -> Mention:
    """``ihr Gastgeber``: the person of the country the visit goes to; ``sein Gast``: a
    person from elsewhere. Without a named host, the office holder matching the guest."""
    mention = mentions[i]
    host_country = mention.country or visit_country(doc, mention.start)
    if host_country is None:
        return mention
    if mention.role == "guest":
        found = _nearest_person(mentions, i, lambda m: m.country != host_country)
    else:
        found = _nearest_person(mentions, i, lambda m: m.country == host_country)
    if found is not None:
        return dataclasses.replace(
            mention,
            entity_id=found.entity_id,
            name=found.name,
            country=found.country,
            role=found.role,
            confidence=0.7,
        )
    guest = _nearest_person(mentions, i, lambda m: m.country != host_country)
    if mention.role == "guest" or guest is None or guest.role is None or day is None:
        return mention
    holders = index.kb.holders(guest.role, host_country, day)
    if len(holders) != 1:
        return mention
    resolved = dataclasses.replace(
        mention, entity_id=holders[0].id, name=holders[0].name, country=host_country, confidence=0.6
    )
    return _with_office(resolved, holders[0], day)


def _resolve_role(
    index: ActorIndex, mentions: list[Mention], i: int, day: str | None, doc: Document
) -> Mention:
    mention = mentions[i]
    role, country = mention.role, mention.country
    if role in ("host", "guest"):
        return _resolve_visit_role(index, mentions, i, day, doc)
    if role == "counterpart":
        role = _counterpart_role(mentions, i)
        if role is None:
            return mention
        mention = dataclasses.replace(mention, role=role)
    assert role is not None
    named = _named_holder(mentions, i, role, country, index.kb.get, day)
    if named is not None:
        entity = index.kb.get(named.entity_id) if named.entity_id else None
        if entity is None:
            return dataclasses.replace(
                mention, name=named.name, country=named.country, role=named.role, confidence=0.8
            )
        resolved = dataclasses.replace(
            mention, entity_id=entity.id, name=entity.name, confidence=0.9
        )
        return _with_office(resolved, entity, day)
    if country is None or day is None or role not in lexicon().single_holder_roles:
        return mention
    holders = index.kb.holders(role, country, day)
    if not holders:
        return mention
    entity = max(holders, key=lambda e: max((r.start or "") for r in e.roles if r.role == role))
    return dataclasses.replace(mention, entity_id=entity.id, name=entity.name, confidence=0.8)


def _resolve_namesake(
    index: ActorIndex, mention: Mention, day: str | None, countries: set[str]
) -> Mention | None:
    """``Kim`` with several Kims in the KB: the one in office on the day, in a country of the
    text, else the one holding a prominent office on the day; None when a bare surname
    without its country in the text (``_prominent_surname``) fits nobody."""
    surname = re.sub(r"(s|'|’)$", "", mention.text)
    ids = index.surnames.get(mention.text) or index.surnames.get(surname) or set()
    entities = [e for i in sorted(ids) if (e := index.kb.get(i)) is not None]
    unintroduced = not any(e.country in countries for e in entities)
    if day is not None:
        entities = [e for e in entities if any(r.active_on(day) for r in e.roles)]
    local = [e for e in entities if e.country in countries]
    if unintroduced:
        local = [e for e in entities if prominent(e, lexicon(), day)]
        if len(local) != 1:
            return None
    if len(local or entities) != 1:
        return mention
    entity = (local or entities)[0]
    resolved = dataclasses.replace(mention, entity_id=entity.id, name=entity.name, confidence=0.7)
    return _with_office(resolved, entity, day)


def _bare_namesake(entity: Entity, mention: Mention, day: str | None, countries: set[str]) -> bool:
    """A bare surname of someone not yet in public life on the day, or linked for an office
    alone (``Trump`` with no US in the text) that its holder did not hold on the day."""
    if mention.via != "alias" or day is None:
        return False
    if not in_public_life(entity, day):
        return True
    return entity.country not in countries and not prominent(entity, lexicon(), day)


def in_public_life(entity: Entity, day: str) -> bool:
    """Whether ``day`` is no earlier than a few months before the person's first office."""
    starts = sorted(r.start for r in entity.roles if r.start)
    if not starts:
        return True
    first = date.fromisoformat((starts[0] + "-01-01")[:10])
    return day >= (first - NEWSWORTHY_BEFORE_OFFICE).isoformat()[: len(day)]


def resolve(doc: Document, index: ActorIndex) -> tuple[Mention, ...]:
    day = document_day(doc)
    mentions = list(doc.mentions)
    countries = {m.country for m in mentions if m.country and _introduces_country(m)}
    dropped: set[int] = set()
    for i, mention in enumerate(mentions):
        if mention.kind != "person":
            continue
        entity = index.kb.get(mention.entity_id) if mention.entity_id else None
        if entity is not None and _bare_namesake(entity, mention, day, countries):
            dropped.add(i)  # a bare surname of someone not in office then: a namesake
            continue
        if entity is not None:
            mentions[i] = _with_office(mention, entity, day)
        elif mention.via == "role" and mention.role:
            mentions[i] = _resolve_role(index, mentions, i, day, doc)
        elif mention.via == "alias" and mention.name is None:
            resolved = _resolve_namesake(index, mention, day, countries)
            if resolved is None:
                dropped.add(i)
            else:
                mentions[i] = resolved
    return tuple(m for i, m in enumerate(mentions) if i not in dropped)


def _introduces_country(mention: Mention) -> bool:
    """Countries named in the text; a bare surname (``Putin``) brings none of its own."""
    return not (mention.kind == "person" and mention.via == "alias")


def resolve_roles(doc: Document, resources: Resources) -> Document:
    """Link role-only mentions to office holders at the document date; add roles to persons."""
    if not doc.mentions:
        return doc
    return doc.with_(mentions=resolve(doc, actor_index(resources.kb)))
