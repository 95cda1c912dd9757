"""Rule-based cleaner: raw text or HTML -> Document with body, title, lead, dateline, signature.

The body is assembled from slices of the original text (``BodyBuilder``), so every body
offset maps back exactly. Rules live in ``data/`` (see ``data/boilerplate_de.txt``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from detente.clean.body import BodyBuilder
from detente.clean.rules import Rules, agencies, function_words, months, outlets, places, rules
from detente.document import Document, Metadata, OffsetMap, RawDocument, document_id
from detente.sources.text import seed_header

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…]['\"“”»«)]*$|[\"“”»«]$")
_BULLET = re.compile(r"[•·▪►▶◆■●\-–*]\s")
_HEAD_ZONE_LINES = 8  # the title, date and byline sit in the first lines
_MAX_TITLE_CHARS = 160
_MAX_LEAD_CHARS = 600
_MAX_TAIL_CHARS = 200  # credits and copyright notices fused to a line end are shorter
_MAX_CAPTION_CHARS = 200
_MAX_LINK_TITLE_CHARS = 110  # a linked title, even a full sentence, is shorter
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:de|at|ch|com|net|org|eu|lu)", re.IGNORECASE)
# "Anna Beispiel, Peking": an author line without "Von", accepted where the place is known.
_NAME_PLACE = re.compile(
    r"[A-ZÄÖÜ][\w.'-]+(?:\s+[A-ZÄÖÜ][\w.'-]+){1,2}\s*,\s*(?P<place>[A-ZÄÖÜ][\w -]{2,30})"
)


@dataclass(slots=True)
class Line:
    start: int  # stripped line in the original
    end: int
    block: int  # paragraph number: blank lines separate paragraphs

    def text(self, original: str) -> str:
        return original[self.start : self.end]


@dataclass(slots=True)
class Found:
    """What the cleaner learns besides the body."""

    removed: list[str] = field(default_factory=list)
    title: str | None = None
    kicker: str | None = None
    published: str | None = None
    dateline: str | None = None
    signature: str | None = None
    agencies: list[str] = field(default_factory=list)


def clean(raw: RawDocument) -> Document:
    """Clean one raw document (text or HTML) into a Document with an exact offset map."""
    meta = Metadata(
        source=raw.source,
        file=raw.file,
        url=raw.url,
        outlet=raw.outlet,
        title=raw.title,
        metadata_date=raw.date,
    )
    if raw.html is not None and not raw.text:
        from detente.clean.html import extract_html

        page = extract_html(raw.html)
        meta = replace(
            meta,
            title=raw.title or page.title,
            published=page.published,
            outlet=raw.outlet or page.outlet,
            url=raw.url or page.url,
        )
        return clean_text(page.text, meta, line_paragraphs=True)
    return clean_text(raw.text or "", meta)


def clean_text(original: str, meta: Metadata, line_paragraphs: bool = False) -> Document:
    """Clean text; ``line_paragraphs`` where every line is a paragraph (trafilatura output).

    ``Document.original`` is the text as received (NFC-normalised where it was not).
    """
    if not unicodedata.is_normalized("NFC", original):  # decomposed umlauts (macOS files)
        original = unicodedata.normalize("NFC", original)
    r = rules()
    found = Found()
    header_date, start = seed_header(original)
    if start:
        found.removed.append(original[:start].strip())
    lines = _split_lines(original, start, line_paragraphs)
    lines = _drop_boilerplate(lines, original, r, found)
    lines = _take_signature(lines, original, r, found)
    lines = _take_head(lines, original, r, found, meta.title)
    _take_dateline(lines, original, r, found)
    body, offsets = _assemble(lines, original)
    meta = replace(
        meta,
        title=meta.title or found.title,
        kicker=meta.kicker or found.kicker,
        lead=_lead(body),
        dateline=found.dateline,
        signature=found.signature,
        agencies=tuple(dict.fromkeys(found.agencies)),
        metadata_date=meta.metadata_date or header_date,
        published=meta.published or found.published,
        removed=tuple(sorted(found.removed, key=original.find)),  # in reading order
    )
    errors = (
        ()
        if body
        else ("no article text left after cleaning: the input is empty or all boilerplate",)
    )
    return Document(
        id=document_id(body),
        original=original,
        body=body,
        offsets=offsets,
        meta=meta,
        errors=errors,
    )


def _split_lines(original: str, start: int, line_paragraphs: bool) -> list[Line]:
    """Non-blank lines, stripped, numbered by paragraph."""
    lines: list[Line] = []
    block = 0
    position = start
    newline = "\n" if "\n" in original or "\r" not in original else "\r"  # old Mac files
    while position <= len(original):
        end = original.find(newline, position)
        end = len(original) if end < 0 else end
        text = original[position:end]
        stripped = text.strip()
        if stripped:
            left = position + len(text) - len(text.lstrip())
            lines.append(Line(left, left + len(stripped), block))
            block += line_paragraphs
        else:
            block += 1
        position = end + 1
    return lines


def _is_paragraph(text: str) -> bool:
    """A line of running text: long enough and ending like a sentence."""
    return len(text) >= 60 and bool(_SENTENCE_END.search(text))


def _is_link_title(text: str) -> bool:
    """A line in a link box: no paragraph, or one question of a teaser's length
    ("Wie ernst ist es Peking?"); a statement ending in a period is the article again."""
    if not _is_paragraph(text):
        return True
    return (
        text.endswith("?")
        and len(text) <= _MAX_LINK_TITLE_CHARS
        and len(_SENTENCE_STOP.findall(text)) <= 1
    )


def _is_headline(text: str) -> bool:
    words = len(_WORD.findall(text))
    return (
        2 <= words <= 20
        and len(text) <= _MAX_TITLE_CHARS
        and not text.endswith((".", ",", ";", ":"))
        and not _BULLET.match(text)
    )


def _is_label(text: str) -> bool:
    """A one-word line above the headline: ressort or topic label ("Nahost-Konflikt")."""
    return " " not in text and len(text) <= 40 and not _SENTENCE_END.search(text)


def _drop_boilerplate(lines: list[Line], original: str, r: Rules, found: Found) -> list[Line]:
    kept: list[Line] = []
    in_related = False  # after a "related" header: drop link titles up to the next paragraph
    after_gallery = False  # after a gallery counter: the next short line is its caption
    for line in lines:
        text = line.text(original)
        if after_gallery and _is_caption(text):
            found.removed.append(text)
            after_gallery = False
            continue
        after_gallery = False
        if in_related and _is_link_title(text) and not _is_signature(text, r):
            found.removed.append(text)
            continue
        in_related = False
        if r.related.fullmatch(text):
            in_related = True
        elif r.gallery.fullmatch(text):
            after_gallery = True
        elif r.credit.fullmatch(text):
            _drop_caption_above(line, kept, original, found, max_gap=0)
        elif r.video.fullmatch(text):
            _drop_caption_above(line, kept, original, found, max_gap=1)
        elif not (r.line.fullmatch(text) or _has_tail(text, r, r.caption_tail)):
            kept.append(_cut_copyright(line, text, r, found))
            continue
        found.removed.append(text)
    return kept


def _is_caption(text: str) -> bool:
    """A photo caption: one short sentence or phrase (the lead paragraph is longer)."""
    return len(text) <= _MAX_CAPTION_CHARS and len(_SENTENCE_STOP.findall(text)) <= 1


def _is_signature(text: str, r: Rules) -> bool:
    return any(p.fullmatch(text) for p in r.signatures)


def _cut_copyright(line: Line, text: str, r: Rules, found: Found) -> Line:
    """``"... letzter Satz. © Verlag"`` -> the paragraph without the notice."""
    match = _has_tail(text, r, r.copyright_tail)
    if not match or not text[: match.start()].strip():
        return line
    found.removed.append(match.group())
    return Line(line.start, line.start + len(text[: match.start()].rstrip()), line.block)


def _has_tail(text: str, r: Rules, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """A credit or notice at the end of a line; cheap string tests first (this runs per line)."""
    if not text.endswith(")") and not r.tail_markers.search(text):
        return None
    return pattern.search(text, max(len(text) - _MAX_TAIL_CHARS, 0))  # tails are short


def _drop_caption_above(
    marker: Line, kept: list[Line], original: str, found: Found, max_gap: int
) -> None:
    """A short line without final period just above a credit or player is its caption."""
    if kept and marker.block - kept[-1].block <= max_gap:
        caption = kept[-1].text(original)
        if not _SENTENCE_END.search(caption) and len(caption) <= 300:
            found.removed.append(caption)
            kept.pop()


def _take_signature(lines: list[Line], original: str, r: Rules, found: Found) -> list[Line]:
    """Agency/author signature at the end: a line of its own or fused to the last sentence."""
    if not lines:
        return lines
    last = lines[-1]
    text = last.text(original)
    if len(lines) > 1 and _is_signature(text, r):
        _record_signature(text, r, found)
        return lines[:-1]
    fused = r.fused_signature.search(text)
    if fused:
        _record_signature(fused.group("sig"), r, found)
        return [*lines[:-1], Line(last.start, last.start + fused.start(), last.block)]
    return lines


def _record_signature(signature: str, r: Rules, found: Found) -> None:
    found.signature = signature.strip()
    found.removed.append(found.signature)
    names = agencies()
    found.agencies.extend(names[m.group().lower()] for m in r.agency.finditer(signature))


def _take_head(
    lines: list[Line], original: str, r: Rules, found: Found, known_title: str | None
) -> list[Line]:
    """Title, date line and byline from the first lines, up to the first paragraph."""
    headlines: list[int] = []
    drop: set[int] = set()
    for i, line in enumerate(lines[:_HEAD_ZONE_LINES]):
        text = line.text(original)
        if found.published is None and (published := _date_line(text, r)):
            found.published = published
        elif _is_head_meta(text, r, after_headline=bool(headlines)):
            pass
        elif _is_headline(text) and i + 1 < len(lines):
            headlines.append(i)
            continue
        else:
            break
        found.removed.append(text)
        drop.add(i)
    drop.update(_title_lines(lines, headlines, original, r, found, known_title))
    if len(lines) > 1:
        drop.update(_loose_meta_lines(lines, drop, original, r, found))
    return [line for i, line in enumerate(lines) if i not in drop]


def _is_head_meta(text: str, r: Rules, after_headline: bool) -> bool:
    """A byline, ressort label or outlet name among the first lines."""
    if r.byline.fullmatch(text) or _is_label(text) or _is_outlet(text):
        return True
    return after_headline and _is_place_byline(text)


def _is_outlet(text: str) -> bool:
    """The outlet's name or domain alone on a line (logo text above the headline)."""
    return text.casefold() in outlets() or _DOMAIN.fullmatch(text) is not None


