"""An act expected of others is no act of the one expecting it.

"Expect" is a light verb: "North Korea expects to sign the deal" codes the signing with North
Korea as its doer, as "plans to" or "intends to" do. But its noun object names an act someone
else may do: "Obama told reporters to expect more sanctions" made the reporters the ones who
sanction (---MED 163), "analysts expect an attack" the analysts the attackers. An expectation
of a named act is a forecast, not the act, and its doer is not said; such an event is dropped
(word class ``@expectation`` in word_classes.tsv: expect, anticipate, await, foresee). The verb's
infinitive ("expects to sign") is untouched, and so is a joint act the one expecting takes part
in (a symmetric pattern: "Iran expects talks with France next week").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgewatch.events.dependency_roles import OBJECT_DEPS
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
