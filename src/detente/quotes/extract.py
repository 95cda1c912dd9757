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
3. a sentence in Konjunktiv I (or a strong Konjunktiv II standing for it: ``lägen``)
   right after a report continues it; right after a sentence opened by a person
   (``X lehnte den Plan ab. Er lenke nur ab.``) it is that person's stance.

An interrupted quote (``„Es war gut“, sagte X, „und wir machen weiter.“``)
is one quote: its span covers both parts, its text joins them with `` […] ``.
Partial quotes without a speaker (scare quotes) and names in quotation marks
(``die Zeitung „Neue Welt“``) are left out. Quotes come in text order.

Speakers come from the actor stage's mentions; without a mention the noun
phrase itself is the speaker, and pronouns and role nouns refer back to the
last person named.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from detente.document import Argument, Document, Quote
from detente.quotes.layout import (
    CLAUSE_BREAKS,
    SENTENCE_FINAL,
    TRIM_DIRECT,
    WORD_RE,
    Cue,
    Report,
    Sentence,
)
from detente.quotes.lexicon import lexicon
from detente.quotes.marks import QuoteMarks
from detente.quotes.speakers import Speakers

if TYPE_CHECKING:
    from detente.pipeline import Resources

PURPOSE = frozenset(["um", "ohne", "statt", "anstatt"])
OBJECT_PRONOUNS = frozenset(["es", "ihn", "sie", "ihm", "dies", "diese", "dieses", "diesen", "das"])
INDEFINITE = frozenset(["ein", "eine", "einen"])
NEGATIONS = frozenset(["nicht", "nie", "niemals", "kaum"])
COORDINATORS = frozenset(["und", "aber", "doch", "sondern", "denn", "oder"])
RELATIVE_PRONOUNS = frozenset(
    ["der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches"]
)


