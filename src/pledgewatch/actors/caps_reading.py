"""All-caps sentences re-cased for the actor matcher, so a wire headline reads as ordinary text.

Wire services write headlines, and some whole items, in capitals: "THE SOUTH'S MILITARY SAID IT
RETURNED FIRE". The matcher's lower-case phrases match such text, but the rules that depend on
capitalisation do not: "the South" is a directional reference only when capitalised, a
possessive "'S" is not "'s", and phrases that must match their exact capitalisation miss. In
ordinary text capitals carry meaning ("US" and "us", "Nice" and "nice"), so nothing is changed
there: only a stretch of text whose letters are all upper case (a sentence, or a line such as a
headline, with at least :data:`MIN_CAPS_WORDS` words) is re-cased.

How a word is re-cased comes from the actor dictionary itself, not from a word list: a phrase
of the dictionary found in the stretch takes the casing the dictionary writes it with ("NORTH
KOREA" -> "North Korea", "LEE MYUNG-BAK" -> "Lee Myung-bak", "CENTRAL MILITARY COMMISSION"
alike); "NORTH" and "SOUTH" take the casing of the dictionary's directional rules ("the South");
a word the dictionary writes in capitals in a phrase that must match exactly ("DPRK", "KPA",
"US") stays in capitals; every other word is lower-cased ("THE" -> "the", "'S" -> "'s",
"NICE" -> "nice": "Nice" the city must match its capital, because the word is common).

:func:`cased_reading` returns a copy of the Doc with the same tokens, whitespace, parse, tags
and entities, and the words of all-caps stretches re-cased; token indices and character
offsets are the same as in the original (a word whose re-cased form would change its length is
left as it is), so mentions found in the copy point at the same text in the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TypeVar

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.doc_words import doc_text
from pledgewatch.model import ActorMention

M = TypeVar("M", bound=ActorMention)
Matches = list[tuple[int, int, int]]

#: Fewest words (of two letters or more) in a stretch of capitals that is re-cased: a single
#: capitalised word ("KCNA", "US") is an acronym, not a capitals-only sentence.
MIN_CAPS_WORDS = 3

#: user_data key marking a Doc as a re-cased reading (so it is never re-cased again).
READING_KEY = "pledgewatch.actors.cased_reading"

_STRETCH_ENDS = frozenset({".", "!", "?"})
#: user_data key of a Doc's stretches (found once per Doc).
_STRETCHES_KEY = "pledgewatch.actors.caps_stretches"
#: A stretch of capitals has words of two letters or more, so two capitals in a row somewhere.
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


class CapsCasing:
    """How the words of an all-caps stretch are re-cased; fed every dictionary phrase once.

    ``matcher`` is the actor matcher's phrase matcher on ``LOWER`` (it finds "NORTH KOREA"
    as it finds "North Korea"); each phrase it finds in a stretch takes the casing the
    dictionary writes it with.
    """

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.written: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.kept: set[str] = set()
        self.directional = {rule.word.lower(): rule.word for rule in dictionary.directional}

    def add_phrase(self, pattern: Doc, exact: bool) -> None:
        """One dictionary phrase as the matcher's tokenizer splits it."""
        if exact:
            # acronyms written in capitals ("DPRK", "KPA", "US") stay in capitals
            self.kept.update(t.lower_ for t in pattern if t.text.isupper() and t.is_alpha)
        else:
            self.written.setdefault(
                tuple(t.lower_ for t in pattern), tuple(t.text for t in pattern)
            )

    def words(self, doc: Doc, stretches: list[tuple[int, int]], matches: Matches) -> list[str]:
        """The words of ``doc`` with those of ``stretches`` re-cased."""
        words = [token.text for token in doc]
        inside = {index for start, end in stretches for index in range(start, end)}
        for index in inside:
            lowered = doc[index].lower_
            if lowered not in self.kept:
                words[index] = self.directional.get(lowered, lowered)
        for _key, start, end in matches:
            if not all(index in inside for index in range(start, end)):
                continue
            written = self.written.get(tuple(t.lower_ for t in doc[start:end]))
            if written is None:
                continue
            for index, form in zip(range(start, end), written, strict=True):
                if doc[index].lower_ not in self.kept:
                    words[index] = form
        # a word whose re-cased form has another length would move every offset after it
        return [
            form if len(form) == len(token.text) else token.text
            for form, token in zip(words, doc, strict=True)
        ]


