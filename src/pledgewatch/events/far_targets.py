"""Targets found beyond a trigger's own phrases, when those name no other country.

:class:`~pledgewatch.events.arguments.ArgumentFinder` first looks for a target in the trigger's
object and prepositional phrases. When none of them names a country other than the source's,
these searches look further, each for one construction: an intent's or threat's complement
chain ("ready to send troops to Liberia"), an "unless" (or, on a threat, "if") condition's
subject ("will withdraw unless X apologizes"), what a complaint is over ("complained to the UN
over Israeli raids"), the object shared by coordinated verbs ("donated and delivered aid to X"),
whoever did what revenge is "for" or what a sanction comes after ("sanctions after North
Korea's nuclear test"), the one a verbal act in a purpose clause is addressed to ("summoned the
ambassador to complain"), and the object of an act's purpose clause ("opened fire to disperse
the protesters"). A mixin of ``ArgumentFinder``, in a module of its own because
these searches are a job apart from reading the trigger's own roles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pledgewatch.events.actor_phrases import Argument, same_span
from pledgewatch.events.conditional_threats import unanswered_clause
from pledgewatch.events.dependency_roles import (
    OBJECT_CONTROL,
    OBJECT_DEPS,
    is_to_complement,
    noun_roles,
    object_tokens,
)
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.nlp.condition_clauses import condition_clauses

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

#: Condition markers whose clause's subject is the one an act on that condition is aimed at.
UNLESS_MARKS = frozenset({"unless"})
#: CAMEO roots of verbal acts addressed to someone (statement, appeal, demand, ...).
ADDRESSED_ROOTS = frozenset({"01", "02", "10", "11", "13", "14"})
#: Nouns of paying back an act: aimed at whoever did the act ("revenge for X's attack").
REVENGE_NOUNS = frozenset({"revenge", "retaliation", "vengeance", "reprisal", "reprisals"})
#: Prepositions naming the act a sanction answers ("sanctions after the nuclear test").
CAUSE_PREPS = frozenset({"after", "over", "following"})
#: Prepositions naming what a complaint or criticism is about ("complained to X over Y").
GRIEVANCE_PREPS = frozenset({"over", "about", "of"})


class FarTargets:
    """Target searches past the trigger's own phrases (a mixin of ``ArgumentFinder``, which
    sets the lexicon and resolves tokens to actors through its public ``resolve`` and
    ``best_ranked``)."""

    lexicon: Lexicon
    resolve: Callable[[list[tuple[Any, str]]], list[Argument]]
    best_ranked: Callable[[list[tuple[Any, str, int]], list[Argument]], list[Argument]]

    def _avenged_doers(
        self, action: Action, content: Action | None, sources: list[Argument]
    ) -> list[Argument]:
        """Revenge or retaliation "for" an event is aimed at whoever did that event."""
        nouns = [a.token for a in (action, content) if a is not None and a.pattern.kind == "noun"]
        doers = [
            item
            for noun in nouns
            if noun.lemma_.lower() in REVENGE_NOUNS
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for event in prep.children
            if event.dep_ == "pobj" and self.lexicon.has("noun", event.lemma_.lower())
            for item in noun_roles(event, "target")[0]
        ]
        return not_among(self.resolve(doers), sources)

    def _cause_doers(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Sanctions "after", "over" or "following" an event are aimed at whoever did it ("adopts
        tougher sanctions after North Korea nuclear test"): the doers of event nouns there."""
        # the phrase may hang on the verb or on the sanctions it imposes
        holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)]
        doers = [
            item
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPS
            for event in prep.children
            if event.dep_ == "pobj" and self.lexicon.has("noun", event.lemma_.lower())
            for item in noun_roles(event, "target")[0]
        ]
        found = not_among(self.resolve(doers), sources)
        return found if with_country(found, sources) else []

    def _grievance_targets(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Another country's actors in the "over", "about" or "of" phrase (what it is about)."""
        about = [
            (p, prep.lower_)
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in GRIEVANCE_PREPS
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        found = not_among(self.resolve(about), sources)
        return found if with_country(found, sources) else []

    def _shared_object_targets(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Targets of a coordinated verb that has no subject of its own, when ``token`` lacks an
        object of its own or ends in a stranded preposition ("ties with and ...")."""
        # a reported clause is an object too: "said X would Y and called on Z" says nothing to Z
        objectless = not any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" for c in token.children)
        holders = [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS)]
        stranded = any(
            c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            for holder in holders
            for c in holder.children
        )  # "ties with and ...": the preposition may hang on the verb or on its object
        if not (objectless or stranded):
            return []
        for conj in token.children:
            if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX"):
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
                continue
            found = self.best_ranked(object_tokens(conj), sources)
            found = not_among(found, sources)
            if with_country(found, sources):
                return found
        return []

    def condition_subjects(
        self,
        token: Any,
        family: str | None,
        sources: list[Argument],
        *,
        unanswered: bool = False,
    ) -> list[Argument]:
        """Country-bearing subjects of a condition clause on the trigger or its to-complement
        chain: "unless" on any act ("will withdraw unless X apologizes"), "if" only on a threat
        ("threatened to ban the vote if X took part"). An "if" clause the act does not answer
        ("threatened sanctions if the EU agreed to do the same": a partner's step, not what the
        EU must do to be spared) names no target, as for the measures (mend22a), unless
        ``unanswered`` keeps it (an easing offered on a partner's assent is aimed at it)."""
        marks = UNLESS_MARKS | ({"if"} if family == "threaten" else set())
        current = token
        for _ in range(4):
            clauses = [
                c
                for c in condition_clauses(current, marks)
                if unanswered or not unanswered_clause(c, self.lexicon)
            ]
            subjects = [
                (g, "subj") for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass")
            ]
            found = not_among(self.resolve(subjects), sources)
            if with_country(found, sources):
                return [t for t in found if not t.mention.code.startswith("---")]
            current = _next_to_complement(current)
            if current is None:
                return []
        return []

    def _complement_targets(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Country-bearing targets of the to-complement chain under ``token`` (adjectives such
        as "ready" included), nearest complement first."""
        current = token
        for _ in range(3):
            complement = _next_to_complement(current)
            if complement is None:
                return []
            found = self.best_ranked(object_tokens(complement), sources)
            found = not_among(found, sources)
            if with_country(found, sources):
                return [t for t in found if not t.mention.code.startswith("---")]
            current = complement
        return []

    def _addressed_by_purpose(self, action: Action, sources: list[Argument]) -> list[Argument]:
        """A verbal act (:data:`ADDRESSED_ROOTS`) in a purpose clause: the actors of the direct
        object of the verb it serves ("summoned the ambassador to complain")."""
        token = action.token
        code = action.pattern.code or ""
        if code[:2] not in ADDRESSED_ROOTS or not is_to_complement(token):
            return []
        head = token.head
        if head.lemma_.lower() in OBJECT_CONTROL:
            return []  # "urged Iran to condemn ...": the object is who acts, not who is addressed
        objects = [(c, "dobj") for c in head.children if c.dep_ in OBJECT_DEPS and c.i < token.i]
        return not_among(self.resolve(objects), sources)

    def _purpose_targets(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Actors in the object of a purpose clause (an adverbial to-infinitive) of the verb:
        another country's, or agents named without a country ("to disperse the protesters");
        the sources' own country is no target ("reached a deal to curb Iran's programme")."""
        own = {s.mention.code[:3] for s in sources}
        for clause in token.children:
            if clause.dep_ == "advcl" and is_to_complement(clause) and clause.i > token.i:
                found = self.best_ranked(object_tokens(clause), sources)
                found = [
                    t
                    for t in not_among(found, sources)
                    if t.mention.code.startswith("---") or t.mention.code[:3] not in own
                ]
                if found:
                    return found
        return []


def _next_to_complement(token: Any) -> Any | None:
    """The to-complement verb right of ``token`` ("ready [to] resolve", "threatened [to] ban"),
    the next step down a chain of intentions."""
    return next(
        (
            c
            for c in token.children
            if c.pos_ in ("VERB", "AUX") and c.i > token.i and is_to_complement(c)
        ),
        None,
    )


def not_among(found: list[Argument], sources: list[Argument]) -> list[Argument]:
    """``found`` without the arguments that are one of the sources (an actor is not its own
    target)."""
    return [t for t in found if not any(same_span(t, s) for s in sources)]


def with_country(targets: list[Argument], sources: list[Argument]) -> bool:
    """Whether any target names a country, other than a source's own country."""
    own = {s.mention.code[:3] for s in sources}
    return any(
        not t.mention.code.startswith("---") and t.mention.code[:3] not in own for t in targets
    )
