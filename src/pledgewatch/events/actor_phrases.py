"""Actors named by a noun phrase: the mention itself, or the actor the phrase belongs to.

An argument that is not itself an actor is searched for one among its own modifiers: "assets"
in "seized South Korean assets" gives KOR through "South Korean"; conjuncts and lists parsed as
appositions add their actors ("the US, Russia and Switzerland"); a country-less agent takes the
country named in its own phrase ("security forces in Guinea" -> GINMIL) or shared by a
coordinated one ("Israeli helicopters and tanks"). :class:`ActorIndex` answers these questions
for one Doc; the grammatical roles are found in :mod:`pledgewatch.events.dependency_roles`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pledgewatch.model import ActorMention

#: Prepositions whose object can give a country-less agent its country ("students throughout
#: Indonesia", "officials of the city of Nablus", "bombers from Gaza").
HOME_PREPS = ("in", "of", "from", "throughout", "across", "within")
#: Modifiers of a noun that may name the actor it belongs to ("South Korean assets").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: Participles of "X-led" compounds whose X is the one the phrase belongs to ("the Saudi-led
#: coalition", "Kurdish-controlled towns"); "Iran-backed" is not among them (backed by, not of).
LEADING_VERBS = frozenset({"lead", "led", "run", "rule", "control", "command"})


@dataclass(frozen=True, slots=True)
class Argument:
    """An actor found for a role, with the words that led to it (for the event's "why")."""

    mention: ActorMention
    head: Any  # the token that filled the role (subject, object, ...)
    relation: str  # "subj", "agent", "dobj", "with", "of", "poss", ...
    via: str | None = None  # a modifier the actor was found in ("South Korean" of "assets")

    def describe(self) -> str:
        label = f"{self.relation} '{self.head.text}'"
        if self.via and self.via != self.head.text:
            label += f" of '{self.via}'"
        return f"{label}→{self.mention.code}"


class ActorIndex:
    """Actor mentions of one Doc, looked up by token index."""

    def __init__(self, mentions: Iterable[ActorMention]) -> None:
        self.mentions = list(mentions)
        self.by_token: dict[int, ActorMention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self.by_token.setdefault(i, mention)

    def at(self, token: Any) -> ActorMention | None:
        return self.by_token.get(token.i)

    def actors_of(
        self, head: Any, relation: str, depth: int = 0, *, owners_only: bool = False
    ) -> list[Argument]:
        """Actors a noun phrase headed by ``head`` names or belongs to, conjuncts included.

        ``owners_only``: the phrase itself is not the actor, only whom it belongs to ("South
        Korean *assets*", "a Senegalese peace *plan*").
        """
        found = self._own_actor(head, relation, depth, owners_only=owners_only)
        for child in head.children:
            listed = child.dep_ == "appos" and (
                any(c.dep_ in ("cc", "conj") for c in child.children)
                or any(c.dep_ == "cc" for c in head.children)
            )  # "The US, Russia, and Switzerland": a list parsed as apposition
            if (child.dep_ == "conj" or listed) and depth < 4:
                found.extend(self.actors_of(child, relation, depth + 1, owners_only=owners_only))
        unique: dict[tuple[int, int], Argument] = {}
        for argument in found:
            unique.setdefault((argument.mention.start, argument.mention.end), argument)
        return _share_country(list(unique.values()))

    def _own_actor(
        self, head: Any, relation: str, depth: int, *, owners_only: bool = False
    ) -> list[Argument]:
        mention = None if owners_only else self.at(head)
        if mention is not None:
            found = [Argument(_qualified(mention, head, self), head, relation)]
            # "US and British activists": a coordinated modifier outside the mention
            for child in head.children:
                other = self.at(child)
                if (
                    child.dep_ in ("nmod", "amod", "compound")
                    and other is not None
                    and other is not mention
                    and any(c.dep_ == "conj" and self.at(c) is mention for c in child.children)
                ):
                    code = other.code[:3] + mention.code[3:]
                    merged = ActorMention(
                        code, other.text, other.start, other.end, f"{other.why}; with '{head.text}'"
                    )
                    found.append(Argument(merged, head, relation, via=child.text))
            return found
        if head.pos_ in ("VERB", "AUX") or depth > 3:
            return []
        owners: list[Argument] = []
        for child in head.children:
            if child.dep_ in OWNER_DEPS:
                inner = self.at(child)
                if inner is not None and inner.code.startswith("---") and child.dep_ != "poss":
                    continue  # "military aid", "police station": a sector word, not an owner
                if inner is not None:
                    owners.append(Argument(inner, head, relation, via=_span_text(inner, head.doc)))
                    for conj in child.children:
                        other = self.at(conj) if conj.dep_ == "conj" else None
                        if other is not None:
                            via = _span_text(other, head.doc)
                            owners.append(Argument(other, head, relation, via=via))
                elif child.dep_ == "poss":
                    owners.extend(self._own_actor(child, relation, depth + 1))
                elif child.dep_ in ("compound", "amod") and depth < 2:
                    # "Israeli drone strikes": the country modifies the modifier
                    owners.extend(
                        Argument(m, head, relation, via=_span_text(m, head.doc))
                        for m in (
                            self.at(g)
                            for g in child.children
                            if g.dep_ in ("amod", "compound", "poss")
                            or (g.dep_ == "npadvmod" and child.lemma_.lower() in LEADING_VERBS)
                        )  # "the Saudi-led coalition": the leader's
                        if m is not None and not m.code.startswith("---")
                    )
        if owners:
            return owners
        for child in head.children:
            if child.dep_ == "appos":
                found = self._own_actor(child, relation, depth + 1)
                if found:
                    return found
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        owned = self.actors_of(pobj, relation, depth + 1)
                        if owned:
                            return [
                                Argument(
                                    a.mention,
                                    head,
                                    relation,
                                    via=a.head.text if a.via is None else a.via,
                                )
                                for a in owned
                            ]
        return []


def _qualified(mention: ActorMention, head: Any, index: ActorIndex) -> ActorMention:
    """An unknown-country agent ("security forces", "---MIL") takes the country named in its own
    phrase: "security forces in Guinea" -> GINMIL, "suicide bombers from Gaza" -> PSEMIL."""
    if not mention.code.startswith("---"):
        return mention
    sector = mention.code[3:]
    candidates = [
        c
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < mention.start
    ]
    # "Montenegro Municipality Association officials": the country modifies a modifier
    frontier = list(candidates)
    for _ in range(2):
        frontier = [
            g for c in frontier for g in c.children if g.dep_ in ("amod", "compound", "nmod")
        ]
        candidates.extend(frontier)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in HOME_PREPS:
            candidates.extend(p for p in prep.children if p.dep_ == "pobj")
        elif prep.dep_ == "acl" and prep.tag_ in ("VBN", "VBG"):
            # "a newspaper based in Beirut", "workers affiliated with the Serbian union",
            # "militants loyal to ...", "the Red Cross operating in Iraq"
            candidates.extend(
                p
                for inner in prep.children
                if inner.dep_ == "prep" and inner.lower_ in (*HOME_PREPS, "with", "to")
                for p in inner.children
                if p.dep_ == "pobj"
            )
        elif prep.dep_ == "amod" and prep.pos_ == "ADJ":
            candidates.extend(
                p
                for inner in prep.children
                if inner.dep_ == "prep" and inner.lower_ in ("to", "with")
                for p in inner.children
                if p.dep_ == "pobj"
            )  # "militants loyal to Iraq's al-Qaeda"
    for token in candidates:
        other = index.at(token)
        if other is None and token.dep_ == "pobj":
            # "the mayor of the city of Nablus"
            nested = [a.mention for a in index.actors_of(token, "of", 2)]
            other = next((m for m in nested if not m.code.startswith("---")), None)
        if other is not None and not other.code.startswith("---") and other is not mention:
            code = other.code[:3] + sector
            why = f"{mention.why}; country from '{token.text}' ({other.code})"
            return ActorMention(code, mention.text, mention.start, mention.end, why)
    return mention


def _share_country(arguments: list[Argument]) -> list[Argument]:
    """In "Israeli helicopters and tanks" the country of the first conjunct covers the next
    ones when they name only a sector ("tanks" -> ---MIL becomes ISRMIL)."""
    known = next((a.mention for a in arguments if not a.mention.code.startswith("---")), None)
    if known is None or len(arguments) < 2:
        return arguments
    out = []
    for argument in arguments:
        m = argument.mention
        bare = not any(
            c.dep_ in ("det", "amod", "compound", "poss") for c in argument.head.children
        )
        if m.code.startswith("---") and argument.head.dep_ == "conj" and bare:
            m = ActorMention(
                known.code[:3] + m.code[3:],
                m.text,
                m.start,
                m.end,
                f"{m.why}; country of '{known.text}'",
            )
            argument = Argument(m, argument.head, argument.relation, argument.via)
        out.append(argument)
    return out


def _span_text(mention: ActorMention, doc: Any) -> str:
    return doc[mention.start : mention.end].text if mention.end <= len(doc) else mention.text


def unique_arguments(arguments: list[Argument]) -> list[Argument]:
    seen: dict[tuple[int, int], Argument] = {}
    for argument in arguments:
        seen.setdefault((argument.mention.start, argument.mention.end), argument)
    return list(seen.values())


def same_span(a: Argument, b: Argument) -> bool:
    return a.mention.start == b.mention.start and a.mention.end == b.mention.end
