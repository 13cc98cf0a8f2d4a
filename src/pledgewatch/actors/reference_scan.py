"""Which unmatched tokens of a sentence the salience rules may read as a reference.

:meth:`Salience.read_sentence` offers every token no dictionary phrase covers to
``_token_reference`` ("the North", "it", "the two Koreas", "his country", "we", "the
ministry"). Each of its rules fires only on a token whose lower-cased form is one of a few
words (the pronouns, "north"/"south", "we" and the dictionary's ``salient_country_nouns``,
``host_nouns``, ``pair_names`` and ``pair_nouns``) or on a token after "the"; any other
token it turns down without remembering anything. Most tokens of a document are neither, and
building a Token for each and walking the rules cost about a fifth of the actor matching of a
sparse news corpus. :class:`ReferenceScan` answers the same question from the Doc's
lower-case forms, read once per Doc (actors/doc_words.py): a token it turns down is one
``_token_reference`` would have turned down.

A rule of ``_token_reference`` that reads a new word must add that word to :attr:`words`
(tests/test_speed34_reference_scan.py checks that they agree on every token of its texts).
"""

from __future__ import annotations

from spacy.tokens import Doc

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.doc_words import doc_words
from pledgewatch.actors.seen import SUBJECT_PRONOUNS

#: Words ``_token_reference`` reads whatever the dictionary says: the directional nouns
#: (matched on their written "North"/"South"), "we" and "it" (in SUBJECT_PRONOUNS).
_FIXED_WORDS = frozenset({"north", "south", "we"}) | SUBJECT_PRONOUNS


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

    def may_refer(self, doc: Doc, i: int) -> bool:
        """False when no rule of ``_token_reference`` can read token ``i`` of ``doc``."""
        lower = doc_words(doc)[1]  # read once per Doc (a re-cased reading has its own)
        return lower[i] in self.words or (i > 0 and lower[i - 1] == "the")
