"""The words of a Doc, read once from its arrays, for the rules that scan every word.

Walking a Doc builds a spaCy Token object per word, and the coder's pre-parse filter and the
actor matcher used to walk each whole document several times (its lower-case words, the
surnames and "the North" known from context, ship prefixes, hyphenated country names, the
test for all-caps text). :func:`doc_words` reads the texts and lower-case forms once from the
Doc's ORTH and LOWER arrays and keeps them in its ``user_data``: a Doc's words do not change
when it is parsed or repaired. The key starts with ``pledgewatch.actors.``, which the
re-cased reading of an all-caps text (``caps_reading``) does not copy from its original.
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH, SPACY
from spacy.tokens import Doc

_WORDS_KEY = "pledgewatch.actors.doc_words"


def doc_words(doc: Doc) -> tuple[list[str], list[str]]:
    """The texts and the lower-case forms of the Doc's tokens, read once from its arrays (no
    Token objects): for the rules that scan every word of a document."""
    texts, lowers, _ = _read(doc)
    return texts, lowers


def doc_text(doc: Doc) -> str:
    """``doc.text``, from the same arrays (a token's trailing whitespace is one space or none)."""
    return _read(doc)[2]


def _read(doc: Doc) -> tuple[list[str], list[str], str]:
    found = doc.user_data.get(_WORDS_KEY)
    if found is None:
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, LOWER, SPACY]).tolist() if len(doc) else []
        texts = [strings[orth] for orth, _, _ in rows]
        lowers = [strings[lower] for _, lower, _ in rows]
        text = "".join(t + " " if row[2] else t for t, row in zip(texts, rows, strict=True))
        found = (texts, lowers, text)
        doc.user_data[_WORDS_KEY] = found
    return found
