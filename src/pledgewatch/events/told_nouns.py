""" "The program" is the programme the story has just named: its modifiers come with it.

"South Korea asked the North to halt its uranium enrichment program ... Kim did not say whether
Pyongyang would halt the program." The second "the program" is the enrichment programme, but a
verb pattern sees only its own object's words, "program", and reads halting a bare programme as
halting cooperation (160, like "halted the tour program"). :func:`told_modifiers` gives a bare
definite noun of the word class ``@told_noun`` (word_classes.tsv: program, programme) the
modifiers of the last earlier mention of the same noun in the document that had any, within
``LOOKBACK_TOKENS`` tokens, so :func:`pledgewatch.events.dependency_roles.np_words` sees "the
[uranium enrichment] program" and the weapons-work pattern (0873) applies.

Limits: only "the" + noun with no modifier of its own ("the aid program" is its own); only the
nouns of the list (a "the talks" or "the agreement" names many things); the antecedent's own
modifiers (compound, adjective), not its possessor.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.lexicon import LEXICON_DIR, load_lexicon

#: How far back (in tokens, about four sentences of news) an antecedent may be.
LOOKBACK_TOKENS = 120
#: The modifier labels an antecedent lends: "uranium enrichment program", "nuclear program".
_LENT_DEPS = frozenset({"compound", "amod"})


def told_modifiers(head: Any) -> set[str]:
    """Lemmas and forms of the modifiers a bare "the program" borrows from its antecedent."""
    lemma = head.lemma_.lower()
    if lemma not in load_lexicon(str(LEXICON_DIR)).words("@told_noun"):
        return set()
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
