"""Whose an event noun is when its own phrase names no one: the verb above it decides.

Two readings of the verb an event noun depends on, used by
:meth:`pledgewatch.events.arguments.ArgumentFinder.arguments` for a noun whose phrase gives no
actor:

* **a charge denied or rejected** (:func:`others_charge`): an accusation or criticism (CAMEO 11)
  that is denied or rejected is someone else's, "the RSF denied the accusation", "Moscow
  rejected the criticism" -- not the denier's own (moved here unchanged from ``arguments.py``).
* **the sayer's own act** (:func:`saying_owner`): "Iran said its freeze on enrichment would last
  only while talks continue", "Kiev said its ceasefire would hold". The event noun is the
  subject of the reported clause and its owner is a possessive pronoun the matcher left
  unresolved ("its"), so the act was lost and only the saying kept. A possessive pronoun
  (``@own_possessive``) on the subject of a clause a reporting verb (family ``say``) reports,
  whose verb says the act goes on (``@lasting_verb``: last, hold, remain ...), refers to the
  reporting verb's subject: its owner is the sayer. Other verbs are left alone ("can argue that
  its pledge has expired" tells of no pledge made). A noun whose pronoun the matcher did
  resolve, or with a named owner ("said Russia's ceasefire ..."), never gets here.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["lasting_subject", "others_charge", "saying_owner"]

#: The labels of a reported clause under its reporting verb ("said [its freeze would last]").
_REPORTED_DEPS = frozenset({"ccomp"})
#: The labels of an event noun that is its clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def others_charge(action: Action, governor: Action) -> bool:
    """An accusation or criticism (CAMEO 11) that is denied or rejected is someone else's:
    "the RSF denied the accusation", "Moscow rejected the criticism" -- not the denier's own."""
    return governor.family in ("deny", "reject") and (action.pattern.code or "")[:2] == "11"


def saying_owner(noun: Any, own_possessives: Collection[str], lexicon: Lexicon) -> Any | None:
    """The reporting verb whose subject owns the event ``noun`` through a possessive pronoun
    ("Iran said its freeze would last": "said"); None when the noun is not such a subject."""
    if noun.dep_ not in _SUBJECT_DEPS:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in own_possessives for c in noun.children):
        return None
    clause = noun.head
    if clause.dep_ not in _REPORTED_DEPS or clause.head.i == clause.i:
        return None
    if clause.lemma_.lower() not in lexicon.words("@lasting_verb"):
        return None
    saying = clause.head
    if saying.pos_ not in ("VERB", "AUX"):
        return None
    families = {p.family for p in lexicon.patterns("verb", saying.lemma_.lower())}
    return saying if "say" in families else None


def lasting_subject(verb: Any, by_token: Mapping[int, Any], lexicon: Lexicon) -> Any | None:
    """The event noun that is the subject of ``verb`` when ``verb`` only says the act goes on
    (``@lasting_verb``: "[its moratorium] would last", "[the ceasefire] will hold"): what a
    reporting verb above it reports is that act. ``by_token`` holds the sentence's actions by
    token index; None when the verb is no such verb or its subject is no event."""
    if verb.lemma_.lower() not in lexicon.words("@lasting_verb"):
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.i not in by_token:
        return None
    return by_token[subject.i].token
