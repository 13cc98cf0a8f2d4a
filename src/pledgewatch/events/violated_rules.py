"""Whose rules are broken is not who is accused: "called it a violation of U.N. resolutions".

An accusation of breaking a rule names the rule's owner ("a violation of U.N. resolutions", "a
breach of the U.N. Charter", "violated Security Council resolutions"): the argument finder, which
found no country-bearing object, took that owner (the UN) for the accused. The body whose text
(``@rule_text``: resolutions, charter, law) is broken is no target of an accusation (CAMEO 11) of
breaking it (:func:`owns_broken_rule`); the accused is the doer of the act called a violation
(:func:`accused_act_doers`): the predicated object's own doer ("called North Korea's launch a
violation"), through a pronoun to the object of the verb it is joined to ("condemned the launch
and called it a violation"). With no doer named, the accusation keeps no target rather than the
rule's owner; the doer of an act told in an earlier sentence is left to the document's reading.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import OBJECT_DEPS, noun_roles

__all__ = ["accused_act_doers", "owns_broken_rule"]

#: Dependencies of an owner on its rule text ("U.N. resolutions", "the UN's charter").
_OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
#: Pronouns that stand for the act named as the object of a joined verb ("... and called it").
_ACT_PRONOUNS = frozenset({"it", "this", "that"})


def owns_broken_rule(
    target: Argument, rules: frozenset[str], violations: frozenset[str], violating: frozenset[str]
) -> bool:
    """Is ``target`` the owner of a rule text (``rules``) that is broken: the object of a
    violation noun's "of" (``violations``) or of a verb of violating (``violating``)?"""
    word = target.head.doc[target.mention.end - 1]
    if word.lemma_.lower() in rules or word.lower_ in rules:
        rule = word  # "the UN Charter" as one name
    elif word.dep_ in _OWNER_DEPS and word.head.lemma_.lower() in rules:
        rule = word.head  # "U.N. resolutions"
    elif (
        word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lemma_.lower() in rules
    ):
        rule = word.head.head  # "the resolutions of the Security Council"
    else:
        return False
    holder = rule.head
    if rule.dep_ == "pobj" and holder.lower_ == "of":
        return holder.head.lemma_.lower() in violations or holder.head.lower_ in violations
    return rule.dep_ in OBJECT_DEPS and holder.lemma_.lower() in violating


def accused_act_doers(verb: Any) -> list[tuple[Any, str]]:
    """Tokens of the doer of the act ``verb`` calls a violation: the possessor, actor modifier
    or "by" agent of its object noun ("called North Korea's launch a violation"), or, for a
    pronoun object, of the object of the verb it is joined to ("condemned the launch and
    called it ...")."""
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not objects:
        return []
    act = objects[0]
    if act.lower_ in _ACT_PRONOUNS and verb.dep_ == "conj":
        earlier = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS]
        if not earlier:
            return []
        act = earlier[0]
    if act.pos_ != "NOUN":
        return []
    doers, _ = noun_roles(act, "target")
    return doers
