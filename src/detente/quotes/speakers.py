"""Speakers: the subject of a cue, resolved through the actor stage's mentions.

Without a mention the noun phrase itself is the speaker; pronouns and role
nouns (``der Minister``, ``der Amerikaner``) refer back to the person quoted or
named last.
"""

from __future__ import annotations

import dataclasses
import re

from detente.document import Argument, Mention, Token
from detente.language.words import possessive_determiners
from detente.quotes.cues import Cues
from detente.quotes.layout import CLAUSE_BREAKS, KIND_PREFERENCE, OBJECT_WORDS, Cue, Sentence
from detente.quotes.marks import QuoteMarks

IMPERSONAL = frozenset(["man", "es", "wir", "ich", "jemand", "niemand"])
_WORD_AT = re.compile(r"[\w-]+")
# "hieß es aus dem Ministerium / in der Erklärung / auf der Webseite / bei der Agentur"
SOURCE_PREPOSITIONS = frozenset(["aus", "in", "im", "von", "vom", "seitens", "auf", "bei", "beim"])
POSSESSIVE_DETERMINERS = possessive_determiners()
# determiners that open an accusative, never a nominative, noun phrase
ACCUSATIVE = frozenset(["den", "einen", "diesen", "jenen", "keinen", "seinen", "ihren", "unseren"])
PASSIVE = frozenset(["wird", "wurde", "wurden", "werden", "worden", "war", "ist"])


