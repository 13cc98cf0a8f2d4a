"""Who did it and to whom: the source and target actors of an event trigger, from the parse.

A verb's source is its subject (or the "by" phrase of a passive), its target the direct object
(or a passive subject), a dative, or the object of a preposition such as "against", "on",
"with", "to"; a location ("in Beijing") is the last resort. A noun's source is its possessive
("North Korea's seizure"), an actor adjective ("Israeli air strikes") or its "by" phrase; its
target the "of" phrase ("the seizure of South Korean assets") or "on"/"against"/"with"/"to".

An argument that is not itself an actor is searched for one among its own modifiers: "assets"
in "seized South Korean assets" gives KOR through "South Korean". A missing subject is
inherited the way English shares it: from the verb a to-complement hangs on ("agreed to resume
talks"), the first of coordinated verbs, the noun a participle or relative clause modifies.
An intent or threat without a country-bearing target takes its complement's ("ready to send
troops to Liberia", "threatened to deliver blows to the United States"); a country-less agent
takes the country of the place it acts in ("students protested in Jakarta") or is placed in by
a participle ("a newspaper based in Beirut").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pledgewatch.events.lexicon import Lexicon
from pledgewatch.model import ActorMention

if TYPE_CHECKING:
    from pledgewatch.events.actions import Action

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
DATIVE_DEPS = frozenset({"dative", "iobj"})
#: Prepositions whose object is a target, best first; locations come last.
TARGET_PREPS: dict[str, int] = {
    "against": 0,
    "on": 1,
    "upon": 1,
    "at": 2,
    "with": 2,
    "to": 2,
    "toward": 2,
    "towards": 2,
    "into": 3,
    "onto": 3,
    "over": 4,
    "between": 4,
    "from": 5,
    "for": 6,
    "in": 8,
    "inside": 8,
    "near": 9,
}
LOCATION_RANK = 8
#: Prepositions whose object can give a country-less agent its country ("students throughout
#: Indonesia", "officials of the city of Nablus", "bombers from Gaza").
HOME_PREPS = ("in", "of", "from", "throughout", "across", "within")
#: Modifiers of a noun that may name the actor it belongs to ("South Korean assets").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: Noun-phrase modifiers whose words count as object words ("nuclear" in "a nuclear test").
NP_WORD_DEPS = frozenset({"compound", "amod", "nmod", "nummod", "npadvmod", "poss"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Verbs whose object is the subject of their to-complement ("urged Pyongyang to return").
OBJECT_CONTROL = frozenset(
    {
        "urge", "ask", "call", "force", "order", "allow", "permit", "help", "want", "invite",
        "encourage", "press", "persuade", "require", "tell", "pressure", "compel", "advise",
        "instruct", "warn", "expect", "request", "lead", "let", "enable", "push",
    }
)  # fmt: skip


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
                        )
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


def is_passive(verb: Any) -> bool:
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    # "assets seized by North Korea": a past participle modifying a noun
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def subject_tokens(verb: Any, depth: int = 0) -> list[tuple[Any, str]]:
    """The tokens that fill the verb's subject role, inheriting a missing one."""
    if depth > 5:
        return []
    if is_passive(verb):
        for child in verb.children:
            if child.dep_ == "agent":
                return [(p, "agent") for p in child.children if p.dep_ == "pobj"]
        if verb.dep_ == "acl":
            return []
    else:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.dep_ != "expl":
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return [(verb.head, "subj")]
                return [(child, "subj")]
    head = verb.head
    if head is verb:
        return []
    dep = verb.dep_
    if dep == "xcomp" or (dep == "ccomp" and verb.tag_ in ("VB", "VBG")):
        if head.lemma_.lower() in OBJECT_CONTROL:
            objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [(objects[0], "subj")]
        if head.pos_ == "ADJ":  # "is ready to resume talks"
            return subject_tokens(head.head, depth + 1) if head.head is not head else []
        return subject_tokens(head, depth + 1)
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        return subject_tokens(head, depth + 1)
    if dep == "advcl" and verb.tag_ == "VBG":
        return subject_tokens(head, depth + 1)
    if dep == "relcl":
        return [(head, "subj")]
    if dep == "acl" and verb.tag_ == "VBG":
        return [(head, "subj")]
    if dep == "pcomp":
        governing = head.head
        if head.lower_ in ("of", "for"):  # "accused X of attacking", "jailed X for helping"
            objects = [c for c in governing.children if c.dep_ in OBJECT_DEPS]
            if objects:
                return [(objects[0], "subj")]
        if governing.pos_ in ("VERB", "AUX"):
            return subject_tokens(governing, depth + 1)
    return []