def _is_place_byline(text: str) -> bool:
    match = _NAME_PLACE.fullmatch(text)
    return match is not None and match.group("place").lower() in places()


def _loose_meta_lines(
    lines: list[Line], drop: set[int], original: str, r: Rules, found: Found
) -> list[int]:
    """Bylines and date lines after the teaser, and date lines closing the article."""
    first = range(min(_HEAD_ZONE_LINES, len(lines)))
    last = range(max(len(lines) - 2, _HEAD_ZONE_LINES), len(lines))
    taken: list[int] = []
    for i in (i for i in (*first, *last) if i not in drop):
        text = lines[i].text(original)
        if found.published is None and (published := _date_line(text, r)):
            found.published = published
        elif not (i < _HEAD_ZONE_LINES and r.byline.fullmatch(text)):
            continue
        found.removed.append(text)
        taken.append(i)
    return taken


def _title_lines(
    lines: list[Line],
    headlines: list[int],
    original: str,
    r: Rules,
    found: Found,
    known_title: str | None,
) -> list[int]:
    """Indexes of the headline lines to cut from the body; sets ``found.title``."""
    if not headlines:
        return []
    texts = [lines[i].text(original) for i in headlines]
    if known_title:  # from HTML metadata or JSONL: cut it only where the text repeats it
        same = [i for i, t in zip(headlines, texts, strict=True) if _same(t, known_title)]
        return same[:1]
    if len(texts) >= 2 and _is_kicker_line(texts[0], texts[1]):  # kicker line, then the title
        found.removed.append(texts[0])
        found.kicker, found.title = texts[0], texts[1]
        return headlines[:2]
    kicker, found.title = _split_kicker(texts[0], r)
    if kicker:
        found.removed.append(kicker)
        found.kicker = kicker
    return headlines[:1]


