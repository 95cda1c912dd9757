"""The German temporal lexicon (data/*.json) and the regular expressions built from it."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from detente.data import read_json


@cache
def load(name: str) -> dict[str, Any]:
    """A data file of this package, parsed once per process."""
    return read_json("detente.time", f"data/{name}")


def lexicon() -> dict[str, Any]:
    return load("lexicon_de.json")


def tense_cues() -> dict[str, Any]:
    return load("tense_de.json")


def alt(words: Any) -> str:
    """A non-capturing alternation as a prefix trie (fast in ``re``), whitespace-tolerant.

    ``alt(["mai", "montag", "monat"])`` → ``(?:m(?:ai|on(?:tag|at)))``; the longest word wins
    where one is a prefix of another.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, Any]) -> str:
    branches = []
    for char in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
        piece = r"\s+" if char == " " else re.escape(char)
        rest = _trie_regex(node[char])
        branches.append(piece + (f"(?:{rest})" if "|" in rest else rest))
    if "" in node:  # a word ends here: try the longer words first, then stop
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return "|".join(branches)


def _depth(node: dict[str, Any]) -> int:
    return 1 + max((_depth(child) for child in node.values()), default=0)


# Word parts every temporal expression contains (besides digits and the lexicon's words):
# the tagger runs its patterns only in windows around them.
ANCHOR_PARTS = (
    "jahr",
    "jähr",
    "monat",
    "woch",
    "tag",
    "tägig",
    "stund",
    "stünd",
    "minut",
    "minüt",
    "sekund",
    "uhr",
    "nacht",
    "abend",
    "mittag",
    "quartal",
    "hälfte",
    "ex-",
    "ehemalig",
    "mal",
)


@cache
def anchors() -> re.Pattern[str]:
    """Digits or any word part a temporal expression needs; case-insensitive."""
    lex = lexicon()
    words: set[str] = set(ANCHOR_PARTS)
    for key in (
        "months",
        "weekdays",
        "seasons",
        "day_parts",
        "relative_days",
        "references",
        "set_adverbs",
        "unit_adverbs",
        "holidays_fixed",
        "holidays_easter",
        "relative_day_adjectives",
    ):
        words.update(w.rstrip(".") for w in lex[key])
    return re.compile(r"\d|" + alt(words), re.IGNORECASE)