def _caps_stretches(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """Token ranges of the stretches (sentences, lines) written wholly in capitals."""
    stretches: list[tuple[int, int]] = []
    current: list[Token] = []

    def close() -> None:
        words = [t for t in current if sum(char.isalpha() for char in t.text) >= 2]
        if len(words) >= MIN_CAPS_WORDS and not any(
            char.islower() for token in current for char in token.text
        ):
            stretches.append((current[0].i, current[-1].i + 1))
        current.clear()

    for token in tokens:
        current.append(token)
        if token.text in _STRETCH_ENDS or "\n" in token.text or "\n" in token.whitespace_:
            close()
    if current:
        close()
    return stretches


def cased_reading(
    doc_or_span: Doc | Span, casing: CapsCasing, matcher: Callable[[Doc], Matches]
) -> Doc | Span:
    """``doc_or_span`` itself when it holds no all-caps stretch, else the same part of a
    re-cased copy of its Doc (see the module docstring).

    The matcher asks for every sentence several times, so the Doc's stretches (which depend on
    its words only) are found once and kept in its ``user_data``; most news has none, and a
    text without two capitals in a row (``_TWO_CAPITALS``) is passed without a scan."""
    doc = doc_or_span.doc if isinstance(doc_or_span, Span) else doc_or_span
    if doc.user_data.get(READING_KEY):
        return doc_or_span
    stretches = _doc_stretches(doc)
    if isinstance(doc_or_span, Span):
        start, end = doc_or_span.start, doc_or_span.end
        if not any(s < end and e > start for s, e in stretches):
            return doc_or_span
    elif not stretches:
        return doc_or_span
    # the copy is made afresh: the Doc is parsed and repaired between the matcher's calls,
    # and a copy kept from before would hand the rules an unparsed document
    reading = _reading(doc, stretches, casing, matcher)
    if isinstance(doc_or_span, Span):
        return reading[doc_or_span.start : doc_or_span.end]
    return reading


def _doc_stretches(doc: Doc) -> list[tuple[int, int]]:
    """The Doc's all-caps stretches, found once and kept in its ``user_data``."""
    stretches = doc.user_data.get(_STRETCHES_KEY)
    if stretches is None:
        stretches = _caps_stretches(doc) if _TWO_CAPITALS.search(doc_text(doc)) else []
        doc.user_data[_STRETCHES_KEY] = stretches
    return stretches


def _reading(
    doc: Doc,
    stretches: list[tuple[int, int]],
    casing: CapsCasing,
    matcher: Callable[[Doc], Matches],
) -> Doc:
    """The re-cased copy of ``doc``: same tokens, offsets and annotations."""
    words = casing.words(doc, stretches, matcher(doc))
    reading = Doc(doc.vocab, words=words, spaces=[bool(token.whitespace_) for token in doc])
    _copy_annotations(doc, reading)
    # token and Doc extensions live in user_data under their offsets, which are unchanged;
    # the matcher's own caches (string keys of this package) are for the original's words
    reading.user_data.update(
        (key, value)
        for key, value in doc.user_data.items()
        if not (isinstance(key, str) and key.startswith("pledgewatch.actors."))
    )
    reading.user_data[READING_KEY] = True
    return reading


def _copy_annotations(source: Doc, target: Doc) -> None:
    """The parse, tags, lemmas and entities of ``source`` onto ``target`` (same tokens)."""
    attrs = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]
    if source.has_annotation("DEP"):
        attrs += [HEAD, DEP]
    elif source.has_annotation("SENT_START"):
        attrs.append(SENT_START)
    target.from_array(attrs, source.to_array(attrs))  # type: ignore[arg-type]


def original_texts(mentions: list[M], reading: Doc, original: Doc) -> list[M]:
    """``mentions`` found in ``reading`` with their text as the original writes it."""
    if reading is original:
        return mentions
    restored = []
    for mention in mentions:
        start, end = mention.start, mention.end
        if 0 <= start < end <= len(original) and mention.text == reading[start:end].text:
            mention = replace(mention, text=original[start:end].text)
        restored.append(mention)
    return restored