def _is_kicker_line(first: str, second: str) -> bool:
    """A short line above the headline; a longer one where the headline below is longer."""
    words = len(_WORD.findall(first))
    return words <= 4 or (words <= 8 and len(first) < len(second))


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _split_kicker(line: str, r: Rules) -> tuple[str | None, str]:
    """``"Kicker Neue Runde im Streit"`` -> ``("Kicker", "Neue Runde im Streit")``.

    In German only nouns and names are capitalised mid-line; a capitalised adjective
    or function word there starts a new phrase: the headline after the kicker.
    """
    words = list(_WORD.finditer(line))
    small = function_words()
    for i in range(1, len(words) - 1):
        word, previous = words[i].group(), words[i - 1].group()
        if previous[-1] in ":,;–-—" or previous.lower() in small:
            continue  # after "aus dem" a capital is inside a name: "aus dem Weißen Haus"
        if _is_counted_subject(words, i):
            return line[: words[i].start()].strip(), line[words[i].start() :]
        if not word[0].isupper():
            continue
        two_words = f"{word} {words[i + 1].group()}".lower()
        if two_words in places():  # "Den Haag" is a name, not a phrase start
            continue
        if word.lower() in small or r.phrase_start.fullmatch(word):
            return line[: words[i].start()].strip(), line[words[i].start() :]
    if _is_compound_kicker([w.group() for w in words], r):
        return words[0].group(), line[words[1].start() :]
    return _split_before_subject(line, words, r)