@cache
def patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(kind, compiled pattern) in priority order; group ``t`` (if any) is the extent."""
    lex = lexicon()
    month = alt(lex["months"])
    wd = alt(lex["weekdays"])
    numw = alt(lex["numbers"])
    vague = alt(lex["vague_quantities"])
    approx = alt(lex["approximators"])
    duration_units = alt(u for u in lex["units"] if not u.endswith(("es", "ts", "ats")))
    units = alt(lex["units"])
    season = alt(lex["seasons"])
    rel = r"(?P<rel>" + alt(lex["relative_adjectives"]) + r"(?:e|er|es|en|em)?)"
    pos = r"(?P<pos>" + alt(lex["positions"]) + ")"
    dpart = alt(k for k in lex["day_parts"] if not k.endswith("s") and k != "morgenstunden")
    num_prefix = alt(lex["number_prefixes"])
    unit_adj = "(?-i:" + alt(lex["unit_adjectives"]) + ")"  # 14-Jährige is a person
    holidays = alt([*lex["holidays_fixed"], *lex["holidays_easter"]])
    refs = alt(k for k in lex["references"] if k not in ("ehemalig", "ex"))
    det = r"(?:(?:der|die|das|den|dem|des)\s+)"
    year = r"(?P<y>1[4-9]\d\d|20\d\d)(?![\d]|[.,]\d)"
    end = r"(?![\w])"
    day = r"(?<![\w.,])(?P<d>[0-3]?\d)\."
    hour = r"(?:[01]?\d|2[0-4])"
    table = [
        (
            "day_range",
            rf"(?<![\w.,])(?P<d1>[0-3]?\d)\.?\s*(?:bis(?:\s+(?:zum|zur))?|-|–|/|und)\s*"
            rf"(?P<d2>[0-3]?\d)\.\s*(?P<mon>{month})(?:\s+{year})?{end}",
        ),
        (
            "date_full",
            rf"(?:(?P<wd>{wd})\s*,?\s+(?:(?:den|dem)\s+)?)?{day}\s*(?P<mon>{month})"
            rf"(?:\s+{year})?{end}",
        ),
        (
            "date_numeric",
            r"(?<![\d.,])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)\d\d|\d\d)(?![\d.]))?",
        ),
        ("date_iso", r"(?<![\d.])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
        (
            "month",
            rf"(?:{pos}\s+)?(?:(?P<rm>(?:dies|vergangen|letzt|vorig|nächst|kommend)(?:e[nmrs]?)?)\s+)?"
            rf"(?P<mon>{month})(?:\s+{year}|\s+(?P<ry>(?:dies|vergangen|letzt|vorig|"
            rf"nächst|kommend|laufend)(?:es|en)|des\s+\w+en)\s+Jahres)?{end}",
        ),
        (
            "position",
            rf"{pos}\s+(?:{year}|(?P<ry>(?:des|dies|nächst|kommend|vergangen|letzt|laufend|vorig)"
            rf"(?:es|en)?(?:\s+(?:nächsten|kommenden|vergangenen|letzten|laufenden))?)\s+"
            rf"(?P<unit>Jahres|Monats|Jahrzehnts|Jahrhunderts)|der\s+(?:(?P<rw>\w+en)\s+)?Woche|"
            rf"(?P<rw2>(?:dies|nächst|kommend|vergangen|letzt|vorig)er)\s+Woche){end}",
        ),
        (
            "decade",
            rf"(?:{pos}\s+)?(?:(?:der|den|die)\s+)?(?P<dec>(?:1[5-9]|20)?\d)0er"
            rf"(?:\s*-?\s*Jahren?|n)?{end}",
        ),
        (
            "decade_word",
            rf"(?:{pos}\s+)?(?:(?:der|den|die)\s+)?(?P<dw>{alt(lex['decade_words'])})"
            rf"(?:\s*-?\s*Jahren?|n)?{end}",
        ),
        (
            "compound",
            rf"(?:{det})?(?P<pc>{alt(lex['period_compounds'])})(?:s)?"
            rf"(?:\s+{year})?{end}",
        ),
        (
            "half_year",
            rf"(?:(?:ein|einem|einen|eines|einer)\s+)halbe[nmrs]?\s+"
            rf"(?P<unit>{alt(lex['half_units'])}){end}",
        ),
        (
            "same_year",
            rf"(?:{det})?(?P<same>{alt(lex['same_as_reference'])})(?:e|en|es|em)?\s+Jahr(?:es)?{end}",
        ),
        (
            "century",
            rf"(?:{pos}\s+)?(?:(?:des|dem|das)\s+)?(?P<c>[12]?\d)\.\s*Jahrhunderts?{end}",
        ),
        (
            "season",
            rf"(?:{pos}\s+)?(?:(?:der|den|dem|des)\s+)?(?:{rel}\s+)?"
            rf"(?P<season>{season})(?:\s+{year}|\s+(?P<ry>(?:dies|vergangen|letzt|vorig|nächst|"
            rf"kommend)(?:es|en))\s+Jahres)?{end}",
        ),
        (
            "quarter",
            r"(?:(?:das|dem|des)\s+)?(?P<ord>erste[nms]?|zweite[nms]?|dritte[nms]?|vierte[nms]?|"
            r"letzte[nms]?)\s+(?P<q>Quartals?|Jahreshälfte|Halbjahr(?:es)?)"
            rf"(?:\s+{year})?{end}",
        ),
        ("quarter", rf"(?-i:Q)(?P<qn>[1-4])(?:\s*/\s*|\s+){year}{end}"),  # Q3 2023, Q3/2023
        ("year", rf"(?:(?P<jahr>Jahr(?:e|es)?)\s+)?(?<![\d.,/-]){year}(?!\s*/\s*\d)"),
        (
            "night",
            rf"(?:der\s+)?Nacht\s+(?:zum|zu|auf(?:\s+den)?)\s+(?P<wd>{wd}){end}",
        ),
        (
            "rel_day_wd",
            rf"(?P<rda>vorgestrig|gestrig|heutig|morgig)(?:e[nmrs]?)?\s+(?P<wd>{wd}){end}",
        ),
        (
            "rel_day",
            r"(?<![\w-])(?P<rd>vorgestern|gestern|heute|morgen|übermorgen)"
            rf"(?:\s+(?P<dp>früh|{dpart}))?{end}",
        ),
        (
            "clock_range",
            rf"(?<![\d.,])(?P<h1>{hour})(?:[.:](?P<m1>[0-5]\d))?\s*(?:Uhr\s*)?(?:-|–|bis)\s*"
            rf"(?P<h2>{hour})(?:[.:](?P<m2>[0-5]\d))?\s*Uhr{end}",
        ),
        ("clock", rf"(?<![\d.,])(?P<h>{hour})(?:[.:](?P<mi>[0-5]\d))?\s*Uhr{end}"),
        ("clock", rf"(?<=\bum )(?P<h>{hour})[.:](?P<mi>[0-5]\d)(?![\d.])"),
        (
            "weekday",
            rf"(?:(?:der|den|dem|des)\s+)?(?:{rel}\s+)?(?P<wd>{wd})"
            rf"(?P<dp>vormittag|nachmittag|mittag|abend|nacht|morgen|früh)?(?P<s>s)?"
            rf"(?:\s+(?P<wrel>(?:dies|nächst|kommend|vergangen|letzt|vorig)er)\s+Woche)?{end}",
        ),
        (
            "next_day",
            rf"(?:{det})?(?:(?P<dir>nächsten|folgenden)\s+Tag(?:es)?|Tag\s+(?P<dir2>darauf|danach|"
            r"zuvor|davor)|tags\s+(?P<dir3>darauf|danach|zuvor|davor)|"
            rf"(?P<vortag>{alt(lex['reference_days'])}))(?![\w])",
        ),
        (
            "set_every",
            rf"(?:jede[nmrs]?|alle)\s+(?:(?P<n>\d+|{numw})\s+)?(?:(?P<last>letzten|ersten)\s+)?"
            rf"(?P<what>{wd}|{units}|{season})(?:\s+(?:im|des|pro)\s+(?P<per>Monats?|Jahr(?:es)?|Woche))?{end}",
        ),
        (
            "set_times",
            r"(?P<n>\w+)mal\s+(?:im|pro|in\s+der|am|jährlich)\s+(?P<per>Jahr|Monat|Woche|Tag|Quartal)(?![\w])",
        ),
        ("set_adverb", r"(?P<adv>" + alt(lex["set_adverbs"]) + r")(?:e|er|es|en|em)?(?![\w])"),
        (
            "rel_unit",
            rf"(?:{det})?{rel}\s+(?P<unit>Jahr|Jahres|Jahre|Jahren|Monat|Monats|Monate|Monaten|"
            r"Woche|Wochen|Wochenende|Tage|Tagen|Stunden|Jahrzehnt|Jahrzehnts|Jahrzehnten)(?![\w])",
        ),
        (
            "duration",
            rf"(?P<t>(?:{det}(?:(?:vergangenen|letzten|nächsten|kommenden|ersten|folgenden)\s+)?)?"
            rf"(?:(?P<approx>{approx})\s+)?(?P<n>\d+(?:[.,]\d+)?|{numw}|{vague})(?:\s+|-)"
            rf"(?P<unit>{duration_units})(?:\s+und\s+(?P<n2>\d+|{numw})\s+(?P<unit2>{duration_units}))?)"
            rf"{end}",
        ),
        (
            "duration",  # binnen eines Monats, innerhalb eines Jahres
            r"\b(?:binnen|innerhalb|während)\s+(?P<t>(?P<n>eines|einer)\s+"
            r"(?P<unit>Monats|Jahres|Tages|Jahrzehnts|Woche|Stunde))(?![\w])",
        ),
        (
            "duration_adj",
            rf"(?:(?P<approx>{approx})\s+)?(?<![\w-])(?P<n>\d+|{num_prefix})-?(?P<adj>{unit_adj})"
            r"(?:e|er|es|en|em)?(?![\w])",
        ),
        (
            "duration_adv",
            r"(?<![\w-])(?P<adv>" + alt(lex["unit_adverbs"]) + r")(?:e|er|es|en|em)?(?![\w])",
        ),
        (
            "duration_bare",
            r"(?<=\bseit )(?P<unit>Jahren|Monaten|Wochen|Tagen|Jahrzehnten|Stunden)(?![\w])",
        ),
        ("holiday", rf"(?P<hol>{holidays})(?:\s+{year})?{end}"),
        ("previous", rf"(?:{det})?(?P<pp>{alt(lex['previous_periods'])}){end}"),
        ("clock_word", rf"(?P<cw>{alt(lex['clock_words'])}){end}"),
        (
            "whole",
            rf"(?:die|den|das)\s+ganzen?\s+(?P<unit>{alt(lex['whole_units'])}){end}",
        ),
        ("ref", rf"(?<![\w-])(?P<ref>{refs}){end}"),
        (
            "former",
            r"(?<![\w-])(?:(?P<ehem>ehemalig(?:e[nmrs]?)?)(?![\w])|(?-i:(?P<ex>Ex))(?=-\w))",
        ),
        (
            "daypart",
            r"(?:\b(?:am|in|bis\s+in|über|gegen)\s+)(?P<t>(?:(?<=in )(?:der|die)\s+)?"
            r"(?P<dp>Vormittag|Nachmittag|Abend|Nacht|Mittag|Morgen|(?<=der )Früh))"
            r"(?![\w])",
        ),
        ("weekend", r"(?<=\bam )(?P<t>Wochenende)(?![\w])"),
        (
            "daypart",
            r"(?:\b(?:am|in|bis\s+in)\s+)(?P<t>(?:(?:der|den|die)\s+)?(?:frühen|späten)\s+"
            r"(?P<dp>Morgen|Vormittag|Nachmittag|Abend|Morgenstunden|Abendstunden))(?![\w])",
        ),
    ]
    # Starting at word starts only lets the engine skip most positions quickly.
    return tuple(
        (kind, re.compile(rx if rx.startswith("(?<") else r"(?<![\w])" + rx, re.IGNORECASE))
        for kind, rx in table
    )
