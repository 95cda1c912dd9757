"""Direct and indirect quotations with their speakers, cues and spans.

One pass over the sentences, in order, so that a pronoun (``sagte er``), a role
phrase (``sagte der Minister``) or a reported-speech continuation in
Konjunktiv I can refer back to speakers found earlier:

1. cues (``sagte``, ``teilte ... mit``, ``laut``, ``X zufolge``, ``so X``,
   ``nach Angaben von X``) yield reports: a speaker and, where the sentence
   has one, a message clause (indirect speech);
2. quotation marks yield direct quotes, attributed by the cue right after
   them (``„…“, sagte X``), the report whose message holds them, or the cue
   before them (``X sagte: „…“``, ``sprach von «…»``);
3. a sentence in Konjunktiv I right after a report continues it.

Speakers come from the actor stage's mentions; without a mention the noun
phrase itself is the speaker, and pronouns and role nouns refer back to the
last person named.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from detente.document import Argument, Document, Mention, Quote, Token
from detente.quotes.lexicon import Lexicon, VerbCue, lexicon
from detente.quotes.marks import MARKS, QuoteMarks, find_quote_marks

if TYPE_CHECKING:
    from detente.pipeline import Resources

CLAUSE_BREAKS = frozenset(",;:()–—")
SENTENCE_FINAL = ".!?…" + "\"“”»«'’"
TRIM = " \t\n,.;:–—-"
TRIM_DIRECT = " \t\n,;:–—-"  # a quoted sentence keeps its full stop
KIND_PREFERENCE = {"person": 0, "organisation": 1, "group": 2, "country": 3, "place": 4}
OBJECT_WORDS = frozenset(
    ["dem", "den", "einem", "einen", "es", "sich", "man", "uns", "ihm", "ihnen"]
)
WORD_RE = re.compile(r"\w+")


@dataclass(slots=True)
class Cue:
    index: int  # token index in the sentence
    kind: str  # verb | laut | zufolge | so | nach
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


class QuoteFinder:
    """The state of one document's analysis; build, call ``run()``, read the quotes."""

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

    # ---- layout -------------------------------------------------------------

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

    # ---- the pass -----------------------------------------------------------

    def run(self) -> list[Quote]:
        closing: dict[int, list[QuoteMarks]] = {}
        for mark in self.marks:
            closing.setdefault(self.sentence_at(mark.close), []).append(mark)
        chain: Argument | None = None
        for sentence in self.sentences:
            self._reports(sentence)
            said = any(r.message for r in sentence.reports)
            if not said and chain is not None and self._continues(sentence):
                span = self._trim(sentence.start, sentence.end)
                sentence.reports.append(Report(sentence.index, chain, None, span))
            for mark in closing.get(sentence.index, ()):
                self._direct(sentence, mark, chain)
            for report in sentence.reports:
                unnamed = (
                    report.cue is not None
                    and report.cue.verb is not None
                    and report.cue.verb.impersonal
                )
                if (
                    report.message
                    and (report.speaker or unnamed)
                    and self.quoted_share(*report.message) < 0.8
                ):
                    self._add(report.message, False, report.speaker, report.cue, partial=False)
            chain = self._chain_after(sentence, chain)
        return self._finish()

    def _chain_after(self, sentence: Sentence, chain: Argument | None) -> Argument | None:
        if self.body[sentence.end - 1] not in SENTENCE_FINAL:
            return None  # a headline ends the reported speech
        speakers = [r.speaker for r in sentence.reports if r.speaker and r.message]
        return speakers[-1] if speakers else None

    def _continues(self, sentence: Sentence) -> bool:
        """Konjunktiv I outside quotes and no first person: reported speech goes on."""
        free = [t.text for t, q in zip(sentence.tokens, sentence.quoted, strict=True) if not q]
        if len(free) < 3 or self.body[sentence.end - 1] not in SENTENCE_FINAL:
            return False
        if any(w in ("ich", "Ich") for w in free):
            return False
        return any(w in self.lex.konjunktiv1 for w in free)

    # ---- cues ---------------------------------------------------------------

    def _cues(self, s: Sentence) -> list[Cue]:
        cues = []
        for k in range(len(s.tokens)):
            if not s.quoted[k] and (cue := self._cue(s, k)):
                cues.append(cue)
        return cues

    def _cue(self, s: Sentence, k: int) -> Cue | None:
        toks, word = s.tokens, s.tokens[k].text
        low = word.lower()
        span = (toks[k].start, toks[k].end)
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if low in ("laut", "gemäß") and self._starts_phrase(nxt):
            return Cue(k, "laut", word, span, speaker_from=k + 1)
        if low == "zufolge" and k > 0:
            return Cue(k, "zufolge", word, span)
        if low == "so" and k > 0 and self._after_comma(s, k) and self._starts_phrase(nxt):
            return Cue(k, "so", word, span, speaker_from=k + 1)
        if low == "nach":
            return self._nach_cue(s, k)
        if word[0].isupper() and k > 0:
            return None
        for verb in self.lex.verbs.get(low, ()):
            if verb.particle and not self._in_clause(s, k, verb.particle, forward_only=True):
                continue
            if verb.needs and not self._in_clause(s, k, verb.needs):
                continue
            text = f"{word} {verb.particle}" if verb.particle else word
            return Cue(k, "verb", text, span, verb=verb)
        return None

    def _nach_cue(self, s: Sentence, k: int) -> Cue | None:
        """``nach Angaben von X``, ``nach den Worten Xs``, ``nach US-Angaben``."""
        toks = s.tokens
        j = k + 1
        if j < len(toks) and toks[j].text in ("den", "eigenen"):
            j += 1
        if j >= len(toks):
            return None
        noun = toks[j].text
        head = noun.rsplit("-", 1)[-1]
        if head not in self.lex.nach_nouns:
            return None
        span = (toks[k].start, toks[j].end)
        text = self.body[span[0] : span[1]]
        if "-" in noun:  # nach US-Angaben: the speaker is inside the word
            return Cue(k, "nach", text, span, speaker_from=j)
        nxt = j + 1
        if nxt < len(toks) and toks[nxt].text == "von":
            nxt += 1
        return Cue(k, "nach", text, span, speaker_from=nxt)

    def _starts_phrase(self, word: str) -> bool:
        return bool(word) and (
            word[0].isupper()
            or word in self.lex.determiners
            or word in self.lex.pronouns
            or word in '„“«»"'
        )

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

    # ---- reports (indirect speech) -----------------------------------------

    def _reports(self, s: Sentence) -> None:
        cues = self._cues(s)
        taken: list[tuple[int, int]] = []
        # Clause-final attributions and prepositional cues first: "..., sagte X", "laut X".
        for cue in cues:
            message = self._final_message(s, cue)
            if message is not None or cue.kind != "verb":
                self._report(s, cue, message, taken)
        for cue in cues:
            if cue.kind != "verb" or any(a <= cue.span[0] < b for a, b in taken):
                continue
            if any(r.cue is cue for r in s.reports):
                continue
            self._report(s, cue, self._following_message(s, cue), taken)
        if not any(r.message for r in s.reports):
            self._colon_frame(s)

    def _colon_frame(self, s: Sentence) -> None:
        """``X hält dagegen: Wer ..., laufe Gefahr``: reported speech after a colon."""
        toks = s.tokens
        for k, token in enumerate(toks):
            if token.text != ":" or s.quoted[k] or k + 1 >= len(toks):
                continue
            rest = [t.text for t, q in zip(toks[k + 1 :], s.quoted[k + 1 :], strict=True) if not q]
            if not any(w in self.lex.konjunktiv1 for w in rest):
                return
            speaker = self._subject_before(s, 0, k) or self._name_before(s, 0, k)
            if speaker is not None:
                message = self._trim(toks[k + 1].start, s.end)
                s.reports.append(Report(s.index, speaker, None, message))
            return

    def _report(
        self, s: Sentence, cue: Cue, message: tuple[int, int] | None, taken: list[tuple[int, int]]
    ) -> None:
        speaker = self.speaker(s, cue)
        if message is not None:
            message = self._trim(*message)
            if message[1] - message[0] < 3:
                message = None
        s.reports.append(Report(s.index, speaker, cue, message))
        if message:
            taken.append(message)

    def _final_message(self, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        """Message before the cue (``MSG, sagte X``, ``MSG, so X``) or around a prepositional cue."""
        toks, k = s.tokens, cue.index
        if cue.kind in ("laut", "zufolge", "nach"):
            return self._around(s, cue)
        if cue.kind == "so" and self._clause_end(s, k) < s.end - 1:
            return (s.start, s.end)  # "Der Plan sei, so X, gescheitert"
        if cue.kind == "so" or (cue.kind == "verb" and k > 1 and self._inverted(s, k)):
            comma = k - 1 if toks[k - 1].text == "," else k - 2
            return (s.start, toks[comma].start) if comma > 0 else None
        if cue.kind == "verb" and self._wie_clause(s, cue) is not None:
            return self._around(s, cue)
        return None

    def _inverted(self, s: Sentence, k: int) -> bool:
        """``MSG, sagte X``: after a comma with its subject after it (not ``X, die Sprecherin, sagte``)."""
        return self._after_comma(s, k) and self._phrase_after(s, k + 1, skip=True) is not None

    def _wie_clause(self, s: Sentence, cue: Cue) -> int | None:
        """Index of ``wie`` when the cue closes a clause ``wie X (...) mitteilte``."""
        toks, k = s.tokens, cue.index
        after = k + 1
        if after < len(toks) and cue.verb and toks[after].text == cue.verb.particle:
            after += 1
        if after < len(toks) and toks[after].text not in (",", ".", "!", "?"):
            return None
        for j in range(k - 1, max(k - 30, -1), -1):
            word = toks[j].text
            if word in (".", "!", "?") or s.quoted[j]:
                return None
            if word in ("wie", "Wie") and (j == 0 or toks[j - 1].text == ","):
                return j
        return None

    def _around(self, s: Sentence, cue: Cue) -> tuple[int, int]:
        """The sentence without the cue phrase where that phrase opens or closes it."""
        toks = s.tokens
        first, last = self._cue_phrase(s, cue)
        if first == 0 and last + 1 < len(toks):
            return (toks[last + 1].start, s.end)
        if last >= len(toks) - 2 and first > 0:
            return (s.start, toks[first - 1].end if first > 0 else s.start)
        return (s.start, s.end)

    def _cue_phrase(self, s: Sentence, cue: Cue) -> tuple[int, int]:
        """First and last token of ``laut X``, ``X zufolge``, ``wie X sagte``."""
        k = cue.index
        if cue.kind in ("laut", "nach"):
            end = self._np_end(s, cue.speaker_from)
            return k, max(end - 1, cue.speaker_from)
        if cue.kind == "zufolge":
            j = k - 1
            while j > 0 and s.tokens[j - 1].text not in CLAUSE_BREAKS and k - j < 5:
                j -= 1
            return j, k
        wie = self._wie_clause(s, cue)
        lo = self._clause_start(s, k) if wie is None else wie
        last = k + 1 if k + 1 < len(s.tokens) and s.tokens[k + 1].text not in CLAUSE_BREAKS else k
        return max(lo - 1, 0) if lo > 0 else 0, last

    def _following_message(self, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        """``X sagte: MSG``, ``X sagte, (dass) MSG``, ``X sprach von MSG``."""
        toks, k = s.tokens, cue.index
        verb = cue.verb
        prep = verb.needs or verb.prep if verb else None
        j = k + 1
        while j < len(toks):
            text = toks[j].text
            if s.quoted[j]:
                j += 1
                continue
            if text == ":":
                return (toks[j].start + 1, s.end)
            if text == ",":
                return self._clause_message(s, j)
            if prep and text.lower() == prep:
                return (toks[j].start, self._clause_end(s, j))
            j += 1
        if prep:  # participle at the end: "zu ... aufgerufen", the first "zu" of the clause
            lo = self._clause_start(s, k)
            for i in range(lo, k):
                if toks[i].text.lower() == prep and not s.quoted[i]:
                    return (toks[i].start, toks[k].start)
        return None

    def _clause_message(self, s: Sentence, comma: int) -> tuple[int, int] | None:
        toks = s.tokens
        if comma + 1 >= len(toks):
            return None
        first = toks[comma + 1].text
        if first.lower() in self.lex.subordinators:
            return (toks[comma + 1].start, s.end)
        konjunktiv = self.lex.konjunktiv1 | self.lex.konjunktiv2
        if any(t.text in konjunktiv for t in toks[comma + 1 :]):
            return (toks[comma + 1].start, s.end)
        if self._zu_infinitive(s, comma + 1):  # warf ihm vor, gelogen zu haben
            return (toks[comma + 1].start, s.end)
        return None

    def _zu_infinitive(self, s: Sentence, j: int) -> bool:
        """The clause from ``j`` ends in an infinitive with zu (``zu haben``, ``einzuhalten``)."""
        toks = s.tokens
        end = j
        while end < len(toks) and (s.quoted[end] or toks[end].text not in CLAUSE_BREAKS):
            end += 1
        words = [t.text for t in toks[j:end] if t.text[0].isalpha()]
        if len(words) < 2:
            return False
        last = words[-1]
        return last.islower() and last.endswith("n") and (words[-2] == "zu" or "zu" in last[2:-3])

    def _clause_end(self, s: Sentence, j: int) -> int:
        toks = s.tokens
        while j < len(toks) and (s.quoted[j] or toks[j].text not in CLAUSE_BREAKS):
            j += 1
        return toks[j].start if j < len(toks) else s.end

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

    def _clause_opener(self, s: Sentence, k: int) -> str:
        lo = self._clause_start(s, k)
        return s.tokens[lo].text if lo < k else ""

    def _trim(self, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
        while start < end and self.body[start] in chars:
            start += 1
        while end > start and self.body[end - 1] in chars:
            end -= 1
        return start, end

    # ---- speakers -----------------------------------------------------------

    def speaker(self, s: Sentence, cue: Cue) -> Argument | None:
        k = cue.index
        if cue.kind == "nach" and cue.speaker_from < len(s.tokens):
            inside = s.tokens[cue.speaker_from]
            if inside.end == cue.span[1]:  # nach US-Angaben: only a mention inside the word
                mentions = self._mentions_in(inside.start, inside.end)
                return self._argument(mentions[0]) if mentions else None
        if cue.kind == "nach" and " eigenen " in f" {cue.text} ":  # the subject's own words
            lo = self._clause_start(s, k)
            return (
                self._subject_before(s, lo, k)
                or self._phrase_after(s, cue.speaker_from, skip=True)
                or self._name_before(s, lo, k)
            )
        if cue.kind in ("laut", "so", "nach"):
            return self._phrase_after(s, cue.speaker_from, skip=False)
        if cue.kind == "zufolge":
            return self._phrase_before(s, k)
        if cue.verb and cue.verb.impersonal:
            return self._impersonal(s, k)
        wie = self._wie_clause(s, cue)
        lo = self._clause_start(s, k) if wie is None else wie + 1
        found = (
            self._subject_before(s, lo, k)
            or self._phrase_after(s, k + 1, skip=True)
            or self._name_before(s, lo, k)
        )
        if found is None and lo > 0:  # "Anna Berg, die Sprecherin, sagte": the sentence subject
            found = self._subject_before(s, 0, k) or self._name_before(s, 0, k)
        return found

    def _impersonal(self, s: Sentence, k: int) -> Argument | None:
        """``heißt es aus dem Ministerium``: the source follows aus/in/von."""
        toks = s.tokens
        for j in range(k + 1, min(k + 5, len(toks))):
            if toks[j].text in ("aus", "in", "von", "seitens", "im"):
                return self._phrase_after(s, j + 1, skip=False)
        return None

    def _subject_before(self, s: Sentence, lo: int, hi: int) -> Argument | None:
        """A mention or pronoun between the clause start and the cue, not inside a PP."""
        if lo >= hi:
            return None
        toks = s.tokens
        candidates = []
        for m in self._mentions_in(toks[lo].start, toks[hi - 1].end):
            if self.in_quote(m.start):
                continue
            before = self._token_before(s, m.start)
            if before is not None and before.lower() in self.lex.case_prepositions:
                continue
            candidates.append(m)
        if candidates:
            best = min(candidates, key=lambda m: KIND_PREFERENCE.get(m.kind, 9))
            return self._argument(best)
        for j in range(lo, hi):
            if s.quoted[j] or toks[j].text.lower() not in self.lex.pronouns:
                continue
            if j > lo and toks[j - 1].text.lower() in self.lex.case_prepositions:
                continue
            return self._pronoun(s, toks[j])
        return None

    def _name_before(self, s: Sentence, lo: int, hi: int) -> Argument | None:
        """A noun phrase opening the clause (``Hartmut Lierow sagte``, ``Der Sprecher sagte``)."""
        toks = s.tokens
        j = lo
        while j < hi and not s.quoted[j] and self._function_word(toks[j].text):
            j += 1
        if j >= hi or s.quoted[j]:
            return None
        if toks[j].text.lower() in self.lex.case_prepositions:
            return None
        end = self._np_end(s, j)
        return self._fallback(s, j, end) if end > j else None

    def _function_word(self, word: str) -> bool:
        low = word.lower()
        lex = self.lex
        return low in lex.conjunctions or low in lex.subordinators or low in lex.skip_after_cue

    def _phrase_before(self, s: Sentence, k: int) -> Argument | None:
        """The phrase right before ``zufolge``."""
        toks = s.tokens
        if k == 0:
            return None
        end = toks[k - 1].end
        mentions = [m for m in self._mentions_in(toks[k - 1].start, end) if m.end == end]
        if mentions:
            return self._argument(mentions[-1])
        j = k - 1
        while j > 0 and toks[j - 1].text not in CLAUSE_BREAKS and k - j < 5:
            if toks[j - 1].text.lower() in self.lex.case_prepositions:
                break
            j -= 1
        return self._fallback(s, j, k)

    def _phrase_after(self, s: Sentence, j: int, skip: bool) -> Argument | None:
        toks = s.tokens
        if skip:
            j = self._skip_adverbials(s, j)
        if j >= len(toks):
            return None
        token = toks[j]
        if s.quoted[j]:  # laut „Reuters“: a quoted name
            mark = self.mark_at(token.start)
            if skip or mark is None or mark.open != token.start:
                return None
            start, end = self._trim(*mark.content)
            return Argument(self.body[start:end], None, None, "organisation", (start, end))
        low = token.text.lower()
        if low in self.lex.pronouns:
            return self._pronoun(s, token)
        if (skip and low in OBJECT_WORDS) or not token.text[0].isalnum():
            return None
        end = self._np_end(s, j)
        if end == j:  # nach US-Angaben: a mention inside one word
            mentions = self._mentions_in(token.start, token.end)
            return self._argument(mentions[0]) if mentions else None
        mentions = self._mentions_in(token.start, toks[end - 1].end)
        if mentions:
            return self._argument(min(mentions, key=lambda m: KIND_PREFERENCE.get(m.kind, 9)))
        return self._fallback(s, j, end)

    def _skip_adverbials(self, s: Sentence, j: int) -> int:
        toks, lex = s.tokens, self.lex
        while j < len(toks) and not s.quoted[j]:
            token = toks[j]
            low = token.text.lower()
            if self._in_timex(token.start):
                j += 1
            elif low in lex.case_prepositions:
                if j + 1 < len(toks) and toks[j + 1].text in lex.skip_after_cue_capital:
                    j += 2
                    if j + 1 < len(toks) and toks[j].text in ("des", "der"):
                        j += 2
                else:
                    break
            elif low in lex.skip_after_cue and token.text[0].islower():
                j += 1
            else:
                break
        return j

    def _in_timex(self, pos: int) -> bool:
        i = bisect.bisect_right(self.timexes, (pos, 1 << 60)) - 1
        return i >= 0 and self.timexes[i][0] <= pos < self.timexes[i][1]

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

    def _fallback(self, s: Sentence, j: int, end: int) -> Argument | None:
        """A speaker phrase without a mention: role nouns refer back, names stand for themselves."""
        toks = s.tokens
        span = (toks[j].start, toks[end - 1].end)
        determiner = toks[j].text.lower() in self.lex.determiners
        words = [t.text for t in toks[j + determiner : end]]
        heads = [w for w in words if w[0].isupper()]
        if not heads:
            return None
        if self.lex.is_role_noun(heads[0]) and (determiner or len(heads) == 1):
            antecedent = self._last_speaker(s) or self._antecedent(s, span[0])
            if antecedent:
                return dataclasses.replace(antecedent, span=span)
        name_start = toks[j + determiner].start
        kind = "group" if determiner else "person"
        return Argument(self.body[name_start : span[1]], None, None, kind, span)

    def _pronoun(self, s: Sentence, token: Token) -> Argument | None:
        antecedent = self._antecedent(s, token.start)
        if antecedent is None:
            return None
        return dataclasses.replace(antecedent, span=(token.start, token.end))

    def _antecedent(self, s: Sentence, pos: int) -> Argument | None:
        """The person a pronoun or role noun at ``pos`` refers to: the subject nearby."""
        same = [
            m
            for m in self._mentions_in(s.start, pos)
            if m.kind == "person" and not self.in_quote(m.start)
        ]
        if same:
            return self._argument(same[0])
        for index in range(s.index - 1, max(s.index - 5, -1), -1):
            previous = self.sentences[index]
            speakers = [
                r.speaker for r in previous.reports if r.speaker and r.speaker.kind == "person"
            ]
            if speakers:
                return speakers[-1]
            persons = [
                m
                for m in self._mentions_in(previous.start, previous.end)
                if m.kind == "person" and not self.in_quote(m.start)
            ]
            if persons:
                return self._argument(persons[0])
        return None

    def _last_speaker(self, s: Sentence, window: int = 6) -> Argument | None:
        """A role noun (``der Minister``, ``der Amerikaner``) names the person quoted last."""
        for index in range(s.index, max(s.index - window, -1), -1):
            for report in reversed(self.sentences[index].reports):
                if report.speaker and report.speaker.kind == "person":
                    return report.speaker
        return None

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

    @staticmethod
    def _argument(m: Mention) -> Argument:
        return Argument(m.name or m.text, m.country, m.entity_id, m.kind, (m.start, m.end))

    # ---- direct quotes ------------------------------------------------------

    def _direct(self, s: Sentence, mark: QuoteMarks, chain: Argument | None) -> None:
        start, end = self._trim(*mark.content, chars=TRIM_DIRECT)
        if end - start < 2:
            return
        text = self.body[start:end]
        words = WORD_RE.findall(text)
        cue_after = self._cue_after(s, mark)
        opener = self.sentences[self.sentence_at(mark.open)]
        cue_before = self._cue_before(opener, mark)
        partial = self._partial(text, mark, opener, cue_after)
        if self._title(text, words, mark, opener) or (
            partial and not self._quotation(words, cue_before, mark, opener)
        ):
            return
        speaker, cue = None, None
        if cue_after is not None:
            speaker, cue = self.speaker(s, cue_after), cue_after
        if speaker is None and partial:
            speaker, cue = self._covering(s, start)
        if speaker is None and cue_before is not None:
            speaker, cue = self.speaker(opener, cue_before), cue_before
        if speaker is None and not partial and chain is not None and cue is None:
            speaker = chain
        if self._continues_quote(mark, cue_before):
            self._merge(start, end)
        else:
            self._add((start, end), True, speaker, cue, partial)
        self.last_direct = (len(self.quotes) - 1, mark)
        if not partial and speaker is not None:
            s.reports.append(Report(s.index, speaker, cue, (start, end)))

    def _continues_quote(self, mark: QuoteMarks, cue_before: Cue | None) -> bool:
        """``„Es war gut“, sagte X, „und wir machen weiter.“``: the second part of one quote."""
        if self.last_direct is None or cue_before is None:
            return False
        index, previous = self.last_direct
        between = self.body[previous.close + 1 : mark.open].strip()
        quote = self.quotes[index][0]
        return (
            quote.speaker is not None
            and quote.cue_span == cue_before.span
            and between[:1] == ","
            and between[-1:] in (",", ":")
            and len(between) <= 100
            and not any(c in between for c in ".!?")
        )

    def _merge(self, start: int, end: int) -> None:
        """One quote for both parts; its text joins them with an ellipsis in brackets."""
        index = len(self.quotes) - 1 if self.last_direct is None else self.last_direct[0]
        first, partial = self.quotes[index]
        text = f"{first.text} […] {self.body[start:end]}"
        self.quotes[index] = (dataclasses.replace(first, end=end, text=text), partial)

    def _partial(
        self, text: str, mark: QuoteMarks, opener: Sentence, cue_after: Cue | None
    ) -> bool:
        """A few words embedded in a sentence rather than a quoted sentence of its own."""
        if not (text[0].isupper() or text[0].isdigit()):
            return True
        if text[-1] in ".!?…" or cue_after is not None:
            return False
        before = self.body[opener.start : mark.open].rstrip()
        return not before.endswith(":")

    def _previous_word(self, mark: QuoteMarks, opener: Sentence) -> str:
        before = self.body[max(opener.start, mark.open - 40) : mark.open].split()
        return before[-1] if before else ""

    def _title(self, text: str, words: list[str], mark: QuoteMarks, opener: Sentence) -> bool:
        """A name: after a title noun (die Zeitung „Neue Welt“, der Sender «Mir») or a
        definite article (die „Bild am Sonntag“), capitalised and without a full stop."""
        previous = self._previous_word(mark, opener)
        if previous.rsplit("-", 1)[-1] in self.lex.title_nouns:
            return True
        if previous.lower() not in self.lex.definite or text[-1] in ".!?…" or len(words) > 5:
            return False
        return words[0][0].isupper() and all(w[0].isupper() or len(w) <= 5 for w in words)

    def _quotation(
        self, words: list[str], cue: Cue | None, mark: QuoteMarks, opener: Sentence
    ) -> bool:
        """Whether a partial quote is speech rather than a name or scare quote."""
        if len(words) < 2:  # one word only as a label someone gave: nannte es „absurd“
            previous = self._previous_word(mark, opener)
            near = cue is not None and mark.open - cue.span[1] <= 40
            return near or (cue is not None and previous.lower() in ("von", "als", ":"))
        capitalised = all(w[0].isupper() or w[0].isdigit() for w in words)
        return not (capitalised and len(words) <= 6)

    def _cue_after(self, s: Sentence, mark: QuoteMarks) -> Cue | None:
        """``„…“, sagte X`` / ``„…“, so X``: a cue right after the closing mark."""
        sentence, j = s, self._index_after(s, mark.close)
        if j is None:  # the sentence ended with the quote: "„Warum?“ fragte er."
            following = s.index + 1
            if following >= len(self.sentences):
                return None
            sentence, j = self.sentences[following], 0
            if not sentence.tokens[0].text[0].islower():
                return None
        toks = sentence.tokens
        if j < len(toks) and toks[j].text == ",":
            j += 1
        elif self.body[mark.close - 1] not in ",.!?…":
            return None  # "zu einer „Wende“ aufgerufen": the verb belongs to the sentence
        if j >= len(toks) or sentence.quoted[j]:
            return None
        cue = self._cue(sentence, j)
        if cue is not None and cue.kind in ("verb", "so") and sentence is not s:
            return None  # keep it simple: cues in the next sentence only with this sentence
        return cue if cue is not None and cue.kind in ("verb", "so") else None

    def _index_after(self, s: Sentence, pos: int) -> int | None:
        for j, token in enumerate(s.tokens):
            if token.start > pos:
                return j
        return None

    def _cue_before(self, s: Sentence, mark: QuoteMarks) -> Cue | None:
        """The last cue in the sentence before the opening mark (``X sagte: „…“``)."""
        found = None
        for k, token in enumerate(s.tokens):
            if token.start >= mark.open:
                break
            if not s.quoted[k] and (cue := self._cue(s, k)) and cue.kind == "verb":
                found = cue
        return found

    def _covering(self, s: Sentence, pos: int) -> tuple[Argument | None, Cue | None]:
        """The report whose message holds ``pos``, else any report of the sentence."""
        reports = [r for r in s.reports if r.speaker]
        for r in reports:
            if r.message and r.message[0] <= pos < r.message[1]:
                return r.speaker, r.cue
        if reports:
            return reports[0].speaker, reports[0].cue
        return None, None

    # ---- output -------------------------------------------------------------

    def _add(
        self,
        span: tuple[int, int],
        direct: bool,
        speaker: Argument | None,
        cue: Cue | None,
        partial: bool,
    ) -> None:
        quote = Quote(
            start=span[0],
            end=span[1],
            text=self.body[span[0] : span[1]],
            direct=direct,
            speaker=speaker,
            cue=cue.text if cue else None,
            cue_span=cue.span if cue else None,
        )
        self.quotes.append((quote, partial))

    def _finish(self) -> list[Quote]:
        """Lend a repeated quote the speaker found for it elsewhere; drop unattributed fragments."""
        by_text = {q.text.casefold(): q for q, _ in self.quotes if q.direct and q.speaker}
        kept = []
        seen = set()
        for quote, partial in self.quotes:
            if quote.speaker is None and (twin := by_text.get(quote.text.casefold())):
                quote = dataclasses.replace(
                    quote, speaker=twin.speaker, cue=twin.cue, cue_span=twin.cue_span
                )
            if quote.speaker is None and (partial or (not quote.direct and quote.cue is None)):
                continue
            key = (quote.start, quote.end, quote.direct)
            if key not in seen:
                seen.add(key)
                kept.append(quote)
        return sorted(kept, key=lambda q: (q.start, q.end))


def extract_quotes(doc: Document, resources: Resources | None = None) -> Document:
    """The quotes stage: direct and indirect quotations with speakers (pure)."""
    if not doc.body:
        return doc.with_(quotes=())
    return doc.with_(quotes=tuple(QuoteFinder(doc, lexicon()).run()))
