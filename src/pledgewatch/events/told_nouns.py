""" "The program" is the programme the story has just named: its modifiers come with it.

"South Korea asked the North to halt its uranium enrichment program ... Kim did not say whether
Pyongyang would halt the program." The second "the program" is the enrichment programme, but a
verb pattern sees only its own object's words, "program", and reads halting a bare programme as
halting cooperation (160, like "halted the tour program"). :func:`told_modifiers` gives a bare
definite noun of the word class ``@told_noun`` (word_classes.tsv: program, programme) the
modifiers of the last earlier mention of the same noun in the document that had any, within
``LOOKBACK_TOKENS`` tokens, so :func:`pledgewatch.events.dependency_roles.np_words` sees "the
[uranium enrichment] program" and the weapons-work pattern (0873) applies.

The extractor lends the modifiers once per sentence (:func:`lend_told_modifiers`, with the word
class of its own lexicon) and keeps them on the Doc; :func:`told_modifiers` only reads them, so
``np_words``, which has no lexicon, honours the configured one.

Limits: only "the" + noun with no modifier of its own ("the aid program" is its own); only the
nouns of the list (a "the talks" or "the agreement" names many things); the antecedent's own
modifiers (compound, adjective), not its possessor.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: How far back (in tokens, about four sentences of news) an antecedent may be.
LOOKBACK_TOKENS = 120
#: The modifier labels an antecedent lends: "uranium enrichment program", "nuclear program".
_LENT_DEPS = frozenset({"compound", "amod"})
#: The Doc's ``user_data`` key of the modifiers lent, by the token index of the noun.
_LENT_KEY = "pledgewatch.told_modifiers"


def told_modifiers(head: Any) -> set[str]:
    """Lemmas and forms of the modifiers a bare "the program" borrows from its antecedent, as
    :func:`lend_told_modifiers` left them on the Doc (none before it ran)."""
    lent: dict[int, frozenset[str]] = head.doc.user_data.get(_LENT_KEY, {})
    return set(lent.get(head.i, ()))


def lend_told_modifiers(sentence: Any, told_nouns: Iterable[str]) -> None:
    """Find, for each bare "the program" of ``sentence`` whose lemma is one of ``told_nouns``
    (the lexicon's ``@told_noun``), the modifiers it borrows, and keep them on the Doc for
    :func:`told_modifiers`."""
    nouns = frozenset(told_nouns)
    lent: dict[int, frozenset[str]] = sentence.doc.user_data.setdefault(_LENT_KEY, {})
    for head in sentence:
        if head.lemma_.lower() in nouns:
            words = _borrowed(head)
            if words:
                lent[head.i] = frozenset(words)


def _borrowed(head: Any) -> set[str]:
    lemma = head.lemma_.lower()
    children = list(head.children)
    if any(c.dep_ in _LENT_DEPS or c.dep_ in ("poss", "nmod") for c in children):
        return set()
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return set()
    doc = head.doc
    for index in range(head.i - 1, max(head.i - LOOKBACK_TOKENS, 0) - 1, -1):
        earlier = doc[index]
        if earlier.lemma_.lower() != lemma and earlier.lower_ != head.lower_:
            continue
        lent = {
            word
            for child in earlier.children
            if child.dep_ in _LENT_DEPS
            for word in (child.lower_, child.lemma_.lower())
        }
        if lent:
            return lent
    return set()
