"""The codes of nested actions: a speech act composed with the event in its complement.

:meth:`Composer.codes` gives each action the CAMEO code it stands for: its own pattern's code,
or, for a verb of a consuming family (intent, appeal, demand, reject, threaten, light, halt), its
family composed with each complement's code through the lexicon's table (``compose.tsv``):
"agreed to resume talks" is intent + 046 -> 036, "wants Putin to attack" an appeal to Putin,
"ordered police patrols" a show of force (family "command"). It is the third stage of
:class:`~pledgewatch.events.actions.ActionFinder` (triggers, nesting, codes), kept in a module of
its own because composing codes is a job apart from reading the parse for triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.dependency_roles import OBJECT_DEPS, infinitival
from pledgewatch.events.lexicon import CONSUMING_FAMILIES, KEEP, SPEECH_ACT_FAMILIES, Lexicon
from pledgewatch.events.ordered_bodies import own_organ_ordered

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: CAMEO's unspecified appeal (020): wanting another actor to act.
APPEAL_CODE = "020"


class Composer:
    """Codes actions and their complements (a mixin of ``ActionFinder``, which sets the
    lexicon)."""

    lexicon: Lexicon

    def codes(self, action: Action, depth: int = 0) -> list[tuple[str, Action | None, str]]:
        """(code, content action, explanation) for each event the action stands for."""
        own = action.pattern.code
        family = action.family
        if action.pattern.complement_code and any(
            c.dep_ in ("xcomp", "ccomp") for c in action.token.children
        ):
            own = action.pattern.complement_code
        if depth > 6:
            return [(own, None, action.label)] if own else []
        if family in CONSUMING_FAMILIES and action.contents:
            results: list[tuple[str, Action | None, str]] = []
            if family == "intent" and _object_control(action, self.lexicon):
                family = "appeal"  # "wants Putin to attack": what one wants another to do
            # "warned Pyongyang not to launch the rocket": a warning about the object's own
            # act is the warning (130), not a threat of that act by the one who warns (138)
            warning_other = family == "threaten" and (
                _object_control(action, self.lexicon) or _warned_against(action.token)
            )
            deciding = family == "intent" and _lemma(action.token) in self.lexicon.words(
                "@decision"
            )
            commanding = family == "demand" and _lemma(action.token) in self.lexicon.words(
                "@command"
            )
            wishing = family == "intent" and _lemma(action.token) in self.lexicon.words("@wish")
            offering = family == "intent" and _lemma(action.token) in self.lexicon.words(
                "@offering"
            )
            for content in action.contents:
                for inner_code, inner_action, inner_why in self._content_codes(
                    content, depth, family
                ):
                    used = family
                    if (
                        wishing
                        and content.pattern.kind == "noun"
                        and (self.lexicon.compose("intent", inner_code) or "").startswith("035")
                    ):
                        # "North Korea wants an end to sanctions", "wants the release of the
                        # sailors": a yielding wished for as a thing is others' to do, an appeal
                        # (0254, 0253); one's own is said with "to" ("wants to ease sanctions")
                        used = "appeal"
                    elif deciding and self.lexicon.compose("decide", inner_code) != (
                        self.lexicon.compose("intent", inner_code)
                    ):
                        # "the EU agreed to ban imports", "voted to impose sanctions": deciding
                        # to sanction is sanctioning (compose.tsv family "decide"), no threat
                        used = "decide"
                    elif offering and self.lexicon.compose("offer", inner_code) != (
                        self.lexicon.compose("intent", inner_code)
                    ):
                        # "offered to send troops to Haiti": an offer of troops is an offer
                        # of help (compose.tsv family "offer", 0334), no threat
                        used = "offer"
                    elif commanding and _own_forces_ordered(action.token, self.lexicon):
                        # "ordered his rocket forces on standby to strike U.S. targets": an
                        # order to one's own forces to use force is a threat of it at the
                        # target (compose.tsv family "command_own_forces"), no demand on it
                        used = "command_own_forces"
                    elif commanding and own_organ_ordered(action.token, self.lexicon):
                        # "ordered a committee to tighten sanctions": the orderer's own organ
                        # acts for it (compose.tsv family "command_own_body")
                        used = "command_own_body"
                    elif commanding and self.lexicon.compose("command", inner_code) != (
                        self.lexicon.compose("demand", inner_code)
                    ):
                        # "ordered police patrols", "ordered the newspaper to suspend
                        # publication": an authority's order of a show of force or a
                        # coercive act is that act (compose.tsv family "command")
                        used = "command"
                    combined = self.lexicon.compose(used or "", inner_code)
                    if family == "intent" and _negated(content.token):
                        # "promised not to attack", "pledged not to halt operations": an intent
                        # to refrain, no threat of the act (nor, decided, the act itself)
                        combined = _refraining(inner_code)
                        used = "intent to refrain"
                    if combined is None:
                        continue
                    if warning_other:
                        combined = KEEP
                    code = own if combined == KEEP else combined
                    if code is None:
                        continue
                    why = f"{action.label}({used}) + {inner_why} ⇒ {code}"
                    results.append((code, inner_action, why))
            if results:
                return results
        if family == "accuse" and action.contents:
            for content in action.contents:
                for inner_code, _, inner_why in self._content_codes(content, depth):
                    combined = self.lexicon.compose("accuse", inner_code)
                    if combined and combined != KEEP:
                        return [
                            (
                                combined,
                                content,
                                f"{action.label}(accuse) + {inner_why} ⇒ {combined}",
                            )
                        ]
        if own is None or (family in ("light", "halt") and not action.contents):
            return [] if own is None else [(own, None, f"pattern {action.label}")]
        if (
            family == "intent"
            and own.startswith("03")
            and (_object_control(action, self.lexicon) or _seen_from_another(action))
        ):
            # "wants Pyongyang to return the sailors": what one wants another to do is an
            # appeal to them, even when the wanted act codes nothing
            return [(APPEAL_CODE, None, f"pattern {action.label} on another's act ⇒ {APPEAL_CODE}")]
        return [(own, None, f"pattern {action.label}")]

    def _content_codes(
        self, content: Action, depth: int, family: str | None = None
    ) -> list[tuple[str, Action, str]]:
        """Codes of a complement; a nested speech act counts by what it is about (but a light
        verb passes on the speech act itself: "faced pressure to ..." is the demand)."""
        if content.family in SPEECH_ACT_FAMILIES and content.contents and family != "light":
            out = []
            for inner in content.contents:
                out.extend(self._content_codes(inner, depth + 1))
            if out:
                return out
        return [(code, content, why) for code, _, why in self.codes(content, depth + 1)]


#: Roots of force (shows of force, coercion, assault, fighting, mass violence): an intent to
#: refrain from them is one to de-escalate (0356); from anything else, one to cooperate (030).
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
DE_ESCALATE_CODE = "0356"
COOPERATE_CODE = "030"


#: Verbs of witnessing: wanting to see another's act is asking for it.
_WITNESS_LEMMAS = frozenset({"see", "hear"})


def _refraining(content_code: str) -> str:
    return DE_ESCALATE_CODE if content_code[:2] in FORCE_ROOTS else COOPERATE_CODE


def _negated(token: Any) -> bool:
    """Has the complement verb a negation of its own ("not to attack", "never to halt")?"""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not") for c in token.children)


def _lemma(token: Any) -> str:
    return token.lemma_.lower()


def _object_control(action: Action, lexicon: Lexicon) -> bool:
    """Does the verb's direct object perform its to-complement ("wants Putin to attack")? Not
    with a verb of promising (``@subject_control``): "promised Bangladesh to keep supplying
    onions" is the promisor's own act to come, and the object is whom it is promised to."""
    token = action.token
    if _lemma(token) in lexicon.words("@subject_control"):
        return False
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if objects:
        # the object comes before the infinitive it performs; "agreed to suspend tests,
        # missile launches and ..." with a coordinated object misparsed onto "agreed" is no
        # one else's act
        return any(c.dep_ == "xcomp" and c.i > objects[0].i for c in token.children)
    # "wants Putin to attack" parsed with "Putin" as the subject of an infinitive
    return any(
        c.dep_ == "ccomp" and infinitival(c) and any(g.dep_ == "nsubj" for g in c.children)
        for c in token.children
    )