class QuoteFinder(Speakers):
    """One document's analysis: build it, call ``run()``, get the quotes."""

    def run(self) -> list[Quote]:
        closing: dict[int, list[QuoteMarks]] = {}
        for mark in self.marks:
            closing.setdefault(self.sentence_at(mark.close), []).append(mark)
        chain: Argument | None = None
        chains: list[Argument | None] = []  # the speaker reported speech continues, per sentence
        for sentence in self.sentences:
            self._reports(sentence)
            said = any(r.message for r in sentence.reports if not _noun(r))
            chains.append(chain)
            if not said and self._continues(sentence):
                reported, speaker = (True, chain) if chain else self._recent_source(sentence)
                if not reported:
                    speaker = self._stance_holder(sentence)
                    reported = speaker is not None
                if reported:
                    # "X sagte, ... . Russland sei bereit, ...": the noun or adjective is part of it
                    sentence.reports = [r for r in sentence.reports if not _noun(r)]
                    span = self._trim(sentence.start, sentence.end)
                    report = Report(sentence.index, speaker, None, span, speaker is None)
                    sentence.reports.append(report)
            for mark in closing.get(sentence.index, ()):
                self._direct(sentence, mark, chains[self.sentence_at(mark.open)])
            for report in sentence.reports:
                unnamed = report.unnamed or (
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
        """Konjunktiv I outside quotes, or reportative ``soll ... haben``, and no first
        person: reported speech goes on."""
        free = [t.text for t, q in zip(sentence.tokens, sentence.quoted, strict=True) if not q]
        if len(free) < 3 or self.body[sentence.end - 1] not in SENTENCE_FINAL:
            return False
        if any(w in ("ich", "Ich") for w in free):
            return False
        if any(w in self.lex.reported_mood for w in free) or free[0] == "Demnach":
            return True
        if self._pronoun_konjunktiv(free[0], free[1]):
            return True
        return any(w in ("soll", "sollen") for w in free) and free[-2] in ("haben", "sein")

    def _pronoun_konjunktiv(self, first: str, second: str) -> bool:
        """``Er lenke ...``, ``Sie bleibe ...``: a singular pronoun, then a verb in -e
        (the indicative would end in -t; the past ends in -te), for verbs the lexicon
        does not list."""
        return (
            first in ("Er", "Sie", "Es")
            and second.isalpha()
            and second.islower()
            and second.endswith("e")
            and not second.endswith("te")  # "Er dankte": past tense
            and second not in self.lex.not_verbs_after_pronoun
        )

    def _stance_holder(self, sentence: Sentence) -> Argument | None:
        """``X lehnte den Plan ab. Er lenke nur ab.``: Konjunktiv I with no report before
        gives the stance of the person the sentence before opens with."""
        if sentence.index == 0:
            return None
        previous = self.sentences[sentence.index - 1]
        if self.body[previous.end - 1] != "." or any(previous.quoted):
            return None
        return self._sentence_subject(previous) or self._apposition(previous)

    def _recent_source(self, sentence: Sentence) -> tuple[bool, Argument | None]:
        """Whether one of the two sentences before reports speech, and by whom (the
        continuation of ``nach Angaben der Polizei``, ``hieß es``, passive reports)."""
        between: set[str] = set()  # persons named in the sentences in between
        for index in range(sentence.index - 1, max(sentence.index - 3, -1), -1):
            previous = self.sentences[index]
            reports = [r for r in previous.reports if r.message]
            if reports:
                speaker = reports[-1].speaker
                if between and (speaker is None or speaker.name not in between):
                    break  # "Dann sprach Y.": someone else's turn
                return True, speaker
            between |= {m.name or m.text for m in self._persons_in(previous)}
        return False, None

    def _reports(self, s: Sentence) -> None:
        cues = self._cues(s)
        if any(s.quoted) and any(c.kind == "verb" for c in cues):  # "X sagte laut Y: „…“"
            cues = [c for c in cues if c.kind in ("verb", "so")]
        taken: list[tuple[int, int]] = []
        # Clause-final attributions and prepositional cues first: "..., sagte X", "laut X".
        for cue in cues:
            if cue.kind == "noun":
                continue
            message = self._final_message(s, cue)
            if message is not None or cue.kind != "verb":
                # "Laut X hat Y angekündigt, ...": X's report holds Y's, which is found next
                nested = self._source_of_speech_verb(s, cue, cues)
                self._report(s, cue, message, [] if nested else taken)
        for kind in ("verb", "noun"):  # then "X sagte, ...", then "die Forderung, ..."
            for cue in cues:
                if cue.kind != kind or any(a <= cue.span[0] < b for a, b in taken):
                    continue
                if any(r.cue is cue for r in s.reports):
                    continue
                message = self._following_message(s, cue)
                if message is not None or kind == "verb":
                    self._report(s, cue, message, taken)
        if not any(r.message for r in s.reports):
            self._colon_frame(s)
        if not any(r.message for r in s.reports):
            self._previous_as_message(s)

    def _source_of_speech_verb(self, s: Sentence, cue: Cue, cues: list[Cue]) -> bool:
        """``X sagte nach chinesischen Angaben, ...``, ``Laut X hat Y angekündigt, ...``: a
        source phrase in the clause of a speech verb with its own subject and message."""
        if cue.kind not in ("laut", "nach", "zufolge"):
            return False
        for verb in cues:
            if verb.kind != "verb" or (verb.verb is not None and verb.verb.impersonal):
                continue
            lo, hi = sorted((verb.index, cue.index))
            if any(s.tokens[j].text in CLAUSE_BREAKS and not s.quoted[j] for j in range(lo, hi)):
                continue
            if self._passive(s, verb.index) or self._following_message(s, verb) is None:
                continue
            speaker = self.speaker(s, verb)
            first, last = self._cue_phrase(s, cue)
            phrase = (s.tokens[first].start, s.tokens[last].end)
            if speaker is not None and not phrase[0] <= speaker.span[0] < phrase[1]:
                return True
        return False

    def _previous_as_message(self, s: Sentence) -> None:
        """``Dies teilte X mit.``: the sentence before is the message, with the ``Dies``."""
        toks = s.tokens
        if s.index == 0 or toks[0].text not in ("Dies", "Das", "Dieses") or len(toks) < 3:
            return
        if toks[1].text[:1].isupper():
            return  # "Das Treffen nannte X ...": an article, not the pronoun
        for report in s.reports:
            cue = report.cue
            if cue and cue.kind == "verb" and cue.index <= 2 and report.speaker:
                previous = self.sentences[s.index - 1]
                if any(r.message for r in previous.reports):
                    return
                if self.quoted_share(previous.start, previous.end) > 0.5:
                    return
                report.message = (previous.start, toks[0].end)
                return

    def _colon_frame(self, s: Sentence) -> None:
        """``X hält dagegen: Wer ..., laufe Gefahr``: reported speech after a colon."""
        toks = s.tokens
        for k, token in enumerate(toks):
            if token.text != ":" or s.quoted[k] or k + 1 >= len(toks):
                continue
            rest = [t.text for t, q in zip(toks[k + 1 :], s.quoted[k + 1 :], strict=True) if not q]
            if not any(w in self.lex.reported_mood for w in rest):
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
        unnamed = cue.kind == "noun" or self._passive(s, cue.index)
        s.reports.append(Report(s.index, speaker, cue, message, unnamed))
        if message:
            taken.append(message)

    def _final_message(self, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        """Message before the cue (``MSG, sagte X``, ``MSG, so X``) or around a prepositional cue."""
        toks, k = s.tokens, cue.index
        if cue.kind in ("laut", "zufolge", "nach"):
            return self._around(s, cue)
        if cue.kind == "so" and self._clause_end(s, k) < s.end - 1:
            return (s.start, s.end)  # "Der Plan sei, so X, gescheitert"
        if self._strict(cue):
            return None
        if cue.kind == "so" or (cue.kind == "verb" and k > 1 and self._inverted(s, k)):
            comma = k - 1 if toks[k - 1].text == "," else k - 2
            return (s.start, toks[comma].start) if comma > 0 else None
        if cue.kind == "verb" and self._wie_clause(s, cue) is not None:
            return self._around(s, cue)
        return None

    def _strict(self, cue: Cue) -> bool:
        """Cues that report only with a dass/ob clause, a zu-infinitive or Konjunktiv after them."""
        return cue.kind == "noun" or (cue.verb is not None and cue.verb.clause)

    def _inverted(self, s: Sentence, k: int) -> bool:
        """``MSG, sagte X``: after a comma with its subject after it (not ``X, die Sprecherin, sagte``)."""
        if not self._after_comma(s, k):
            return False
        impersonal = self.lex.verbs.get(s.tokens[k].text.lower(), ())
        if impersonal and impersonal[0].impersonal:  # "..., hieß es"
            return True
        if self._phrase_after(s, k + 1, skip=True) is not None:
            return True
        j = self._skip_adverbials(s, k + 1)  # "..., teilte die zur X gehörende Stiftung mit"
        return j < len(s.tokens) and s.tokens[j].text.lower() in self.lex.determiners

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
            end = self._past_quoted_name(s, self._np_end(s, cue.speaker_from))
            noun = max(i for i, t in enumerate(s.tokens) if t.end <= cue.span[1])
            return k, max(end - 1, noun) if end > cue.speaker_from else noun
        if cue.kind == "zufolge":
            j = k - 1
            while j > 0 and s.tokens[j - 1].text not in CLAUSE_BREAKS and k - j < 5:
                j -= 1
            return j, k
        wie = self._wie_clause(s, cue)
        lo = self._clause_start(s, k) if wie is None else wie
        last = k + 1 if k + 1 < len(s.tokens) and s.tokens[k + 1].text not in CLAUSE_BREAKS else k
        return max(lo - 1, 0) if lo > 0 else 0, last

    def _past_quoted_name(self, s: Sentence, end: int) -> int:
        """``der Zeitung „Neue Welt“``: a short quoted name closes the phrase ending at ``end``."""
        toks = s.tokens
        if end >= len(toks) or not s.quoted[end] or end == 0 or not toks[end - 1].text[0].isupper():
            return end
        mark = self.mark_at(toks[end].start)
        if mark is None or mark.open != toks[end].start or mark.close > s.end:
            return end
        if len(WORD_RE.findall(self.body[mark.open : mark.close])) > 6:
            return end
        return next((i for i in range(end, len(toks)) if toks[i].start > mark.close), len(toks))

    def _following_message(self, s: Sentence, cue: Cue) -> tuple[int, int] | None:
        """``X sagte: MSG``, ``X sagte, (dass) MSG``, ``X sprach von MSG``."""
        toks, k = s.tokens, cue.index
        verb = cue.verb
        strict = self._strict(cue)
        if verb and verb.predicate and (judgement := self._predicate_message(s, k)):
            return judgement
        prep = verb.needs or verb.prep if verb and not strict else None
        j = k + 1
        while j < len(toks) and not (cue.kind == "noun" and j - k > 12):
            text = toks[j].text
            if s.quoted[j]:
                j += 1
                continue
            if text == ":" and (cue.kind != "noun" or j - k <= 2):
                return (toks[j].start + 1, s.end)
            if text == "," and prep and j == k + 1 and (extra := self._extraposed(s, k, prep)):
                return extra
            if text == "," and strict:
                return self._clause_message(s, j, strict=True)
            if text == ",":
                near = j - k <= 5 and not self._participle(toks[k].text)
                return self._clause_message(s, j, near=near)
            if cue.kind == "noun" and (text in CLAUSE_BREAKS or j - k > 7):
                return None
            if prep and text.lower() == prep:
                if text.lower().startswith("da"):  # darauf, davon: only a clause after it
                    return self._correlate(s, j)
                return (toks[j].start, self._phrase_end(s, j))
            j += 1
        if prep and (early := self._prep_before(s, k, prep)) is not None:
            return (toks[early].start, toks[k].start)  # "zu ... aufgerufen"
        return None

    def _extraposed(self, s: Sentence, k: int, prep: str) -> tuple[int, int] | None:
        """``von einem Verbrechen gesprochen, das ... müsse``: the phrase before a final
        participle with the relative clause after it."""
        toks = s.tokens
        early = self._prep_before(s, k, prep)
        if early is None or k + 3 >= len(toks) or toks[k + 2].text.lower() not in RELATIVE_PRONOUNS:
            return None
        end = self._break_after(s, k + 2)
        return (toks[early].start, toks[end].start if end < len(toks) else s.end)

    def _prep_before(self, s: Sentence, k: int, prep: str) -> int | None:
        """The first ``prep`` of the clause before a clause-final participle."""
        for i in range(self._clause_start(s, k), k):
            if s.tokens[i].text.lower() == prep and not s.quoted[i]:
                return i
        return None

    def _predicate_message(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """``nannte den Tag historisch``, ``nannte ihn einen Fehler``: an object, then an
        adjective or an indefinite noun phrase, up to the clause end, nothing quoted;
        ``Den Plan nannte er einen Fehler``: with the object fronted, only the predicate."""
        toks, lex = s.tokens, self.lex
        j = self._skip_adverbials(s, k + 1)
        subject = self._subject_after(s, k)
        if subject is not None:
            j = self._skip_adverbials(s, subject[1])
        end = self._coordination(s, j, self._break_after(s, j))
        words = [t for t in toks[j:end] if t.text[0].isalnum()]
        if not words or any(s.quoted[j:end]):
            return None
        first, last = words[0].text, words[-1].text
        adjective = (
            last.islower()
            and last.isalpha()
            and not self._function_word(last)
            and last not in NEGATIONS
        )
        span = (words[0].start, words[-1].end)
        lo = self._clause_start(s, k)
        if subject is not None and not self._fronted(s, lo, k):
            if s.tokens[lo].text.lower() == "als":
                return None  # "Als Grund nannte er einen Streit": a reason, not a judgement
            indefinite = first in INDEFINITE and last[0].isupper() and len(words) >= 2
            return span if indefinite or (adjective and len(words) == 1) else None
        if len(words) < 2 or not (first.lower() in lex.determiners or first in OBJECT_PRONOUNS):
            return None
        indefinite = last[0].isupper() and any(w.text in INDEFINITE for w in words[1:-1])
        return span if adjective or indefinite else None

    def _coordination(self, s: Sentence, j: int, end: int) -> int:
        """Where ``und``/``aber`` joins a second verb (``... und kündigte ... an``), else ``end``."""
        toks = s.tokens
        for i in range(j, end - 1):
            following = toks[i + 1].text
            if toks[i].text in ("und", "aber", "doch", "sondern") and self._finite(following):
                return i
        return end

    def _finite(self, word: str) -> bool:
        """A past or reported verb form: a cue verb, Konjunktiv, or a weak past (``kündigte``)."""
        return word.islower() and (
            word in self.lex.verbs or word in self.lex.konjunktiv or word.endswith(("te", "ten"))
        )

    def _correlate(self, s: Sentence, j: int) -> tuple[int, int] | None:
        """``beharrte darauf, dass ...``, ``sprach sich dafür aus, ... zu``: the clause the
        pronominal adverb at ``j`` points to."""
        comma = self._break_after(s, j)
        if comma >= len(s.tokens) or s.tokens[comma].text != ",":
            return None
        return self._clause_message(s, comma, strict=True)

    def _phrase_end(self, s: Sentence, j: int) -> int:
        """End of the clause from ``j`` with a relative clause on its last noun
        (``sprach von einem Abkommen, das die Lage entspanne``)."""
        toks = s.tokens
        i = self._break_after(s, j)
        if (
            i + 2 < len(toks)
            and toks[i].text == ","
            and toks[i - 1].text[:1].isupper()
            and toks[i + 1].text.lower() in RELATIVE_PRONOUNS
        ):
            i = self._break_after(s, i + 1)
        return toks[i].start if i < len(toks) else s.end

    def _break_after(self, s: Sentence, j: int) -> int:
        """Index of the first clause break (outside quotes) from ``j``, or the sentence length."""
        toks = s.tokens
        while j < len(toks) and (s.quoted[j] or toks[j].text not in CLAUSE_BREAKS):
            j += 1
        return j

    def _clause_message(
        self, s: Sentence, comma: int, near: bool = False, strict: bool = False
    ) -> tuple[int, int] | None:
        """The clause after ``sagte X,``: a dass/ob clause, Konjunktiv, a zu-infinitive, or
        any clause where the comma closes the cue clause (``X sagte weiter, ...``);
        ``strict``: only a dass/ob/wonach clause, a zu-infinitive or Konjunktiv I."""
        toks = s.tokens
        if comma + 2 >= len(toks):
            return None
        first = toks[comma + 1].text
        if first.lower() in self.lex.relatives:
            return None  # "..., was zu Protesten führte": no message
        if first.islower() and first in self.lex.verbs:
            return None  # "X nannte das gut, beharrte aber darauf": a second verb of X
        if first in COORDINATORS and not self._reported_after(s, comma + 1):
            return None  # "X kritisierte den Plan, doch Y hielt dagegen": a new main clause
        if strict:
            if first.lower() in self.lex.clause_openers:
                return (toks[comma + 1].start, s.end)
            if self._zu_infinitive(s, comma + 1):  # die Aufforderung, sich zu stellen, ...
                return (toks[comma + 1].start, self._clause_end(s, comma + 1))
            if any(t.text in self.lex.reported_mood for t in toks[comma + 1 :]):
                return (toks[comma + 1].start, s.end)
            return None
        if near or first.lower() in self.lex.subordinators:
            return (toks[comma + 1].start, s.end)
        if any(t.text in self.lex.konjunktiv for t in toks[comma + 1 :]):
            return (toks[comma + 1].start, s.end)
        if self._zu_infinitive(s, comma + 1):  # warf ihm vor, gelogen zu haben
            return (toks[comma + 1].start, s.end)
        return None

    def _reported_after(self, s: Sentence, j: int) -> bool:
        """Konjunktiv I (or its Konjunktiv II stand-in) outside quotes from token ``j`` on."""
        words = zip(s.tokens[j:], s.quoted[j:], strict=True)
        return any(t.text in self.lex.reported_mood for t, q in words if not q)

    def _zu_infinitive(self, s: Sentence, j: int) -> bool:
        """The clause from ``j`` ends in an infinitive with zu (``zu haben``, ``einzuhalten``)."""
        toks = s.tokens
        end = j
        while end < len(toks) and (s.quoted[end] or toks[end].text not in CLAUSE_BREAKS):
            end += 1
        words = [t.text for t in toks[j:end] if t.text[0].isalpha()]
        if len(words) < 2 or words[0].lower() in PURPOSE:
            return False  # "um ... zu erreichen": a purpose, not a message
        last = words[-1]
        return last.islower() and last.endswith("n") and (words[-2] == "zu" or "zu" in last[2:-3])

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
        if speaker is None and not partial:
            speaker = self._colon_speaker(opener, mark) or (chain if cue is None else None)
        if speaker is None and partial and len(words) >= 2 and self._characterises(text, mark, s):
            speaker = self._subject_speaker(s, mark)  # "X sieht einen „Angriff auf …“"
        if self._continues_quote(mark, cue_before):
            self._merge(start, end)
        else:
            self._add((start, end), True, speaker, cue, partial)
        self.last_direct = (len(self.quotes) - 1, mark)
        if not partial and speaker is not None:
            s.reports.append(Report(s.index, speaker, cue, (start, end)))

    def _characterises(self, text: str, mark: QuoteMarks, s: Sentence) -> bool:
        """A partial quote that describes (``einen „Angriff auf …“``, ``„sehr ernst“``),
        not a name (``die „Woche der Bücher“``)."""
        if self.sentences[self.sentence_at(mark.open)] is not s:
            return False
        return text[0].islower() or self._previous_word(mark, s).lower() in self.lex.indefinite

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
        """The innermost report whose message holds ``pos``, else a report of its main clause."""
        reports = [r for r in s.reports if r.speaker]
        covering = [r for r in reports if r.message and r.message[0] <= pos < r.message[1]]
        if covering:  # the innermost: "Laut X sagte Y, das sei ein „…“" is Y's
            best = min(covering, key=lambda r: r.message[1] - r.message[0] if r.message else 0)
            return best.speaker, best.cue
        # "X hatte Y als „…“ verhöhnt, und Z nannte ...": Z's cue is another main clause
        reports = [r for r in reports if not (r.cue and self._clauses_apart(s, r.cue.span[0], pos))]
        if reports:
            return reports[0].speaker, reports[0].cue
        return None, None

    def _clauses_apart(self, s: Sentence, a: int, b: int) -> bool:
        """A new main clause (``, und``, ``, aber``, ``;``) begins between ``a`` and ``b``."""
        lo, hi = min(a, b), max(a, b)
        toks = s.tokens
        for k, token in enumerate(toks[:-1]):
            if not lo <= token.start < hi or s.quoted[k]:
                continue
            if token.text == ";" or (token.text == "," and toks[k + 1].text in COORDINATORS):
                return True
        return False

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


def _noun(report: Report) -> bool:
    return report.cue is not None and report.cue.kind == "noun"


def extract_quotes(doc: Document, resources: Resources | None = None) -> Document:
    """The quotes stage: direct and indirect quotations with speakers (pure)."""
    if not doc.body:
        return doc.with_(quotes=())
    return doc.with_(quotes=tuple(QuoteFinder(doc, lexicon()).run()))
