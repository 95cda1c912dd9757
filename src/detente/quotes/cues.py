"""Cue words: speech verbs (also split ones: ``teilte ... mit``), ``laut``, ``zufolge``,
``so``, ``nach Angaben von``, the clause ``wie X sagte``, and report nouns and adjectives
(``die Forderung, ...``, ``zeigte sich zuversichtlich, dass ...``)."""

from __future__ import annotations

from detente.quotes.layout import CLAUSE_BREAKS, Cue, Layout, Sentence


class Cues(Layout):
    """Finding cues in a sentence."""

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
        if self._report_word(s, k):
            return Cue(k, "noun", word, span)
        if word[0].isupper() and k > 0:
            return None
        readings = [
            verb
            for verb in self.lex.verbs.get(low, ())
            if (not verb.particle or self._in_clause(s, k, verb.particle, forward_only=True))
            and (not verb.needs or self._in_clause(s, k, verb.needs))
            and not (verb.predicate and self._in_clause(s, k, "sich"))  # wie sich X nennt
        ]
        if not readings:
            return None
        # "geht aus X hervor": the particle closing the clause wins over an earlier "aus"
        last = self._clause_last_word(s, k)
        verb = next((v for v in readings if v.particle and v.particle == last), readings[0])
        text = f"{word} {verb.particle}" if verb.particle else word
        return Cue(k, "verb", text, span, verb=verb)

    def _clause_last_word(self, s: Sentence, k: int) -> str:
        toks = s.tokens
        j = k + 1
        while j < len(toks) and toks[j].text not in CLAUSE_BREAKS and toks[j].text not in ".!?":
            j += 1
        return toks[j - 1].text.lower()

    def _report_word(self, s: Sentence, k: int) -> bool:
        """``die Forderung``, ``zuversichtlich`` (not ``nach Angaben``, ``Angaben zufolge``)."""
        toks, word = s.tokens, s.tokens[k].text
        if not (self.lex.is_report_noun(word) or word in self.lex.report_adjectives):
            return False
        before = toks[k - 1].text.lower() if k > 0 else ""
        after = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
        return before != "nach" and after not in ("nach", "zufolge")

    def _nach_cue(self, s: Sentence, k: int) -> Cue | None:
        """``nach Angaben von X``, ``nach den Worten Xs``, ``nach US-Angaben``,
        ``nach Polizeiangaben``, ``nach seiner Einschätzung``, ``ihrer Meinung nach``."""
        toks = s.tokens
        if k >= 2 and self._nach_noun(toks[k - 1].text):  # postposed: ihrer Meinung nach
            owner = toks[k - 2]
            span = (owner.start, toks[k].end)
            return Cue(k, "nach", self.body[span[0] : span[1]], span, speaker_from=k - 2)
        j = k + 1
        while j < min(k + 3, len(toks)) and toks[j].text.islower():
            if toks[j].text in self.lex.case_prepositions:
                return None
            j += 1
        if j >= len(toks) or not self._nach_noun(toks[j].text):
            return None
        if toks[j].text in self.lex.nach_sourced and not self._source_follows(s, j + 1):
            return None  # "Nach dem Bericht trat er zurück": a time, not a source
        if j + 1 < len(toks) and toks[j + 1].text == "über":
            return None  # "nach Berichten über die Abhöraktion": after the news, not a source
        span = (toks[k].start, toks[j].end)
        text = self.body[span[0] : span[1]]
        if j > k + 1 and toks[j - 1].text in self.lex.possessives | {"eigenen", "eigener"}:
            return Cue(k, "nach", text, span, speaker_from=j - 1)
        if self._nach_noun(toks[j].text) != toks[j].text:  # nach US-Angaben, Polizeiangaben
            return Cue(k, "nach", text, span, speaker_from=j)
        nxt = j + 1
        if nxt < len(toks) and toks[nxt].text == "von":
            nxt += 1
        return Cue(k, "nach", text, span, speaker_from=nxt)

    def _source_follows(self, s: Sentence, j: int) -> bool:
        """A genitive, ``von`` or a name right after a source noun (``Bericht der Zeitung``)."""
        if j >= len(s.tokens):
            return False
        word = s.tokens[j].text
        genitive = word in ("des", "der", "von", "vom", "eines", "einer")
        return genitive or word[0].isupper() or s.quoted[j]

    def _nach_noun(self, word: str) -> str | None:
        """The source noun a word is or ends with (Angaben, Polizeiangaben → angaben)."""
        if word in self.lex.nach_nouns or word in self.lex.nach_sourced:
            return word
        low = word.lower()
        for noun in self.lex.nach_suffixes:  # longest first, so the match is deterministic
            if low.endswith(noun.lower()) and len(low) > len(noun) + 2:
                return word[len(word) - len(noun) :]
        return None

    def _starts_phrase(self, word: str) -> bool:
        return bool(word) and (
            word[0].isupper()
            or word in self.lex.determiners
            or word in self.lex.pronouns
            or word in '„“«»"'
        )

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
            if s.quoted[j]:
                continue  # a quoted source: "Wie „Der Kurier“ berichtet"
            if word in (".", "!", "?"):
                return None
            if word in ("wie", "Wie") and (j == 0 or toks[j - 1].text == ","):
                return j
        return None

    @staticmethod
    def _participle(word: str) -> bool:
        """gesagt, mitgeteilt, angekündigt: a cue that may end a relative or passive clause."""
        return "ge" in word[:6] and word.endswith(("t", "en")) and not word.startswith("gegen")