def _seen_from_another(action: Action) -> bool:
    """ "wanted to see concrete steps from the North", "wants to see Iran take steps": what one
    wants to see another do, named by "from" or as the subject of the seen act."""
    for see in action.token.children:
        if see.dep_ != "xcomp" or see.lemma_.lower() not in _WITNESS_LEMMAS:
            continue
        for child in see.children:
            if child.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in child.children):
                return True
            if child.dep_ in OBJECT_DEPS and any(
                p.dep_ == "prep" and p.lower_ == "from" for p in child.children
            ):
                return True
    return False


def seen_doers(verb: Any) -> list[tuple[Any, str]]:
    """Who a wish to see another act names as the one to act, as (token, relation): the
    subject of the seen clause ("wants to see whether Iran is prepared to take steps", "wants to
    see Iran take steps") or the "from" object of what is to be seen ("wanted to see concrete
    steps from the North"). The one wished to act is whom the appeal (020) is aimed at."""
    found: list[tuple[Any, str]] = []
    for see in verb.children:
        if see.dep_ != "xcomp" or see.lemma_.lower() not in _WITNESS_LEMMAS:
            continue
        for child in see.children:
            if child.dep_ == "ccomp":
                found.extend((g, "subj") for g in child.children if g.dep_ == "nsubj")
            elif child.dep_ in OBJECT_DEPS:
                found.extend(
                    (g, "from")
                    for p in child.children
                    if p.dep_ == "prep" and p.lower_ == "from"
                    for g in p.children
                    if g.dep_ == "pobj"
                )
    return found