def _is_compound_kicker(texts: list[str], r: Rules) -> bool:
    """``"Ukraine-Krieg Biden unterschreibt ..."``: a hyphenated topic noun, then a capitalised
    subject and a lower-case verb. A title noun keeps its name (``US-Präsident Biden``)."""
    if len(texts) < 4 or r.title_noun.fullmatch(texts[0]):
        return False
    first, subject, verb = texts[:3]
    return (
        "-" in first.strip("-")
        and first[0].isupper()
        and subject[0].isupper()
        and verb[0].islower()
        and verb.lower() not in function_words()
        and subject.lower() not in function_words()
    )


def _is_counted_subject(words: list[re.Match[str]], i: int) -> bool:
    """``"Kicker 141 Staaten fordern ..."``: a number, a noun and a verb start the headline."""
    texts = [w.group() for w in words[i : i + 3]]
    return (
        len(texts) == 3
        and texts[0].replace(".", "").isdigit()
        and texts[1][0].isupper()
        and texts[2][0].islower()
        and texts[2].lower() not in function_words()
    )


def _subject_ends(texts: list[str], i: int) -> bool:
    """A subject starts at ``texts[i]``: the next word is a verb, or ``"und" Name`` and then
    a verb or a colon (``"Trump und Kim gehen"``, ``"Blinken und Wang: ..."``)."""
    small = function_words()
    following = texts[i + 1]
    if following.lower() in ("und", "&") and i + 2 < len(texts) and texts[i + 2][0].isupper():
        second = texts[i + 2]
        if second.endswith(":"):
            return True
        return i + 3 < len(texts) and texts[i + 3][0].islower() and texts[i + 3] not in small
    return following[0].islower() and following.lower() not in small


def _is_acronym(word: str) -> bool:
    """``EU``, ``UN``, ``NATO-Staaten``: an organisation or country as a headline subject."""
    head = word.split("-")[0]
    return len(head) >= 2 and head.isalpha() and head.isupper()


def _split_before_subject(
    line: str, words: list[re.Match[str]], r: Rules
) -> tuple[str | None, str]:
    """``"Besuch im Weißen Haus Kanzler wirbt um Vertrauen"``: a kicker phrase with a function
    word, then a capitalised subject and a lower-case verb. Two capitalised nouns in a row
    without article are no German phrase, unless the first is a title (``Präsident Biden``)."""
    small = function_words()
    texts = [w.group() for w in words]
    for i in range(1, len(texts) - 1):
        word, previous = texts[i], texts[i - 1]
        if not (word[0].isupper() and previous[0].isupper() and _subject_ends(texts, i)):
            continue
        if previous.lower() in small or previous[-1] in ":,;–-—":
            continue
        # the kicker is a phrase ("X im Y") or the subject an acronym ("Fall X EU verhängt")
        if not (any(w.lower() in small for w in texts[1:i]) or _is_acronym(word)):
            continue
        if i == 1 and not _is_acronym(word):
            continue
        if any(w.endswith(":") for w in texts[:i]):  # "Xi bei Putin: Große Gesten, ..."
            return None, line
        if r.phrase_start.fullmatch(previous) or r.title_noun.fullmatch(previous):
            continue  # "Große Gesten", "Präsident Biden": one phrase
        if f"{previous} {word}".lower() in places():
            continue
        return line[: words[i].start()].strip(), line[words[i].start() :]
    return None, line


