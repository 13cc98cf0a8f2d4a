"""Which unmatched tokens of a sentence the salience rules may read as a reference.

:meth:`Salience.read_sentence` offers every token no dictionary phrase covers to
``_token_reference`` ("the North", "it", "the two Koreas", "his country", "we", "the
ministry"). Each of its rules fires only on a token whose lower-cased form is one of a few
words (the pronouns, "north"/"south", "we" and the dictionary's ``salient_country_nouns``,
``host_nouns``, ``pair_names`` and ``pair_nouns``) or on a token after "the"; any other
token it turns down without remembering anything. Most tokens of a document are neither, and
building a Token for each and walking the rules cost about a fifth of the actor matching of a
sparse news corpus. :class:`ReferenceScan` answers the same question from the Doc's array of
lower-case hashes, read once per Doc: a token it turns down is one ``_token_reference`` would
have turned down.

A rule of ``_token_reference`` that reads a new word must add that word to :attr:`words`
(tests/test_speed34_reference_scan.py checks that they agree on every token of its texts).
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.seen import SUBJECT_PRONOUNS

#: Words ``_token_reference`` reads whatever the dictionary says: the directional nouns
#: (matched on their written "North"/"South"), "we" and "it" (in SUBJECT_PRONOUNS).
_FIXED_WORDS = frozenset({"north", "south", "we"}) | SUBJECT_PRONOUNS

_THE = get_string_id("the")


class ReferenceScan:
    """The tokens of one Doc at a time that may start a reference (see the module docstring)."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.words: frozenset[str] = (
            _FIXED_WORDS
            | dictionary.salient_country_nouns
            | dictionary.host_nouns
            | frozenset(dictionary.pair_names)
            | dictionary.pair_nouns
        )
        self._hashes = frozenset(get_string_id(word) for word in self.words)
        self._doc: Doc | None = None
        self._lower: list[int] = []

    def may_refer(self, doc: Doc, i: int) -> bool:
        """False when no rule of ``_token_reference`` can read token ``i`` of ``doc``."""
        if doc is not self._doc:  # a new Doc (or the re-cased reading of one): its words
            self._doc = doc
            self._lower = doc.to_array(LOWER).tolist() if len(doc) else []
        lower = self._lower
        return lower[i] in self._hashes or (i > 0 and lower[i - 1] == _THE)
