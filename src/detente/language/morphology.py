"""The POS and lemma layer: HanTa's analysis of every token, looked up per word form.

HanTa tags a few thousand tokens per second in context; looking up each word
form once (cached) keeps whole-corpus runs fast because news vocabulary
repeats. The tag is the word's most likely STTS tag out of context, which is
what the rule-based stages need (NE vs NN, finite verb vs participle).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from detente.document import Document, Token
from detente.language.pos import analyse_word

if TYPE_CHECKING:
    from detente.pipeline import Resources


def tag_morphology(doc: Document, resources: Resources | None = None) -> Document:
    """Fill ``pos`` and ``lemma`` of every token."""
    return doc.with_(tokens=tuple(t if t.pos else _tagged(t) for t in doc.tokens))


def _tagged(token: Token) -> Token:
    lemma, tag = analyse_word(token.text)
    return replace(token, pos=tag, lemma=lemma)