def _date_line(text: str, r: Rules) -> str | None:
    """ISO date of a standalone date line ("15. Mai 2019", "Stand: 15.05.2019 14:31 Uhr")."""
    if len(text) > 80:
        return None
    for pattern in r.date_lines:
        match = pattern.fullmatch(text)
        if match:
            return _iso(match.group("y"), match.group("m"), match.group("d"))
    return None


def _iso(year: str, month: str, day: str) -> str | None:
    month = month.rstrip(".").lower()
    number = int(month) if month.isdigit() else months().get(month)
    if not number or not 1 <= number <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{year}-{number:02d}-{int(day):02d}"


def _take_dateline(lines: list[Line], original: str, r: Rules, found: Found) -> None:
    """A place opening the body ("Moskau (dpa) -", "BERLIN.", "KairoNach langen") -> dateline."""
    first_blocks = [i for i, line in enumerate(lines) if i == 0 or line.block != lines[i - 1].block]
    for i in first_blocks[:2]:
        line = lines[i]
        text = line.text(original)
        for pattern in r.datelines:
            match = pattern.match(text)
            if match and (place := _dateline_place(match, text)):
                found.dateline = place
                found.removed.append(match.group().strip())
                found.published = found.published or _dateline_date(match)
                if match.groupdict().get("agency"):
                    names = agencies()
                    found.agencies.extend(
                        names[m.group().lower()] for m in r.agency.finditer(match.group("agency"))
                    )
                lines[i] = Line(line.start + match.end(), line.end, line.block)
                return


def _dateline_date(match: re.Match[str]) -> str | None:
    """ISO date of a dated dateline ("Genf, 21. Januar 2022 –"); only with the year."""
    groups = match.groupdict()
    if not groups.get("y"):
        return None
    return _iso(groups["y"], groups["m"], groups["d"])


def _dateline_place(match: re.Match[str], text: str) -> str | None:
    groups = match.groupdict()
    if groups.get("place"):
        return groups["place"]
    if groups.get("known"):
        return groups["known"] if _all_known(groups["known"]) else None
    if groups.get("caps"):
        caps = groups["caps"]
        return caps if _all_known(caps) or sum(c.isalpha() for c in caps) >= 5 else None
    place = groups["fused"]
    next_word = re.match(r"[A-ZÄÖÜ][a-zäöüß]*", text[match.end() :])
    starts_phrase = next_word is not None and (  # "KairoNach langen", "OrtDrei Stunden"
        next_word.group().lower() in function_words()
        or rules().phrase_start.fullmatch(next_word.group()) is not None
    )
    return place if place.lower() in places() or starts_phrase else None


def _all_known(names: str) -> bool:
    """Every part of ``"Washington/Moskau"`` is a known place."""
    return all(part.lower() in places() for part in re.split(r"\s*/\s*", names))


def _assemble(lines: list[Line], original: str) -> tuple[str, OffsetMap]:
    builder = BodyBuilder(original)
    previous_block: int | None = None
    for line in lines:
        if line.end <= line.start:
            continue
        if previous_block is not None:
            builder.add_separator("\n" if line.block == previous_block else "\n\n")
        builder.add_slice(line.start, line.end)
        previous_block = line.block
    return builder.build()


def _lead(body: str) -> str | None:
    """The first paragraph where it reads as a teaser: short, complete, followed by more."""
    first, separator, rest = body.partition("\n\n")
    if separator and rest and len(first) <= _MAX_LEAD_CHARS and _SENTENCE_END.search(first):
        return first
    return None
