"""Demonyms (``der Amerikaner``), persons missing from the KB and their later surnames, context countries."""

from __future__ import annotations

import dataclasses

from detente.actors.context import Context, Match, mention, name_tokens
from detente.actors.romanise import looks_slavic, romanise
from detente.document import Mention


def read_demonyms(ctx: Context) -> None:
    for i, match in enumerate(ctx.matches):
        key = match.key("demonym")
        if i in ctx.consumed or key is None:
            continue
        ctx.consumed.add(i)
        country = key.ids[0]
        antecedent = (
            _last_person(ctx, match.start, country) if _singular_demonym(ctx, match) else None
        )
        if antecedent is not None:
            ctx.add(
                Mention(
                    match.start,
                    match.end,
                    match.surface,
                    "person",
                    entity_id=antecedent.entity_id,
                    name=antecedent.name,
                    country=country,
                    role=antecedent.role,
                    via="coref",
                    confidence=0.8,
                )
            )
            continue
        entity = ctx.entity(country)
        ctx.add(
            mention(
                match,
                "country",
                entity_id=country,
                name=entity.name if entity else None,
                country=country,
                via="demonym",
            )
        )


def _singular_demonym(ctx: Context, match: Match) -> bool:
    """``der Amerikaner`` as subject, not ``der Unmut der Amerikaner`` (genitive plural)."""
    det_token = match.token - 1
    det = ctx.word(det_token)
    if not ctx.same_sentence(det_token, match.token):
        return False
    if det.lower() in ("dem", "des"):
        return True
    if det.lower() != "der":
        return False
    before = det_token - 1
    sentence_start = not ctx.same_sentence(before, det_token)
    return sentence_start or not ctx.word(before)[:1].isupper()


def _last_person(ctx: Context, offset: int, country: str) -> Mention | None:
    persons = [
        m
        for m in ctx.mentions
        if m.kind == "person" and m.end <= offset and m.country == country and m.name
    ]
    return max(persons, key=lambda m: m.start) if persons else None


def read_unknown_persons(ctx: Context) -> None:
    """``Michael Flynn``: a first name and capitalised words nobody else claimed."""
    covered = bytearray(len(ctx.text) + 1)
    for m in ctx.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    t = 0
    while t < len(ctx.tokens):
        token = ctx.tokens[t]
        if token.text in ctx.lex.first_names and not covered[token.start]:
            words = name_tokens(ctx, t, first_may_match=True)
            if len(words) >= 2 and not any(
                covered[ctx.tokens[t + k].start] for k in range(len(words))
            ):
                start, end = token.start, ctx.tokens[t + len(words) - 1].end
                ctx.add(
                    Mention(
                        start,
                        end,
                        ctx.text[start:end],
                        "person",
                        name=ctx.text[start:end],
                        via="ne",
                        confidence=0.7,
                        head=(start, end),
                    )
                )
                t += len(words)
                continue
        t += 1


def read_unknown_surnames(ctx: Context) -> None:
    """Later mentions of an unknown person by surname (``Baig`` after ``Mirza Asif Baig``)."""
    unknown = {}
    for m in ctx.mentions:
        if m.kind == "person" and m.entity_id is None and m.name and " " in m.name:
            unknown.setdefault(m.name.split()[-1], m)
    if not unknown:
        return
    towns = {
        (m.start, m.end)
        for m in ctx.mentions
        if m.kind == "place" and not m.as_actor and m.via == "name"
    }
    spans = [(m.start, m.end) for m in ctx.mentions if (m.start, m.end) not in towns]
    for token in ctx.tokens:
        antecedent = unknown.get(token.text) or unknown.get(token.text[:-1])
        if antecedent is None or token.start < antecedent.end:
            continue
        if token.text not in unknown and token.text[-1] not in "s'’":
            continue
        if any(s <= token.start < e for s, e in spans):
            continue
        if (token.start, token.end) in towns:  # "Jackson" after "Alan Jackson": the person
            ctx.mentions = [m for m in ctx.mentions if (m.start, m.end) != (token.start, token.end)]
        ctx.add(
            Mention(
                token.start,
                token.end,
                token.text,
                "person",
                name=antecedent.name,
                country=antecedent.country,
                role=antecedent.role,
                via="coref",
                confidence=0.7,
            )
        )


def infer_countries(ctx: Context) -> None:
    """Unknown persons take the country of their context: ``Sein Sprecher`` -> the speaker's."""
    result = []
    for m in ctx.mentions:
        in_phrase = m.head is not None and m.head != (m.start, m.end)  # "Sein Sprecher X"
        if m.kind == "person" and m.entity_id is None and m.country is None and in_phrase:
            country = _context_country(ctx, m)
            if country:
                m = dataclasses.replace(m, country=country)
        result.append(m)
    ctx.mentions = result


def _context_country(ctx: Context, mention: Mention) -> str | None:
    token = ctx.token_at(mention.start)
    possessive = (
        ctx.word(token).lower() in ctx.lex.possessives
        or ctx.word(token - 1).lower() in ctx.lex.possessives
    )
    sentence = ctx.tokens[token].sentence
    before = [
        m
        for m in ctx.mentions
        if m.end <= mention.start
        and m.country
        and ctx.tokens[ctx.token_at(m.start)].sentence >= sentence - 1
        and (m.kind == "person" or not possessive)
        and m.as_actor
        and (m.via != "alias" or m.country in ctx.countries)  # a bare surname vouches for none
    ]
    if not before:
        return None
    return max(before, key=lambda m: m.start).country


def complete_family_names(ctx: Context) -> None:
    """``Skripal und seine Tochter Julia``: a relative named by first name only takes the
    family name of the person the possessive points back to."""
    family = set(ctx.lex.kin_nouns)
    out = []
    for m in ctx.mentions:
        if m.kind == "person" and m.entity_id is None and m.name and " " not in m.name:
            kin = ctx.token_at(m.start)
            if ctx.word(kin) in family and ctx.word(kin - 1).lower() in ctx.lex.possessives:
                surname = _family_name(ctx, kin - 2)
                if surname:
                    m = dataclasses.replace(m, name=f"{m.name} {surname}")
        out.append(m)
    ctx.mentions = out


def _family_name(ctx: Context, token: int) -> str | None:
    """The surname just before ``und seine`` / ``, seine``: one a named person bears."""
    if ctx.word(token) in ("und", ","):
        token -= 1
    word = ctx.word(token)
    surnames = {
        m.name.split()[-1] for m in ctx.mentions if m.kind == "person" and m.name and " " in m.name
    }
    return word if word in surnames else None


def romanise_slavic_names(ctx: Context) -> None:
    """``Sergej Skripal`` -> ``Sergei Skripal``: persons missing from the KB get the English
    romanisation of East Slavic names (data/slavic_de.json); KB persons have theirs."""

    def unknown(m: Mention) -> bool:
        return m.kind == "person" and m.entity_id is None and bool(m.name)

    marked = {m.name.split()[-1] for m in ctx.mentions if unknown(m) and looks_slavic(m.name or "")}
    ctx.mentions = [
        dataclasses.replace(m, name=romanise(m.name))
        if unknown(m) and m.name and m.name.split()[-1] in marked
        else m
        for m in ctx.mentions
    ]
