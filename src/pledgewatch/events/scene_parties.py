"""Who takes part in a meeting or a visit, and who did an act told in a passive.

The parties the argument finder reads off a meeting's or a visit's own phrases: the body whose
meeting was held ("a plenary meeting of the Central Committee was held"), the clause subject
that a meeting or visit sets the scene for ("In a call with Hu, Obama urged ...", "... during
a visit to Seoul"), the "by" agent of an event noun in a passive's "in"/"during" phrase, the
parties of a "between" phrase ("talks were held between Israel and Egypt") and the host of a
visit pattern that names its host by a preposition ("returned to X"). A mixin of
:class:`~pledgewatch.events.arguments.ArgumentFinder`, moved out of it whole (same behaviour)
to keep that module under its size limit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import PASSIVE_SUBJECT_DEPS, prep_objects
from pledgewatch.events.lexicon import ACTOR_PREP_OBJECT, Lexicon
from pledgewatch.events.visits import VISIT_CODE

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

__all__ = ["SceneParties"]


class SceneParties:
    """Parties of meetings and visits read off their own phrases (a mixin of
    ``ArgumentFinder``, which sets the lexicon and resolves tokens through ``resolve`` and
    ``verb_sources``)."""

    lexicon: Lexicon
    resolve: Callable[[list[tuple[Any, str]]], list[Argument]]
    verb_sources: Callable[[Any], list[Argument]]

    def _meeting_owners(self, verb: Any) -> list[Argument]:
        """The "of" actors of a meeting that is the passive subject ("a meeting of the
        Central Committee was held")."""
        meetings = self.lexicon.words("@deliberation")
        owners = [
            (p, "of")
            for subject in verb.children
            if subject.dep_ in PASSIVE_SUBJECT_DEPS and subject.lemma_.lower() in meetings
            for prep in subject.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return self.resolve(owners)

    def _scene_sources(self, noun: Any, visit: bool = False) -> list[Argument]:
        """The subject of the verb whose fronted "in" or "during" phrase the noun heads; of a
        ``visit``, also of the verb whose "during" phrase it heads after the verb ("announced
        sanctions during a visit to Seoul": the announcer visited), a participle's phrase
        being its clause's ("sanctions aimed at X during a visit to Seoul"). Not after a
        negated verb ("did not meet Kim during the trip": the trip is not denied)."""
        prep = noun.head
        verb = prep.head
        after = prep.i > verb.i
        if (
            noun.dep_ != "pobj"
            or prep.lower_ not in ("in", "during")
            or prep.dep_ != "prep"
            or verb.pos_ not in ("VERB", "AUX")
            or (after and not (visit and prep.lower_ == "during"))
            or (after and any(c.dep_ == "neg" for c in verb.children))
        ):
            return []
        if after and verb.dep_ == "acl" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # the participle's noun is its clause verb's object
        return self.verb_sources(verb)

    def _agents_of_event_phrase(self, verb: Any) -> list[Argument]:
        """The "by" agent of an event noun in a passive's "in"/"during" phrase: the doer."""
        agents = [
            (agent, "by")
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
            for noun in prep.children
            if noun.dep_ == "pobj" and self.lexicon.has("noun", noun.lemma_.lower())
            for by in noun.children
            if by.dep_ == "prep" and by.lower_ == "by"
            for agent in by.children
            if agent.dep_ == "pobj"
        ]
        return self.resolve(agents)

    def _between(self, token: Any) -> list[Argument]:
        """Actors of the trigger's "between" phrase, or its verb's ("fighting erupted between")."""
        objects = [
            (p, "between")
            for prep in [*token.children, *(token.head.children if token.dep_ == "nsubj" else ())]
            if prep.dep_ == "prep" and prep.lower_ == "between"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        return self.resolve(objects)

    def _visit_hosts(self, action: Action) -> list[Argument] | None:
        """The host of a visit verb's pattern that names its host by a preposition ("returned
        to X"): the actors of that preposition's object only, not where the visitor left from
        ("from Beijing") or anything deeper; None for any other pattern. A pattern that does
        not need an actor there ("arrived in", "travelled to") takes it only when it names one:
        "arrived in South Africa for the BRICS summit" visits South Africa, not the summit."""
        pattern = action.pattern
        if pattern.kind != "verb" or pattern.code != VISIT_CODE or not pattern.child:
            return None
        objects = [
            (p, prep.lower_)
            for prep in action.token.children
            if prep.dep_ == "prep" and prep.lower_ == pattern.child
            for p in prep_objects(prep)
        ]
        hosts = self.resolve(objects)
        if any(ACTOR_PREP_OBJECT in group for group in pattern.requires):
            return hosts
        return hosts or None