class Speakers(Cues):
    """Who speaks at a cue."""

    def speaker(self, s: Sentence, cue: Cue) -> Argument | None:
        k = cue.index
        if cue.kind == "noun":
            return self._noun_speaker(s, k)
        if cue.kind in ("laut", "nach"):
            return self._source_speaker(s, cue)
        if cue.kind == "verb" and self._passive(s, k):
            return self._agent(s, k)
        if cue.kind == "so":
            return self._phrase_after(s, cue.speaker_from, skip=False)
        if cue.kind == "zufolge":
            return self._phrase_before(s, k)
        if cue.verb and cue.verb.impersonal:
            return self._impersonal(s, k)
        if cue.verb and cue.verb.object_speaker and (quoted := self._quoted_person(s, k)):
            return quoted
        wie = self._wie_clause(s, cue)
        lo = self._clause_start(s, k) if wie is None else wie + 1
        if wie is not None and s.quoted[lo]:  # "Wie „Der Kurier“ berichtet, ..."
            return self._phrase_after(s, lo, skip=False)
        if wie is None and self._fronted(s, lo, k) and self._pronoun_follows(s, k):
            j = self._skip_adverbials(s, k + 1)  # "An die Regierung appellierte sie"
            return self._pronoun(s, s.tokens[j])
        object_follows = cue.verb is not None and cue.verb.predicate  # nannte [X] [Y]
        if object_follows and (after := self._subject_after(s, k)) is not None:
            return self._phrase_after(s, after[0], skip=False)  # "Den Plan nannte er ..."
        found = (
            self._subject_before(s, lo, k)
            or self._name_before(s, lo, k, adjacent=not object_follows)
            or self._phrase_after(s, k + 1, skip=True)
            or self._name_before(s, lo, k)
            or self._long_phrase_after(s, k + 1)
            or self._quoted_name_before(s, lo, k)
        )
        if found is None and lo > 0:  # "Anna Berg, die Sprecherin, sagte": the sentence subject
            found = self._subject_before(s, 0, k) or self._name_before(s, 0, k)
        if found is None and cue.verb and cue.verb.needs == "aus":  # geht aus X hervor
            j = next((i for i in range(k + 1, len(s.tokens)) if s.tokens[i].text == "aus"), None)
            found = self._phrase_after(s, j + 1, skip=False) if j is not None else None
        return found

    def _subject_after(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """``Den Plan nannte er einen Fehler``: the subject follows the verb at ``k`` when it
        is ``er``, or ``sie`` or a named person after an adverbial or an object that is
        clearly accusative (``den``, ``einen``); its first and end token index."""
        toks = s.tokens
        lo = self._clause_start(s, k)
        j = self._skip_adverbials(s, k + 1)
        if lo >= k or j >= len(toks) or s.quoted[j]:
            return None
        if toks[j].text == "er":
            return j, j + 1
        fronted = self._fronted(s, lo, k)  # "Am Montag nannte sie ..."
        if not fronted and toks[lo].text.lower() not in ACCUSATIVE:
            return None  # "Der Chef nannte sie ...": the clause opens with its subject
        before = toks[lo:k]
        if any(t.text.lower() in self.lex.pronouns for t in before):
            return None
        if any(m.kind == "person" for m in self._mentions_in(toks[lo].start, toks[k].start)):
            return None
        if any(t.text[0].isupper() and self.lex.is_role_noun(t.text) for t in before):
            return None  # "Die Ministerin nannte sie ...": she is the object
        if toks[j].text == "sie":
            return j, j + 1
        persons = [m for m in self._mentions_in(toks[j].start, toks[j].end) if m.kind == "person"]
        if not persons or persons[0].start != toks[j].start:
            return None
        end = next((i for i in range(j, len(toks)) if toks[i].start >= persons[0].end), len(toks))
        return j, end

    def _quoted_name_before(self, s: Sentence, lo: int, k: int) -> Argument | None:
        """``Zuvor hatte die „Post“ berichtet``: a quoted name after an article is the subject."""
        for j in range(lo + 1, k):
            if s.quoted[j] and not s.quoted[j - 1] and s.tokens[j - 1].text in self.lex.definite:
                return self._phrase_after(s, j, skip=False)
        return None

    def _quoted_person(self, s: Sentence, k: int) -> Argument | None:
        """``zitierten Agenturen das Ministerium``, ``zitierte ihn die Zeitung``: the one
        quoted is the object after the verb, the last noun phrase of its clause (or ``ihn``)."""
        toks = s.tokens
        end = k + 1
        while end < len(toks) and not s.quoted[end] and toks[end].text not in CLAUSE_BREAKS:
            if toks[end].text in ("mit", ".", "!", "?"):
                break
            end += 1
        if end > k + 1 and toks[k + 1].text.lower() in ("ihn", "sie"):
            return self._pronoun(s, toks[k + 1])
        mentions = [m for m in self._mentions_in(toks[k].end, toks[end - 1].end) if _nominal(m)]
        if mentions:
            return self._resolved(s, mentions[-1])
        for j in range(end - 2, k, -1):
            if toks[j].text.lower() in self.lex.determiners and self._np_end(s, j) == end:
                return self._fallback(s, j, end)
        return None

    def _long_phrase_after(self, s: Sentence, j: int) -> Argument | None:
        """``teilte die zur Universität gehörende Stiftung mit``: a determiner, then the
        last capitalised word of the clause within a few tokens is the head."""
        toks = s.tokens
        j = self._skip_adverbials(s, j)
        if j >= len(toks) or toks[j].text.lower() not in self.lex.determiners:
            return None
        head = None
        for i in range(j + 1, min(j + 8, len(toks))):
            if toks[i].text in CLAUSE_BREAKS or s.quoted[i] or toks[i].text in ".!?":
                break
            if toks[i].text[0].isupper():
                head = i
        if head is None:
            return None
        mentions = [m for m in self._mentions_in(toks[j].start, toks[head].end) if _nominal(m)]
        if mentions:
            return self._resolved(s, self._head_mention(mentions))
        return self._fallback(s, j, head + 1)

    def _fronted(self, s: Sentence, lo: int, k: int) -> bool:
        """The clause opens with a prepositional phrase or adverb, so its subject follows the verb."""
        if lo >= k:
            return False
        first = s.tokens[lo].text.lower()
        return first in self.lex.case_prepositions or first in self.lex.skip_after_cue

    def _source_speaker(self, s: Sentence, cue: Cue) -> Argument | None:
        """``laut X``, ``nach Angaben von X``; without a named source the phrase itself
        (``nach offiziellen Angaben``, ``laut ai-Bericht``) is the source."""
        k = cue.index
        if cue.kind == "nach" and cue.speaker_from < len(s.tokens):
            owner = s.tokens[cue.speaker_from]
            if owner.text.lower() in self.lex.possessives:  # nach seiner Einschätzung
                return self._pronoun(s, owner)
            if owner.end == cue.span[1] or cue.speaker_from == k - 2:
                return self._inside(owner)
        if cue.kind == "nach" and re.search(r"\beigene[nr]\b", cue.text):  # own words
            lo = self._clause_start(s, k)
            verb = cue.speaker_from + 2  # "Nach eigenen Angaben erhielt das Amt ..."
            return (
                self._subject_before(s, lo, k)
                or self._phrase_after(s, cue.speaker_from, skip=True)
                or self._name_before(s, lo, k)
                or (self._phrase_after(s, verb + 1, skip=True) if k == lo else None)
            )
        if cue.kind == "nach" and (by := self._mentions_in(s.tokens[k].end, cue.span[1])):
            return self._argument(by[0])  # nach russischen Angaben: Russia
        found = self._phrase_after(s, cue.speaker_from, skip=False)
        if found is not None or cue.speaker_from >= len(s.tokens):
            return found
        if cue.kind == "nach" and cue.span[1] > s.tokens[k].end:  # nach offiziellen Angaben
            start = s.tokens[k + 1].start
            return Argument(
                self.body[start : cue.span[1]], None, None, "group", (start, cue.span[1])
            )
        token = s.tokens[cue.speaker_from]
        if cue.kind == "laut" and token.text[:1].isalnum() and not s.quoted[cue.speaker_from]:
            return Argument(token.text, None, None, "organisation", (token.start, token.end))
        return None

    def _passive(self, s: Sentence, k: int) -> bool:
        """``wurde beschlossen, ...``, ``Es wird befürchtet, dass``: a cue without a subject
        (an auxiliary before the participle, no subject mention or pronoun)."""
        toks = s.tokens
        if not toks[k].text.endswith(("t", "en")):
            return False
        lo = self._clause_start(s, k)
        aux = any(t.text.lower() in PASSIVE for t in toks[lo:k])
        after = toks[k + 1].text if k + 1 < len(toks) else ""  # "..., was befürchtet wurde"
        participle = self._participle(toks[k].text) or toks[k].text.endswith("iert")
        if not (aux or (after in PASSIVE and participle)):  # "kritisiert wird, dass"
            return False
        return self._subject_before(s, lo, k) is None

    def _agent(self, s: Sentence, k: int) -> Argument | None:
        """``von den Behörden wird angenommen``: the agent of a passive cue, if named."""
        lo = self._clause_start(s, k)
        for j in range(lo, min(k + 6, len(s.tokens) - 1)):
            if s.tokens[j].text.lower() in ("von", "vom", "seitens") and not s.quoted[j]:
                return self._phrase_after(s, j + 1, skip=False)
        return None

    def _noun_speaker(self, s: Sentence, k: int) -> Argument | None:
        """``seine Forderung``, ``die Forderung des Ministers``, ``X erhob die Forderung``."""
        toks = s.tokens
        before = toks[k - 1].text.lower() if k > 0 else ""
        if before in self.lex.possessives or before in ("sein", "seine", "ihr", "ihre"):
            return self._pronoun(s, toks[k - 1])
        after = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
        if after in ("des", "der", "von", "vom", "seitens"):
            start = k + 1 if after in ("des", "der", "vom") else k + 2
            found = self._phrase_after(s, start, skip=False)
            if found is not None:
                return found
        lo = self._clause_start(s, k)
        found = self._subject_before(s, lo, k) or self._name_before(s, lo, k)
        if found is not None and found.span[1] > s.tokens[k].start:
            return None  # "Die Forderung ...": the noun itself
        return found

    def _inside(self, token: Token) -> Argument | None:
        """The source named inside one word: US-Angaben, Polizeiangaben, Putins (Meinung nach)."""
        mentions = self._mentions_in(token.start, token.end)
        if mentions:
            return self._argument(mentions[0])
        noun = self._nach_noun(token.text)
        prefix = token.text[: len(token.text) - len(noun)].rstrip("-") if noun else token.text
        if len(prefix) < 2 or not prefix[0].isupper():
            return None
        span = (token.start, token.start + len(prefix))
        return Argument(prefix, None, None, "group", span)

    def _impersonal(self, s: Sentence, k: int) -> Argument | None:
        """``heißt es aus dem Ministerium``: the source follows aus/in/von."""
        toks = s.tokens
        lo = self._clause_start(s, k)
        after = range(k + 1, min(k + 5, len(toks)))
        for j in [*after, *range(lo, k)]:  # "hieß es aus X", "Aus X hieß es"
            if s.quoted[j] or toks[j].text.lower() not in SOURCE_PREPOSITIONS:
                continue
            owner = toks[j + 1] if j + 1 < len(toks) else None
            if owner is not None and owner.text.lower() in POSSESSIVE_DETERMINERS:
                return self._pronoun(s, owner)  # "hieß es in ihrer Erklärung"
            return self._phrase_after(s, j + 1, skip=False)
        return None

    def _subject_before(self, s: Sentence, lo: int, hi: int) -> Argument | None:
        """A mention or pronoun between the clause start and the cue, not inside a PP."""
        if lo >= hi:
            return None
        toks = s.tokens
        candidates = []
        for m in self._mentions_in(toks[lo].start, toks[hi - 1].end):
            if self.in_quote(m.start) or not _nominal(m):
                continue
            before = self._token_before(s, m.start)
            if before is not None and before.lower() in self.lex.case_prepositions:
                continue
            candidates.append(m)
        first = toks[lo].text.lower()
        if first in self.lex.pronouns and not s.quoted[lo]:  # "Er hatte seinen Sohn X gebeten"
            return self._pronoun(s, toks[lo])
        candidates = [m for m in candidates if not self._genitive_before(m, candidates)]
        if candidates:
            best = min(candidates, key=lambda m: KIND_PREFERENCE.get(m.kind, 9))
            return self._resolved(s, best)
        for j in range(lo, hi):
            if s.quoted[j] or toks[j].text.lower() not in self.lex.pronouns:
                continue
            if j > lo and toks[j - 1].text.lower() in self.lex.case_prepositions:
                continue
            return self._pronoun(s, toks[j])
        return None

    def _name_before(
        self, s: Sentence, lo: int, hi: int, adjacent: bool = False
    ) -> Argument | None:
        """A noun phrase opening the clause (``Hartmut Lierow sagte``, ``Der Sprecher sagte``);
        ``adjacent``: only one that ends right at the cue and no pronoun follows the cue."""
        toks = s.tokens
        j = lo
        while j < hi and not s.quoted[j] and self._function_word(toks[j].text):
            if toks[j].text.lower() in self.lex.case_prepositions:
                return None  # "Nach der Sitzung sagte X": the phrase is no subject
            j += 1
        if j >= hi or s.quoted[j]:
            return None
        if toks[j].text.lower() in self.lex.case_prepositions:
            return None
        end = self._np_end(s, j)
        if adjacent and (end != hi or self._pronoun_follows(s, hi)):
            return None
        return self._fallback(s, j, end) if end > j else None

    def _pronoun_follows(self, s: Sentence, k: int) -> bool:
        """``Zugleich betonte er``: the subject is the pronoun after the verb."""
        j = self._skip_adverbials(s, k + 1)
        return j < len(s.tokens) and s.tokens[j].text.lower() in self.lex.pronouns

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
        mentions = [m for m in self._mentions_in(token.start, toks[end - 1].end) if _nominal(m)]
        if mentions:
            return self._resolved(s, self._head_mention(mentions))
        return self._fallback(s, j, end)

    def _resolved(self, s: Sentence, best: Mention) -> Argument:
        """The speaker a chosen mention stands for: the person a party or country role
        refers to, the body a spokesperson speaks for, else the mention itself."""
        return self._role_holder(s, best) or self._spokesperson(best) or self._argument(best)

    def _role_holder(self, s: Sentence, m: Mention) -> Argument | None:
        """``der SPD-Politiker``, ``die US-Diplomatin``: the party or country is only the
        prefix of a role noun, which refers back to the person quoted or named last."""
        if m.via != "modifier" or m.kind == "person":
            return None
        word = _WORD_AT.match(self.body, m.start)
        rest = self.body[m.end : word.end()] if word else ""
        role = rest[1:]
        if not rest.startswith("-") or not self.lex.is_role_noun(role):
            return None
        if role.casefold().endswith(("sprecher", "sprecherin")):
            return None  # "der Kreml-Sprecher" speaks for the Kremlin
        antecedent = self._last_speaker(s) or self._antecedent(s, m.start)
        return dataclasses.replace(antecedent, span=(m.start, word.end())) if antecedent else None

    def _genitive_before(self, m: Mention, mentions: list[Mention]) -> bool:
        """``Obamas Sprecher Jay Carney``: a possessive name right before the head mention."""
        if m.kind != "person" or not m.text.endswith(("s", "'", "’")):
            return False
        return any(
            other.start > m.end and _titles_only(self.body[m.end : other.start])
            for other in mentions
        )

    def _spokesperson(self, best: Mention) -> Argument | None:
        """``ein Sprecher des Auswärtigen Amtes``: an unnamed spokesperson speaks for the
        organisation (or person) named right after; the span covers the whole phrase."""
        if best.kind != "person" or best.name or best.entity_id:
            return None
        if not best.text.casefold().endswith(("sprecher", "sprecherin")):
            return None
        gap = re.compile(r"\s+(?:des|der|von|vom)\s+(?:\w+\s+)?$")
        after = [
            m
            for m in self._mentions_in(best.end, best.end + 40)
            if _nominal(m) and gap.match(self.body[best.end : m.start])
        ]
        if not after:
            return None
        owner = self._argument(after[0])
        return dataclasses.replace(owner, span=(best.start, after[0].end))

    def _head_mention(self, mentions: list[Mention]) -> Mention:
        """The preferred kind; of persons the last one, not a genitive before the head
        (``Obamas Berater Tom Donilon`` → Tom Donilon)."""
        best = min(KIND_PREFERENCE.get(m.kind, 9) for m in mentions)
        same = [m for m in mentions if KIND_PREFERENCE.get(m.kind, 9) == best]
        return same[-1] if same[0].kind == "person" else same[0]

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
            elif (low in lex.skip_after_cue and token.text[0].islower()) or (
                token.text in lex.skip_after_cue_capital
            ):
                j += 1
            else:
                break
        return j

    def _fallback(self, s: Sentence, j: int, end: int) -> Argument | None:
        """A speaker phrase without a mention: role nouns refer back, names stand for themselves."""
        toks = s.tokens
        span = (toks[j].start, toks[end - 1].end)
        determiner = toks[j].text.lower() in self.lex.determiners
        words = [t.text for t in toks[j + determiner : end]]
        heads = [w for w in words if w[0].isupper()]
        if not heads or words[0].lower() in IMPERSONAL:
            return None
        if j == 0 and len(words) == 1 and words[0].endswith("end"):
            return None  # "Abschließend fügte sie hinzu": an adverb opening the sentence
        if self.lex.is_role_noun(heads[0]) and (determiner or len(heads) == 1):
            antecedent = self._last_speaker(s) or self._antecedent(s, span[0])
            if antecedent:
                return dataclasses.replace(antecedent, span=span)
        if not determiner and len(words) == 1 and (holder := self._surname_holder(words[0])):
            return dataclasses.replace(holder, span=span)  # "Bush" for George W. Bush
        name_start = toks[j + determiner].start
        kind = "group" if determiner else "person"
        return Argument(self.body[name_start : span[1]], None, None, kind, span)

    def _surname_holder(self, word: str) -> Argument | None:
        """A bare surname the actor stage left open: the first person of the document
        whose name ends in it (the one introduced first; relatives come with a note)."""
        for m in self.mentions:
            if m.kind == "person" and m.name and m.name.split()[-1] == word:
                return self._argument(m)
        return None

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
            persons = self._persons_in(previous)
            if persons:
                return self._argument(persons[0])
        return None

    def _persons_in(self, s: Sentence) -> list[Mention]:
        """Persons named in a sentence outside quotation marks."""
        return [
            m
            for m in self._mentions_in(s.start, s.end)
            if m.kind == "person" and not self.in_quote(m.start)
        ]

    def _last_speaker(self, s: Sentence, window: int = 6) -> Argument | None:
        """A role noun (``der Minister``, ``der Amerikaner``) names the person quoted last."""
        for index in range(s.index, max(s.index - window, -1), -1):
            for report in reversed(self.sentences[index].reports):
                if report.speaker and report.speaker.kind == "person":
                    return report.speaker
            if index < s.index and (subject := self._sentence_subject(self.sentences[index])):
                return subject  # "X dämpfte die Erwartungen. „…“, sagte der Gastgeber."
        return None

    def _sentence_subject(self, s: Sentence) -> Argument | None:
        """A person named at the start of a sentence (its subject, before the verb)."""
        toks = s.tokens
        j = 0
        while j < len(toks) and toks[j].text.lower() in self.lex.determiners:
            j += 1
        if j >= len(toks) or s.quoted[j]:
            return None
        mentions = self._mentions_in(toks[0].start, toks[min(j + 3, len(toks) - 1)].end)
        persons = [m for m in mentions if m.kind == "person" and m.start <= toks[j].end]
        return self._argument(persons[0]) if persons else None

    def _apposition(self, s: Sentence) -> Argument | None:
        """``Der Chef der Armee, Max Muster, lehnte ab``: a name between commas after a role
        noun opening the sentence (for names the actor stage does not know)."""
        toks = s.tokens
        commas = [i for i, t in enumerate(toks[:14]) if t.text == "," and not s.quoted[i]]
        if len(commas) < 2 or not 2 <= commas[1] - commas[0] - 1 <= 3:
            return None
        if not any(self.lex.is_role_noun(t.text) for t in toks[: commas[0]] if t.text[0].isupper()):
            return None
        name = toks[commas[0] + 1 : commas[1]]
        if not all(t.text[0].isupper() and t.text.isalpha() for t in name):
            return None
        span = (name[0].start, name[-1].end)
        return Argument(self.body[span[0] : span[1]], None, None, "person", span)

    def _subject_speaker(self, s: Sentence, mark: QuoteMarks) -> Argument | None:
        """The subject of the clause a partial quote stands in, without a cue
        (``X sieht darin einen „…“``, ``Für X ist das „…“``): a mention or pronoun."""
        k = next((i for i, t in enumerate(s.tokens) if t.start >= mark.open), None)
        if k is None:
            return None
        lo = self._clause_start(s, k)
        if lo < k and s.tokens[lo].text.lower() == "für":  # an opinion: "Für X ist es „…“"
            return self._phrase_after(s, lo + 1, skip=False)
        found = self._subject_before(s, lo, k)
        if found is None and self._pronoun_follows(s, lo):
            found = self._pronoun(s, s.tokens[self._skip_adverbials(s, lo + 1)])
        return found

    def _colon_speaker(self, s: Sentence, mark: QuoteMarks) -> Argument | None:
        """``Die Firma sieht das anders: „…“``: the subject of the clause before the colon."""
        colon = [k for k, t in enumerate(s.tokens) if t.text == ":" and t.end <= mark.open]
        if not colon or self.body[s.tokens[colon[-1]].end : mark.open].strip():
            return None
        k = colon[-1]
        lo = self._clause_start(s, k)
        return self._subject_before(s, lo, k) or self._name_before(s, lo, k)


def _nominal(m: Mention) -> bool:
    """A name, not an adjective (``die iranische Agentur``: the agency speaks, not Iran)."""
    return m.kind == "person" or any(w[:1].isupper() or w[:1].isdigit() for w in m.text.split())


def _titles_only(text: str) -> bool:
    """Nothing or a few capitalised words (``Sprecher``, ``Beraterin``) between two names."""
    words = text.split()
    return len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
