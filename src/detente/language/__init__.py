"""Language identification, sentences and tokens."""

from detente.language.identify import detect_language
from detente.language.tokenise import split_sentences, tokenise, tokenise_text

__all__ = ["detect_language", "split_sentences", "tokenise", "tokenise_text"]