def object_tokens(verb: Any, theme: frozenset[int] = frozenset()) -> list[tuple[Any, str, int]]:
    """Tokens that may fill the target role, with their relation and a rank (lower is better).

    ``theme``: token indices of objects that are what the action uses or moves, not whom it
    is done to ("fired *artillery* at the island"); they are skipped, their prepositions kept.
    """
    found: list[tuple[Any, str, int]] = []
    passive = is_passive(verb)
    for child in verb.children:
        dep = child.dep_
        if child.i in theme and dep in (OBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
            found.append((child, "theme", 0))
        elif passive and dep in PASSIVE_SUBJECT_DEPS:
            found.append((child, "subj-passive", 0))
        elif not passive and dep in OBJECT_DEPS:
            found.append((child, "dobj", 0))
        elif dep in DATIVE_DEPS:
            if child.pos_ == "ADP":  # "gave aid to Haiti" parsed with "to" as the dative
                found.extend((p, child.lower_, 1) for p in child.children if p.dep_ == "pobj")
            else:
                found.append((child, "dative", 1))
        elif dep == "prep" and child.lower_ in TARGET_PREPS:
            rank = 2 + TARGET_PREPS[child.lower_]
            found.extend((p, child.lower_, rank) for p in child.children if p.dep_ == "pobj")
        elif dep == "npadvmod" and child.pos_ == "PROPN":
            found.append((child, "npadvmod", 2 + LOCATION_RANK))
        elif dep == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            # "allowed inspectors to return", "urged Pyongyang to stop"
            found.extend((g, "dobj", 0) for g in child.children if g.dep_ == "nsubj")
    if passive and verb.dep_ == "acl":
        found.append((verb.head, "patient", 0))
    for obj in [t for t, rel, _ in found if rel in ("dobj", "theme")]:
        # "fired artillery at the island": preposition attached to the object
        for child in obj.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in TARGET_PREPS
                and child.lower_ not in ("of", "from")
            ):
                rank = 3 + TARGET_PREPS[child.lower_]
                found.extend((p, child.lower_, rank) for p in child.children if p.dep_ == "pobj")
    return sorted(found, key=lambda item: item[2])


def noun_roles(noun: Any, of_role: str) -> tuple[list[tuple[Any, str]], list[tuple[Any, str, int]]]:
    """(source tokens, target tokens with rank) of a nominal event."""
    sources: list[tuple[Any, str]] = []
    late_sources: list[tuple[Any, str]] = []  # "aid from Japan", only when nothing better
    targets: list[tuple[Any, str, int]] = []
    for child in noun.children:
        dep = child.dep_
        if dep == "poss":
            sources.append((child, "poss"))
        elif dep in ("amod", "compound", "nmod"):
            sources.append((child, "modifier"))
        elif dep == "prep":
            word = child.lower_
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if word == "by":
                sources.extend((p, "by") for p in objects)
            elif word == "of":
                if of_role == "source":
                    sources.extend((p, "of") for p in objects)
                else:
                    targets.extend((p, "of", 1) for p in objects)
                    # "the suspension of air links with Serbia", "the lifting of sanctions on
                    # Iran": the "of" object's own preposition names whom the act concerns
                    targets.extend(
                        (g, inner.lower_, 3 + TARGET_PREPS[inner.lower_])
                        for p in objects
                        for inner in p.children
                        if inner.dep_ == "prep"
                        and inner.lower_ in TARGET_PREPS
                        and inner.lower_ not in ("in", "inside", "near", "from", "for")
                        for g in inner.children
                        if g.dep_ == "pobj"
                    )
            elif word == "from":
                late_sources.extend((p, "from") for p in objects)
            elif word in TARGET_PREPS:
                targets.extend((p, word, 2 + TARGET_PREPS[word]) for p in objects)
        elif dep == "acl" and child.tag_ == "VBN":
            # "the attack carried out by rebels"
            for agent in child.children:
                if agent.dep_ == "agent":
                    sources.extend((p, "by") for p in agent.children if p.dep_ == "pobj")
    return sources or late_sources, sorted(targets, key=lambda item: item[2])


