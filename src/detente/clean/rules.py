"""Cleaning rules loaded from the data files (see data/boilerplate_de.txt for the format)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from detente.data import data_lines

CASE_INSENSITIVE = {"line", "video", "gallery", "related", "credit", "date_line"}


def _data_lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file."""
    return data_lines("detente.clean", f"data/{name}")


@cache
def agencies() -> dict[str, str]:
    """Agency spelling (lower case) -> canonical name."""
    return dict(line.split("\t", 1) for line in _data_lines("agencies.tsv"))


@cache
def months() -> dict[str, int]:
    return {
        name: int(number)
        for name, number in (line.split("\t") for line in _data_lines("months_de.tsv"))
    }


@cache
def function_words() -> frozenset[str]:
    return frozenset(_data_lines("function_words_de.txt"))


@cache
def outlets() -> frozenset[str]:
    """Outlet names (case-folded) printed alone above a headline."""
    return frozenset(n.strip().casefold() for n in _data_lines("outlets_de.txt"))


@cache
def places() -> frozenset[str]:
    """Known place names, lower case, without German function words."""
    names = _data_lines("places.txt") + _data_lines("places_extra.txt")
    return frozenset(n.lower() for n in names) - function_words()


def _agency_alternation() -> str:
    spellings = sorted(agencies(), key=len, reverse=True)  # longest first: "dpa-afx" before "dpa"
    return "|".join(re.escape(s) for s in spellings) + r"(?![\w-])"


@cache
def sections() -> dict[str, list[str]]:
    """Regex sources per section of boilerplate_de.txt, with {AGENCY} expanded."""
    result: dict[str, list[str]] = {}
    current = ""
    alternation = _agency_alternation()
    for line in _data_lines("boilerplate_de.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            result[current] = []
        else:
            result[current].append(line.replace("{AGENCY}", alternation))
    return result


def _combined(section: str) -> re.Pattern[str]:
    flags = re.IGNORECASE if section in CASE_INSENSITIVE else 0
    return re.compile("|".join(f"(?:{p})" for p in sections()[section]), flags)


def _each(section: str) -> tuple[re.Pattern[str], ...]:
    flags = re.IGNORECASE if section in CASE_INSENSITIVE else 0
    return tuple(re.compile(p, flags) for p in sections()[section])


@dataclass(frozen=True)
class Rules:
    line: re.Pattern[str]  # fullmatch: boilerplate line
    video: re.Pattern[str]  # fullmatch: video player line or time code
    gallery: re.Pattern[str]  # fullmatch: gallery counter, its caption follows
    related: re.Pattern[str]  # fullmatch: "related articles" header
    credit: re.Pattern[str]  # fullmatch: photo credit line
    caption_tail: re.Pattern[str]  # search: credit fused to the end of a caption
    copyright_tail: re.Pattern[str]  # search: copyright notice ending a paragraph
    tail_markers: re.Pattern[str]  # one occurs in every line the two tail patterns can match
    byline: re.Pattern[str]  # fullmatch: author line
    date_lines: tuple[re.Pattern[str], ...]  # fullmatch, groups d, m, y
    signatures: tuple[re.Pattern[str], ...]  # fullmatch
    fused_signature: re.Pattern[str]  # search: a signature after the last sentence
    agency: re.Pattern[str]  # finditer: agency names inside a signature
    datelines: tuple[re.Pattern[str], ...]  # match at paragraph start
    phrase_start: re.Pattern[str]  # fullmatch: a capitalised word that starts a headline
    title_noun: re.Pattern[str]  # fullmatch: a noun a name stands in apposition to


@cache
def rules() -> Rules:
    signature_any = "|".join(f"(?:{p})" for p in sections()["signature"])
    return Rules(
        line=_combined("line"),
        video=_combined("video"),
        gallery=_combined("gallery"),
        related=_combined("related"),
        credit=_combined("credit"),
        caption_tail=_combined("caption_tail"),
        copyright_tail=_combined("copyright_tail"),
        tail_markers=re.compile("|".join(re.escape(m) for m in sections()["tail_markers"])),
        byline=_combined("byline"),
        date_lines=_each("date_line"),
        signatures=_each("signature"),
        fused_signature=re.compile(rf"(?<=[.!?\"“”»«])\s*(?P<sig>{signature_any})\s*$"),
        agency=re.compile(rf"(?<![\w-])(?:{_agency_alternation()})", re.IGNORECASE),
        datelines=_each("dateline"),
        phrase_start=re.compile("|".join(f"(?:{p})" for p in _data_lines("headline_de.txt"))),
        title_noun=re.compile(
            "|".join(f"(?:{p})" for p in _data_lines("title_nouns_de.txt")), re.IGNORECASE
        ),
    )
