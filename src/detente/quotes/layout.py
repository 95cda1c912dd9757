"""What the quote finder works on: sentences with quoted tokens marked, mentions, clauses.

The finder is built in layers, each a class adding one concern: ``Layout``
(this module: text, marks, sentences, clause and noun-phrase boundaries),
``Cues`` (cue words), ``Speakers`` (who speaks) and ``QuoteFinder`` (reports
and quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from detente.document import Argument, Document, Mention, Quote, Token
from detente.quotes.lexicon import Lexicon, VerbCue
from detente.quotes.marks import MARKS, QuoteMarks, find_quote_marks

CLAUSE_BREAKS = frozenset(",;:()–—")
SENTENCE_FINAL = ".!?…" + "\"“”»«'’"
TRIM = " \t\n,.;:–—-"
TRIM_DIRECT = " \t\n,;:–—-"  # a quoted sentence keeps its full stop
KIND_PREFERENCE = {"person": 0, "organisation": 1, "group": 2, "country": 3, "place": 4}
OBJECT_WORDS = frozenset(["dem", "den", "einem", "einen", "es", "man", "uns", "ihm", "ihnen"])
WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class Cue:
    index: int  # token index in the sentence
    kind: str  # verb | laut | zufolge | so | nach | noun (report nouns and adjectives)
    text: str
    span: tuple[int, int]
    verb: VerbCue | None = None
    speaker_from: int = 0  # token index where the speaker phrase of laut/so/nach starts


@dataclass(slots=True)
class Report:
    sentence: int
    speaker: Argument | None
    cue: Cue | None
    message: tuple[int, int] | None
    unnamed: bool = False  # no speaker expected: passive, "heißt es", "die Forderung, ..."


@dataclass(slots=True)
class Sentence:
    index: int
    tokens: list[Token]
    quoted: list[bool]
    reports: list[Report] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


class Layout:
    """Sentences, quotation marks and mentions of one document, with lookups."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.body = doc.body
        self.lex = lex
        tokens = doc.tokens
        if not tokens:
            from detente.language import tokenise_text

            _, tokens = tokenise_text(doc.body)
        self.marks = find_quote_marks(self.body)
        self.mark_opens = [m.open for m in self.marks]
        self.sentences = self._sentences(tokens)
        self.sentence_starts = [s.start for s in self.sentences]
        self.mentions = sorted((m for m in doc.mentions if m.as_actor), key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.mentions]
        self.timexes = sorted((t.start, t.end) for t in doc.timexes)
        self.quotes: list[tuple[Quote, bool]] = []  # (quote, partial)
        self.last_direct: tuple[int, QuoteMarks] | None = None  # for interrupted quotes

    def _sentences(self, tokens: tuple[Token, ...]) -> list[Sentence]:
        grouped: dict[int, list[Token]] = {}
        for token in tokens:
            grouped.setdefault(token.sentence, []).append(token)
        return [
            Sentence(i, toks, [self.in_quote(t.start) for t in toks])
            for i, toks in enumerate(grouped[k] for k in sorted(grouped))
        ]

    def mark_at(self, pos: int) -> QuoteMarks | None:
        i = bisect.bisect_right(self.mark_opens, pos) - 1
        if i >= 0 and pos <= self.marks[i].close:
            return self.marks[i]
        return None

    def in_quote(self, pos: int) -> bool:
        return self.mark_at(pos) is not None

    def sentence_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)

    def quoted_share(self, start: int, end: int) -> float:
        covered = 0
        for m in self.marks:
            covered += max(0, min(end, m.close + 1) - max(start, m.open))
        return covered / max(end - start, 1)

    def _trim(self, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
        while start < end and self.body[start] in chars:
            start += 1
        while end > start and self.body[end - 1] in chars:
            end -= 1
        return start, end

    def _clause_start(self, s: Sentence, k: int) -> int:
        toks = s.tokens
        for j in range(k - 1, -1, -1):
            if s.quoted[j]:
                if self._closes_clause(s, j):
                    return j + 1
                continue
            if toks[j].text in CLAUSE_BREAKS:
                return j + 1
        return 0

    def _closes_clause(self, s: Sentence, j: int) -> bool:
        """A closing mark after which a new clause starts: ``„…,“ so X``, ``„…?“ fragte X``."""
        toks = s.tokens
        mark = self.mark_at(toks[j].start)
        if mark is None or mark.close != toks[j].start:
            return False
        inside = toks[j - 1].text if j > 0 else ""
        after = toks[j + 1].text if j + 1 < len(toks) else ""
        return inside in (",", ".", "!", "?", "…", ":") or after == ","

    def _clause_end(self, s: Sentence, j: int) -> int:
        toks = s.tokens
        while j < len(toks) and (s.quoted[j] or toks[j].text not in CLAUSE_BREAKS):
            j += 1
        return toks[j].start if j < len(toks) else s.end

    def _after_comma(self, s: Sentence, k: int) -> bool:
        """The token before ``k`` is a comma, or a closing mark with a comma inside or after."""
        prev = s.tokens[k - 1].text
        if prev == ",":
            return True
        return prev in MARKS and k > 1 and s.tokens[k - 2].text == ","

    def _in_clause(self, s: Sentence, k: int, word: str, forward_only: bool = False) -> bool:
        toks = s.tokens
        j = k + 1
        while j < len(toks) and toks[j].text not in CLAUSE_BREAKS and j - k <= 25:
            if toks[j].text.lower() == word and not s.quoted[j]:
                return True
            j += 1
        if forward_only:
            return False
        j = k - 1
        while j >= 0 and toks[j].text not in CLAUSE_BREAKS and k - j <= 25:
            if toks[j].text.lower() == word and not s.quoted[j]:
                return True
            j -= 1
        return False

    def _np_end(self, s: Sentence, j: int) -> int:
        """End (exclusive token index) of a noun phrase starting at ``j``; ``j`` if none."""
        toks, lex = s.tokens, self.lex
        i = j
        determiner = toks[i].text.lower() in lex.determiners
        if determiner:
            i += 1
        noun = False
        while i < len(toks) and not s.quoted[i]:
            word = toks[i].text
            if word in lex.skip_after_cue_capital or (i == j and self._function_word(word)):
                break  # am Freitag, Inzwischen: no names
            if word[0].isupper():
                noun = True
                i += 1
            elif not noun and determiner and self._adjective(word):
                i += 1
            elif noun and determiner and word in ("des", "der") and i + 1 < len(toks):
                i += 1  # genitive: der Sprecher des Ministeriums
            else:
                break
        return i if noun else j

    def _adjective(self, word: str) -> bool:
        lex = self.lex
        return (
            word.islower()
            and len(word) > 2
            and word.endswith(("e", "en", "er", "es", "em"))
            and word not in lex.case_prepositions
            and word not in lex.conjunctions
            and word not in lex.determiners
        )

    def _function_word(self, word: str) -> bool:
        low = word.lower()
        lex = self.lex
        return low in lex.conjunctions or low in lex.subordinators or low in lex.skip_after_cue

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.mention_starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            found.append(self.mentions[i])
            i += 1
        return found

    def _token_before(self, s: Sentence, pos: int) -> str | None:
        previous = None
        for token in s.tokens:
            if token.start >= pos:
                return previous
            previous = token.text
        return previous

    def _in_timex(self, pos: int) -> bool:
        i = bisect.bisect_right(self.timexes, (pos, 1 << 60)) - 1
        return i >= 0 and self.timexes[i][0] <= pos < self.timexes[i][1]

    @staticmethod
    def _argument(m: Mention) -> Argument:
        return Argument(m.name or m.text, m.country, m.entity_id, m.kind, (m.start, m.end))