class ArgumentFinder:
    """Sources and targets of the actions of one sentence, with that Doc's actor index."""

    def __init__(self, lexicon: Lexicon, actors: ActorIndex) -> None:
        self.lexicon = lexicon
        self._actors = actors

    def arguments(
        self, action: Action, content: Action | None
    ) -> tuple[list[Argument], list[Argument]]:
        token = action.token
        kind = action.pattern.kind
        if kind == "noun":
            source_tokens, target_tokens = noun_roles(token, action.pattern.of_role)
            sources = [
                s
                for s in self._resolve(source_tokens)
                if not (s.relation == "modifier" and s.mention.code.startswith("---"))
            ]  # "military occupation": a sector word, not who occupied
            targets = self._best_ranked(target_tokens, sources)
            governor = action.governor
            if not sources and governor is not None:
                sources = self.verb_sources(governor.token)
            if not sources and token.dep_ in OBJECT_DEPS and token.head.pos_ in ("VERB", "AUX"):
                # "repeated its threats", "carried out the attack": the verb's subject did it,
                # unless the verb is an event of its own ("Seoul condemned the attack")
                head_patterns = self.lexicon.patterns("verb", token.head.lemma_.lower())
                if all(p.family == "light" or p.code is None for p in head_patterns):
                    sources = self.verb_sources(token.head)
            sources = [s for s in sources if not any(s.mention is t.mention for t in targets)]
        elif kind == "adj":
            sources = self.verb_sources(token.head) if token.head is not token else []
            targets = []
        else:
            sources = self._located(self.verb_sources(token), token)
            targets = self._best_ranked(object_tokens(token, self._theme_objects(action)), sources)
            if "recipient" in action.pattern.flags:
                holders = [token] + [c for c in token.children if c.dep_ in OBJECT_DEPS]
                givers = self._resolve(
                    [
                        (p, prep.lower_)
                        for holder in holders
                        for prep in holder.children
                        if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                        for p in prep.children
                        if p.dep_ == "pobj"
                    ]
                )
                sources, targets = givers, sources
            elif not sources and action.family == "light" and is_passive(token):
                # "forces were engaged in fighting", "was involved in talks": a stative
                # passive of a light verb; its subject did the act
                doers = [(c, "subj") for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
                sources = self._resolve(doers)
                targets = [t for t in targets if not any(_same_span(t, s) for s in sources)]
            elif not sources and is_passive(token):
                # "a mortar bomb was fired at it from the Gaza Strip": no agent, so the origin
                origins = [
                    (p, "from")
                    for prep in token.children
                    if prep.dep_ == "prep" and prep.lower_ == "from"
                    for p in prep.children
                    if p.dep_ == "pobj"
                ]
                sources = self._resolve(origins)
                targets = [t for t in targets if not any(_same_span(t, s) for s in sources)]
        if not targets and action.family in ("appeal", "demand"):
            # "demanded that the United States match ...": the one asked is the clause's subject
            clauses = [c for c in token.children if c.dep_ in ("ccomp", "xcomp", "acl")]
            if content is not None:
                clauses.append(content.token)
            subjects = [(g, "subj") for c in clauses for g in c.children if g.dep_ == "nsubj"]
            targets = [
                t for t in self._resolve(subjects) if not any(_same_span(t, s) for s in sources)
            ]
        if content is not None and not targets:
            _, content_targets = (
                self.arguments(content, None) if content.token is not token else ([], [])
            )
            targets = [
                t for t in content_targets if not any(t.mention is s.mention for s in sources)
            ]
        targets = [t for t in targets if not any(_same_span(t, s) for s in sources)]
        if kind != "noun" and not _with_country(targets, sources):
            # "is ready to send troops to Liberia", "threatened to strike the United States":
            # the one the intent or threat is about is the target of the complement's verb
            deeper = self._complement_targets(token, sources)
            if deeper:
                targets = deeper
        return sources, targets

    def _complement_targets(self, token: Any, sources: list[Argument]) -> list[Argument]:
        """Country-bearing targets of the to-complement chain under ``token`` (adjectives such
        as "ready" included), nearest complement first."""
        current = token
        for _ in range(3):
            complement = next(
                (
                    c
                    for c in current.children
                    if c.pos_ in ("VERB", "AUX") and c.i > current.i and _is_to_complement(c)
                ),
                None,
            )
            if complement is None:
                return []
            found = self._best_ranked(object_tokens(complement), sources)
            found = [t for t in found if not any(_same_span(t, s) for s in sources)]
            if _with_country(found, sources):
                return [t for t in found if not t.mention.code.startswith("---")]
            current = complement
        return []

    def _located(self, sources: list[Argument], verb: Any) -> list[Argument]:
        """Country-less agents acting in a named place are of that place's country: "students
        staged protests in Jakarta" -> IDNEDU ("in" on the verb or on its object)."""
        if not sources or any(not s.mention.code.startswith("---") for s in sources):
            return sources
        holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS]
        places = [
            p
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "throughout", "across")
            for p in prep.children
            if p.dep_ == "pobj" and self._actors.at(p) is not None  # a place name itself
        ]
        for place in places:
            found = [
                a.mention
                for a in self._actors.actors_of(place, "in")
                if not a.mention.code.startswith("---")
            ]
            if len({m.code[:3] for m in found}) == 1:
                country = found[0].code[:3]
                located = []
                for source in sources:
                    m = source.mention
                    why = f"{m.why}; country from the place '{place.text}' ({country})"
                    mention = ActorMention(country + m.code[3:], m.text, m.start, m.end, why)
                    located.append(Argument(mention, source.head, source.relation, source.via))
                return located
        return sources

    def verb_sources(self, verb: Any) -> list[Argument]:
        return self._resolve(subject_tokens(verb))

    def _theme_objects(self, action: Action) -> frozenset[int]:
        """Objects the pattern was matched on ("artillery" in fire+artillery): not targets."""
        groups = [g for g in action.pattern.requires if "@ACTOR" not in g]
        if not groups:
            return frozenset()
        themes = set()
        for child in action.token.children:
            if child.dep_ in OBJECT_DEPS or child.dep_ in PASSIVE_SUBJECT_DEPS:
                words = np_words(child)
                if any(group & words for group in groups):
                    themes.add(child.i)
        return frozenset(themes)

    def _best_ranked(
        self, ranked: list[tuple[Any, str, int]], sources: list[Argument] | None = None
    ) -> list[Argument]:
        """The actors of the best-ranked argument that has any; an argument naming a known
        country other than the source's beats a better-ranked one that does not ("offered its
        troops to Lebanon", "military aid to Mozambique")."""
        by_rank: list[tuple[int, list[Argument]]] = []
        for token, relation, rank in ranked:
            arguments = self._actors.actors_of(token, relation, owners_only=relation == "theme")
            if arguments:
                by_rank.append((rank, arguments))
        if not by_rank:
            return []
        source_countries = {a.mention.code[:3] for a in sources or []}

        def informative(arguments: list[Argument]) -> bool:
            return any(
                not a.mention.code.startswith("---") and a.mention.code[:3] not in source_countries
                for a in arguments
            )

        chosen = next((args for _, args in by_rank if informative(args)), None)
        if chosen is None:
            best = by_rank[0][0]
            chosen = [a for rank, args in by_rank if rank == best for a in args]
        return _unique(chosen)

    def _resolve(self, tokens: list[tuple[Any, str]]) -> list[Argument]:
        found: list[Argument] = []
        for token, relation in tokens:
            found.extend(self._actors.actors_of(token, relation))
        return _unique(found)


