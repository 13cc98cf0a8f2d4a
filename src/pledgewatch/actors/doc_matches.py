"""The actor matcher's phrase matches and hyphenated words, found once per Doc.

:meth:`ActorMatcher.hits` is asked for the whole document (by the coder's pre-parse filter)
and then for each of its sentences (by ``find_in_doc``), which ran both phrase matchers and a
walk over the tokens again for every sentence. spaCy's ``PhraseMatcher`` on a Span returns the
matches it finds on the whole Doc that start and end inside the Span, in the same order
(its scan goes left to right and stops at the Span's end), so the Doc's matches are found
once, kept in the Doc's ``user_data``, and cut to each sentence. A Doc's words do not change
when it is parsed or repaired, so the kept matches hold for the parsed Doc too.

A re-cased reading of an all-caps text (``caps_reading``) is a fresh Doc on each call and is
matched directly; the keys start with ``pledgewatch.actors.``, which a reading does not copy
from its original.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from pledgewatch.actors.caps_reading import READING_KEY
from pledgewatch.actors.doc_words import doc_words

Matches = list[tuple[int, int, int]]

_MATCHES_KEY = "pledgewatch.actors.phrase_matches"
_HYPHENATED_KEY = "pledgewatch.actors.hyphenated_tokens"


def phrase_matches(
    doc_or_span: Doc | Span,
    lower: Callable[[Doc | Span], Matches],
    exact: Callable[[Doc | Span], Matches],
) -> Matches:
    """``lower(doc_or_span) + exact(doc_or_span)``, from the Doc's matches found once."""
    doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
    if doc.user_data.get(READING_KEY):
        return lower(doc_or_span) + exact(doc_or_span)
    cached = doc.user_data.get(_MATCHES_KEY)
    if cached is None:
        cached = (lower(doc), exact(doc))
        doc.user_data[_MATCHES_KEY] = cached
    if not isinstance(doc_or_span, Span):
        return cached[0] + cached[1]
    start, end = doc_or_span.start, doc_or_span.end
    return [m for found in cached for m in found if start <= m[1] and m[2] <= end]


def hyphenated_tokens(doc_or_span: Doc | Span) -> list[int]:
    """Indices of the tokens of three characters or more with a hyphen ("U.S.-led"), in
    order: the only ones ``ActorMatcher._compound_hits`` reads."""
    doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
    found = doc.user_data.get(_HYPHENATED_KEY)
    if found is None:
        found = [i for i, text in enumerate(doc_words(doc)[0]) if "-" in text and len(text) >= 3]
        doc.user_data[_HYPHENATED_KEY] = found
    if not isinstance(doc_or_span, Span):
        return found
    start, end = doc_or_span.start, doc_or_span.end
    return [i for i in found if start <= i < end]
