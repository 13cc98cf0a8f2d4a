"""Datelines: the place that opens a dispatch ("SEOUL, March 1 (Yonhap) --") and its country.

A dateline is no subject of its sentence, yet it tells where the story was filed, which several
rules of :mod:`~pledgewatch.actors.group_refs` and :mod:`~pledgewatch.actors.state_media` read (a
body's spokesman speaking in a dispatch is the dateline's country's). Kept apart from those rules
so each module keeps one job.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import NOT_COUNTRIES

PLACE_KINDS = frozenset({"country", "capital", "place", "institution"})
"""Dictionary kinds that name a place a story can be filed from (or a country's seat)."""


def dateline_country(
    dictionary: ActorDictionary, place: str, *, whole_only: bool = False
) -> str | None:
    """The country of a document's place ("Seoul" -> KOR): the whole place if the dictionary
    knows it as a country, capital or place, else its first part ("Yangon" of "Yangon,
    Myanmar"), else its last ("Indonesia" of "Nusa Dua, Indonesia"); None when none is known
    or the place is no country's ("United Nations"). ``whole_only``: not from the last part
    (the place is then known in its own right)."""
    parts = [place, place.split(",")[0].strip()]
    if not whole_only:
        parts.append(place.split(",")[-1].strip())
    for text in dict.fromkeys(parts):
        for entry in dictionary.lookup(text):
            if entry.kind not in PLACE_KINDS:
                continue
            code = (entry.code or entry.country or "---")[:3]
            return code if code not in NOT_COUNTRIES else None
    return None


def is_dateline(mention: ActorMatch, doc: Doc, sentence_start: int) -> bool:
    """ "WASHINGTON -- ...", "SEOUL, March 1 (Yonhap) --": a place in capitals opening the
    sentence (or a paragraph) before a dash or a comma opens a dispatch; it is no subject of
    the sentence."""
    following = doc[mention.end] if mention.end < len(doc) else None
    opening = not any(word.is_alpha for word in doc[sentence_start : mention.start]) or (
        # a headline the parser ran into the dateline: the place opens a paragraph
        mention.start > 0 and "\n" in doc[mention.start - 1].text_with_ws
    )
    return (
        opening
        and mention.text.isupper()
        and len(mention.text) > 3
        and following is not None
        and (following.is_punct or following.is_space)
    )