def np_words(head: Any) -> set[str]:
    """Lemmas and forms of a noun phrase's head, its modifiers and its "of" object."""
    words = {head.lower_, head.lemma_.lower()}
    for child in head.children:
        if child.dep_ in NP_WORD_DEPS:
            words.add(child.lower_)
            words.add(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words.add(pobj.lower_)
                    words.add(pobj.lemma_.lower())
                    for grand in pobj.children:
                        if grand.dep_ in NP_WORD_DEPS:
                            words.add(grand.lower_)
    return words


def _unique(arguments: list[Argument]) -> list[Argument]:
    seen: dict[tuple[int, int], Argument] = {}
    for argument in arguments:
        seen.setdefault((argument.mention.start, argument.mention.end), argument)
    return list(seen.values())


def _is_to_complement(verb: Any) -> bool:
    """An infinitive complement ("ready to send") or purpose clause ("send troops to help")."""
    if verb.dep_ == "xcomp":
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _with_country(targets: list[Argument], sources: list[Argument]) -> bool:
    """Whether any target names a country, other than a source's own country."""
    own = {s.mention.code[:3] for s in sources}
    return any(
        not t.mention.code.startswith("---") and t.mention.code[:3] not in own for t in targets
    )


def _same_span(a: Argument, b: Argument) -> bool:
    return a.mention.start == b.mention.start and a.mention.end == b.mention.end
