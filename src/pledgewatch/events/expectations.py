"""An act expected of others is no act of the one expecting it.

"Expect" is a light verb: "North Korea expects to sign the deal" codes the signing with North
Korea as its doer, as "plans to" or "intends to" do. But its noun object names an act someone
else may do: "Obama told reporters to expect more sanctions" made the reporters the ones who
sanction (---MED 163), "analysts expect an attack" the analysts the attackers. An expectation
of a named act is a forecast, not the act, and its doer is not said; such an event is dropped
(word class ``@expectation`` in word_classes.tsv: expect, anticipate, await, foresee). The verb's
infinitive ("expects to sign") is untouched, and so is a joint act the one expecting takes part
in (a symmetric pattern: "Iran expects talks with France next week").

A verb of expecting or dreading that is no light verb ("anticipate", "fear", "brace for") leaves
its noun object to be coded on its own; that event is not asserted either: "Israel anticipates
an attack" was ISR 190 asserted, the one anticipating as the attacker. Such a noun event
(:func:`expecting_verb`: the object of an ``@expectation`` or ``@dread`` verb, or what one
braces for) is future, cued by that verb, and the one expecting it is not its doer
(:func:`not_the_expecter`): "Israel anticipates an attack from Hamas" is PSEREB 190 future,
"South Korea fears a North Korean attack" PRK 190 future. Likewise an act one prepares or plans
(word class ``@preparation``) named as a noun is future, as its infinitive is
(:func:`prepared_act`: "The European Union is preparing its own oil embargo").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import OBJECT_DEPS, subject_tokens
from pledgewatch.events.lexicon import Lexicon

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action


def expected_of_others(action: Action, content: Action | None, lexicon: Lexicon) -> bool:
    """Is the event a light verb of expecting composed with a noun it has as its object?"""
    if action.family != "light" or content is None:
        return False
    verb = action.token
    if verb.lemma_.lower() not in lexicon.words("@expectation"):
        return False
    if content.pattern.symmetric:
        return False  # "Iran expects talks with France": talks it will take part in
    noun = content.token
    return bool(noun.dep_ in OBJECT_DEPS and noun.head == verb)


#: The preposition of what one braces or prepares for ("braced for an attack").
_AWAITED_PREP = "for"


def expecting_verb(action: Action, lexicon: Lexicon) -> Any | None:
    """The verb that expects or dreads a noun event ("anticipates [an attack]", "fears [a North
    Korean attack]", "is bracing for [an attack]"); None when the event is no such object."""
    if action.pattern.kind != "noun":
        return None
    noun = action.token
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == _AWAITED_PREP:
        verb = head.head
        words = lexicon.words("@bracing")
    elif noun.dep_ in OBJECT_DEPS:
        verb = head
        words = lexicon.words("@expectation") | lexicon.words("@dread")
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words:
        return None
    return verb


def not_the_expecter(arguments: Sequence[Argument], verb: Any) -> list[Argument]:
    """``arguments`` without the one expecting (the expecting verb's subject)."""
    spans = [(t.left_edge.i, t.right_edge.i) for t, _ in subject_tokens(verb)]
    return [a for a in arguments if not any(lo <= a.head.i <= hi for lo, hi in spans)]


def prepared_act(action: Action, content: Action | None, lexicon: Lexicon) -> Any | None:
    """The verb of preparing or planning a noun act ("The European Union is preparing [its own
    oil embargo]", "is planning [a nuclear test]"): that act is still to come, future, as
    "preparing to impose" already reads; None for any other event, and for a plan made in the
    past ("planned the attack on the Cheonan", "did not plan it": the act was done, or not)."""
    if action.family != "light" or content is None or content.pattern.kind != "noun":
        return None
    verb = action.token
    if verb.lemma_.lower() not in lexicon.words("@preparation") or not _still_planning(verb):
        return None
    noun = content.token
    return verb if noun.dep_ in OBJECT_DEPS and noun.head == verb else None


#: Tags of a verb of planning whose plan is still to be carried out: present ("plans",
#: "prepare"), progressive ("is preparing"), or a base form under "will", "going to", a modal.
_PLANNING_TAGS = frozenset({"VBZ", "VBP", "VBG", "VB"})


def _still_planning(verb: Any) -> bool:
    """Is the verb of planning present, progressive or to come, not past ("planned", "had
    planned", "did not plan")?"""
    if verb.tag_ not in _PLANNING_TAGS:
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
