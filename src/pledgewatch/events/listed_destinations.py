"""A destination phrase the small parser hangs on the last item of a list of objects.

"The resolution adds a space agency, a bank and several trading companies to the sanctions list":
the parser attaches "to the sanctions list" to "companies" (or another later item), not to
"adds", so the verb has no "to" phrase and only its bare pattern fits (add.v, a statement, 010),
not the listing for sanctions (add.v_to+sanction_list, 163) that "added two banks to the
sanctions list" codes. :func:`restore_listed_destination` gives such a phrase back to the verb
when a pattern of the verb names that preposition as its child and the phrase's words fit that
pattern's object words, so a phrase that only belongs to the last item ("a bank, a ministry and
an envoy to the UN") stays where it is.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS, np_words
from pledgewatch.events.lexicon import Lexicon

__all__ = ["restore_listed_destination"]

#: Links of a list's later items to the earlier ones ("a bank, a firm and several companies":
#: the parser takes the second item for an apposition of the first).
_LIST_DEPS = frozenset({"conj", "appos"})


def restore_listed_destination(span: Any, lexicon: Lexicon) -> bool:
    """Re-attach to the verb a preposition phrase hung on the last conjunct of its direct
    object when a pattern of the verb requires it there; True when the parse was changed."""
    changed = False
    for prep in span:
        if prep.dep_ != "prep" or prep.head.dep_ not in _LIST_DEPS:
            continue
        first = prep.head
        while first.dep_ in _LIST_DEPS and first.head.i < first.i:
            first = first.head
        verb = first.head
        if first.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB" or verb.i > first.i:
            continue
        if any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in verb.children):
            continue
        words: set[str] = set()
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            words |= np_words(pobj)
        wanted = [
            p
            for p in lexicon.patterns("verb", verb.lemma_.lower())
            if p.child == prep.lower_ and p.requires
        ]
        if any(p.fits({prep.lower_}, words, False) for p in wanted):
            prep.head = verb
            changed = True
    return changed