def _own_forces_ordered(verb: Any, lexicon: Lexicon) -> bool:
    """Is an order one that puts the orderer's own forces in readiness ("ordered his strategic
    rocket forces on standby", "ordered its warships to be ready"): a ``@troops`` or
    ``@warship`` object owned by a possessive pronoun, and a ``@readiness`` word in the order?
    Forces named with no owner and no country ("ordered the missile units on standby") are the
    orderer's by his title, as "his". ("ordered his troops to attack" is left to the "command"
    family.)"""
    forces = lexicon.words("@troops") | lexicon.words("@warship") | lexicon.words("@missile")
    possessives = lexicon.words("@own_possessive")
    if not any(t.lower_ in lexicon.words("@readiness") for t in verb.subtree):
        return False
    return any(
        obj.dep_ in OBJECT_DEPS and obj.lower_ in forces and _owned_or_ownerless(obj, possessives)
        for obj in verb.children
    )


def _owned_or_ownerless(noun: Any, possessives: frozenset[str]) -> bool:
    """ "his rocket forces" (an own possessive), or "the missile units" (no owner, and no
    capitalised modifier, which may name a country or a body): forces the orderer commands;
    not "South Korean troops", "U.S. forces"."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return all(c.lower_ in possessives for c in owners)
    return not any(
        c.dep_ in ("amod", "compound", "nmod") and (c.pos_ == "PROPN" or c.text[:1].isupper())
        for c in noun.children
    )


def _warned_against(verb: Any) -> bool:
    """ "warned North Korea against conducting a test": the object's own act, in a gerund
    after "against" or "of", is what the warning is about."""
    return any(c.dep_ in OBJECT_DEPS for c in verb.children) and any(
        prep.dep_ == "prep"
        and prep.lower_ in ("against", "of")
        and any(g.dep_ == "pcomp" for g in prep.children)
        for prep in verb.children
    )
