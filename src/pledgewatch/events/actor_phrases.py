"""Actors named by a noun phrase: the mention itself, or the actor the phrase belongs to.

An argument that is not itself an actor is searched for one among its own modifiers: "assets"
in "seized South Korean assets" gives KOR through "South Korean"; conjuncts and lists parsed as
appositions add their actors ("the US, Russia and Switzerland"), also when the parser hangs
them on any word of a multi-word name ("Barack Obama and Vladimir Putin"); a country-less agent
takes the country named in its own phrase ("security forces in Guinea" -> GINMIL), each of
several ("the ministers of Japan and China" -> JPNGOV and CHNGOV), or the one shared by a
coordinated agent ("Israeli helicopters and tanks"). :class:`ActorIndex` answers these questions
for one Doc; the grammatical roles are found in :mod:`pledgewatch.events.dependency_roles`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pledgewatch.actors.places_left import place_left
from pledgewatch.actors.seen import ARMED_GROUP_SECTORS
from pledgewatch.events.dependency_roles import hyphen_partners, np_words
from pledgewatch.events.lexicon import LEXICON_DIR
from pledgewatch.events.named_groups import group_named_before, load_group_nouns
from pledgewatch.events.titled_names import name_after_title, names_after_title
from pledgewatch.model import ActorMention
from pledgewatch.yaml_lists import read_word_yaml, word_list

#: Prepositions whose object can give a country-less agent its country ("students throughout
#: Indonesia", "officials of the city of Nablus", "bombers from Gaza").
HOME_PREPS = ("in", "of", "from", "throughout", "across", "within")
#: Prepositions whose object is where an agent is, not who it is ("troops in Iraq").
PLACE_PREPS = frozenset({"in", "inside", "near", "at", "throughout", "across", "within"})
#: Modifiers of a noun that may name the actor it belongs to ("South Korean assets").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
#: Participles of "X-led" compounds whose X is the one the phrase belongs to ("the Saudi-led
#: coalition", "Kurdish-controlled towns"); "Iran-backed" is not among them (backed by, not of).
LEADING_VERBS = frozenset({"lead", "led", "run", "rule", "control", "command"})
#: Agents who speak for the one their "for" phrase names.
SPEAKER_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})
#: Participles of "X-based" compounds whose X is where an agent is ("a Nairobi-based group").
BASED_WORDS = frozenset({"based", "headquartered"})
#: Nouns whose nationality modifier names a language, not an actor ("the Russian language").
LANGUAGE_NOUNS = frozenset({"language", "languages", "tongue", "dialect", "dialects"})

#: Code prefixes of bodies that are no country: an agent of one takes its whole code.
NON_STATE_PREFIXES = frozenset({"IGO", "NGO", "IMG"})


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
        #: mentions sharing one span ("the two leaders" is each of the two just named)
        self.twins: dict[tuple[int, int], list[ActorMention]] = {}
        #: nouns a city named in front of them names by their venue ("the Geneva talks")
        self.venue_named: frozenset[str] = frozenset()
        #: nouns of another's side: "Israel's militia ally", "Iran's proxies" are not Israel, Iran
        self.ally_nouns: frozenset[str] = frozenset()
        #: modifiers of a body seated in no country ("an international tribunal in The Hague")
        self.no_country_seat: frozenset[str] = frozenset()
        #: verbs of moving people out: "evacuated citizens from Yemen" are not Yemen's
        self.removal_verbs: frozenset[str] = frozenset()
        #: pronouns that stand for several ("they", "we"): all of the conjoined doers before them
        self.plural_pronouns: frozenset[str] = frozenset()
        #: names of ships (the dictionary's ``vessel: true``, lower case): "the Cheonan attack"
        self.vessel_names: frozenset[str] = frozenset()
        #: how a dollar's country is written before "$" ("US", "HK"; currency_prefixes.yaml)
        self.currency_prefixes: frozenset[str] = load_currency_prefixes()
        #: group nouns a story names again bare ("told the team": named_groups.yaml)
        self.group_nouns: frozenset[str] = load_group_nouns()
        #: nouns whose "to" phrase is whom they serve ("an aide to ...": served_nouns.yaml)
        self.served_nouns: frozenset[str] = load_served_nouns()
        #: whether the mention on a span is a currency's prefix (:func:`_names_currency`)
        self._currency: dict[tuple[int, int], bool] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                self.by_token.setdefault(i, mention)
            self.twins.setdefault((mention.start, mention.end), []).append(mention)

    def at(self, token: Any) -> ActorMention | None:
        mention = self.by_token.get(token.i)
        if mention is None:
            return None
        span = (mention.start, mention.end)
        currency = self._currency.get(span)
        if currency is None:  # decided once per mention: the lookup runs for every role read
            currency = _names_currency(mention, token.doc, self.currency_prefixes)
            self._currency[span] = currency
        return None if currency else mention  # "US $50 million": the dollar's country

    def actors_of(
        self, head: Any, relation: str, depth: int = 0, *, owners_only: bool = False
    ) -> list[Argument]:
        """Actors a noun phrase headed by ``head`` names or belongs to, conjuncts included.

        ``owners_only``: the phrase itself is not the actor, only whom it belongs to ("South
        Korean *assets*", "a Senegalese peace *plan*").
        """
        found = self._own_actor(head, relation, depth, owners_only=owners_only)
        for child in self._phrase_children(head):
            listed = child.dep_ == "appos" and (
                any(c.dep_ in ("cc", "conj") for c in child.children)
                or any(c.dep_ == "cc" for c in head.children)
            )  # "The US, Russia, and Switzerland": a list parsed as apposition
            if (child.dep_ == "conj" or listed) and depth < 4:
                conjuncts = self.actors_of(child, relation, depth + 1, owners_only=owners_only)
                if child.head.i != head.i:
                    conjuncts = self._with_agent_sector(conjuncts, head)
                found.extend(conjuncts)
        return _share_country(unique_arguments(found))

    def _phrase_children(self, head: Any) -> list[Any]:
        """Children of ``head`` and, when it is inside a multi-word actor name, of the name's
        other words: the parser may hang a conjunct on any word of the name ("Barack Obama and
        Vladimir Putin" with "Putin" a conjunct of "Barack" or of "Obama")."""
        mention = self.at(head)
        if mention is None or mention.end - mention.start < 2:
            return list(head.children)
        inside = range(mention.start, mention.end)
        children = list(head.children)
        for i in inside:
            word = head.doc[i]
            if i == head.i or (word.dep_ == "pobj" and word.head.lower_ in PLACE_PREPS):
                continue  # "troops in Iraq and Afghanistan": places, not more actors
            children.extend(c for c in word.children if c.dep_ == "conj" and c.i not in inside)
        return children

    def _with_agent_sector(self, conjuncts: list[Argument], head: Any) -> list[Argument]:
        """A bare country coordinated with the country of an agent phrase is that agent's
        country too: "the foreign ministers of Japan and China" are JPNGOV and CHNGOV."""
        mention = self.at(head)
        if mention is None or len(mention.code) <= 3 or mention.code.startswith("---"):
            return conjuncts
        sector = mention.code[3:]
        out = []
        for argument in conjuncts:
            m = argument.mention
            first = argument.head
            while first.dep_ == "conj" and first.head.i != first.i:
                first = first.head  # "of the US, Japan and South Korea": back to "US"
            named = self.at(first)  # the country the conjunct is coordinated with
            if (
                len(m.code) == 3
                and not m.code.startswith("---")
                and named is not None
                and named.code[:3] == mention.code[:3]
            ):
                why = f"{m.why}; coordinated in '{mention.text}' ({sector})"
                m = ActorMention(m.code + sector, m.text, m.start, m.end, why)
                argument = Argument(m, argument.head, argument.relation, argument.via)
            out.append(argument)
        return out

    def _own_actor(
        self, head: Any, relation: str, depth: int, *, owners_only: bool = False
    ) -> list[Argument]:
        mention = None if owners_only else self.at(head)
        if mention is not None and (named := names_after_title(self, head, mention)):
            return [Argument(m, head, relation, via=m.text) for m in named]  # "Presidents X and Y"
        if mention is not None and (apposed := name_after_title(self, head, mention)):
            return [Argument(apposed, head, relation, via=apposed.text)]  # "the agency IRNA"
        if mention is not None:
            found = [Argument(m, head, relation) for m in _qualified(mention, head, self)]
            if head.pos_ == "PRON" and len(found) == 1 and found[0].mention is mention:
                found = self._as_antecedent(mention, head, relation) or found
                found = self._joint_antecedents(mention, head, relation) or found
            found.extend(
                Argument(twin, head, relation)
                for twin in self.twins.get((mention.start, mention.end), [])[1:]
            )
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
        if (
            not owners_only
            and depth < 2
            and (told := group_named_before(self, head, relation, depth))
        ):
            return told  # "told the team": the team the story named before (events53)
        if head.pos_ in ("VERB", "AUX") or depth > 3:
            return []
        if head.lemma_.lower() in LANGUAGE_NOUNS:
            return []  # "the use of the Russian language": a language, not Russia's
        # "a commander of Israel's militia ally", "allies of Iran": whose side they are on is not
        # who they are ("NATO allies", "Afghan allies" are)
        ally = head.lemma_.lower() in self.ally_nouns or head.lower_ in self.ally_nouns
        sided = [c.i for c in head.children if c.dep_ == "poss"] if ally else []
        owners: list[Argument] = []
        for child in head.children:
            if child.dep_ in OWNER_DEPS:
                inner = self.at(child)
                if child.i in sided or (inner and any(inner.start <= i < inner.end for i in sided)):
                    continue
                if inner is not None and inner.code.startswith("---") and child.dep_ != "poss":
                    continue  # "military aid", "police station": a sector word, not an owner
                if inner is not None and self.venue_of(child, inner, head):
                    continue  # "the Geneva talks", "the Minsk agreement": where, not who
                if inner is not None:
                    owners.append(Argument(inner, head, relation, via=_span_text(inner, head.doc)))
                    for partner in hyphen_partners(child):  # "the China-U.S. summit"
                        first = self.at(partner)
                        if first is not None and not first.code.startswith("---"):
                            via = _span_text(first, head.doc)
                            owners.append(Argument(first, head, relation, via=via))
                    for conj in child.children:
                        other = self.at(conj) if conj.dep_ == "conj" else None
                        if other is not None:
                            via = _span_text(other, head.doc)
                            owners.append(Argument(other, head, relation, via=via))
                elif child.dep_ == "poss":
                    owners.extend(self._own_actor(child, relation, depth + 1))
                elif (
                    child.dep_ in ("compound", "amod")
                    and depth < 2
                    and child.lemma_.lower() not in LANGUAGE_NOUNS  # "Russian-language papers"
                ):
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
        # "an adviser to the Japanese prime minister": an aide is the side of whom it serves
        served = head.lower_ in self.served_nouns or head.lemma_.lower() in self.served_nouns
        for child in head.children:
            if child.dep_ != "prep" or ally:
                continue
            if child.lower_ in ("of", "from", "by") or (served and child.lower_ == "to"):
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

    def venue_of(self, child: Any, mention: ActorMention, head: Any) -> bool:
        """Is ``child`` a city or capital in front of a meeting or text it names by where it
        was held or signed ("the Geneva talks", "the Kyoto protocol")?"""
        return (
            child.dep_ == "compound"
            and getattr(mention, "kind", None) in ("capital", "place")
            and (head.lower_ in self.venue_named or head.lemma_.lower() in self.venue_named)
        )

    def _as_antecedent(self, mention: ActorMention, pronoun: Any, relation: str) -> list[Argument]:
        """A country-less pronoun ("they" = ---UAF) whose antecedent is an earlier subject of
        its own sentence with the same code takes the country that subject's phrase names:
        "Militants loyal to Iraq's ... said they attacked" -> IRQUAF, as the speaker is."""
        if not mention.code.startswith("---"):
            return []
        for token in reversed(pronoun.sent[: pronoun.i - pronoun.sent.start]):
            other = self.at(token)
            if (
                token.dep_ in ("nsubj", "nsubjpass")
                and token.pos_ != "PRON"
                and other is not None
                and other.code == mention.code
            ):
                qualified = [m for m in _qualified(other, token, self) if m is not other]
                return [
                    Argument(
                        ActorMention(m.code, mention.text, mention.start, mention.end,
                                     f"{mention.why}; as '{token.text}' ({m.code})"),
                        pronoun,
                        relation,
                    )
                    for m in qualified
                ]  # fmt: skip
        return []

    def _joint_antecedents(
        self, mention: ActorMention, pronoun: Any, relation: str
    ) -> list[Argument]:
        """A plural pronoun ("they", "we") in the clause of a verb whose subject is conjoined
        actors, one of them the pronoun's antecedent, stands for all of them: "Park and Obama
        said that they would not accept ..." is both leaders, not the last one named."""
        if pronoun.lower_ not in self.plural_pronouns:
            return []
        for verb in pronoun.ancestors:
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or subjects[0].i > pronoun.i or subjects[0].pos_ == "PRON":
                continue
            joint = [a for s in subjects for a in self.actors_of(s, "subj")]
            if len({a.mention.code for a in joint}) < 2 or all(
                a.mention.code != mention.code for a in joint
            ):
                return []
            return [
                Argument(
                    ActorMention(a.mention.code, mention.text, mention.start, mention.end,
                                 f"{mention.why}; one of '{a.mention.text}' and others"),
                    pronoun,
                    relation,
                )
                for a in unique_arguments(joint)
            ]  # fmt: skip
        return []


def _qualified(mention: ActorMention, head: Any, index: ActorIndex) -> list[ActorMention]:
    """An unknown-country agent ("security forces", "---MIL") takes the country named in its own
    phrase: "security forces in Guinea" -> GINMIL, "suicide bombers from Gaza" -> PSEMIL; each
    of coordinated countries when a plural agent names several ("the foreign ministers of Japan
    and China" -> JPNGOV and CHNGOV)."""
    if not mention.code.startswith("---"):
        return [mention]
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
            g
            for c in frontier
            if c.lemma_.lower() not in LANGUAGE_NOUNS  # "Russian-language papers": a language
            for g in c.children
            if g.dep_ in ("amod", "compound", "nmod")
            or (g.dep_ == "npadvmod" and c.lower_ in BASED_WORDS)  # "a Nairobi-based group"
        ]
        candidates.extend(frontier)
    speaker = head.lemma_.lower() in SPEAKER_NOUNS  # "a spokesman for the Chinese ministry"
    # "an international tribunal in The Hague" sits there and is no Dutch court
    # ("foreign embassies in Damascus" are not Syria's; "the foreign minister" is its own noun)
    seated = any(
        c.dep_ == "amod" and c.lower_ in index.no_country_seat and c.i < mention.start
        for c in head.children
    )
    for prep in head.children:
        if seated and prep.lower_ == "in":
            continue
        if prep.lower_ == "from" and place_left(head, index.removal_verbs):
            continue  # "evacuated its nationals from Syria": the place left (actors/places_left)
        if prep.dep_ == "prep" and (
            prep.lower_ in HOME_PREPS or (speaker and prep.lower_ == "for")
        ):
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
        if (other is None or other.code.startswith("---")) and token.dep_ == "pobj":
            # "the mayor of the city of Nablus"; "workers affiliated with the Serbian Workers'
            # Union", where the union is itself a country-less agent
            nested = [a.mention for a in index.actors_of(token, "of", 2)]
            other = next((m for m in nested if not m.code.startswith("---")), None)
        if other is not None and not other.code.startswith("---") and other is not mention:
            countries: list[tuple[Any, ActorMention | None]] = [(token, other)]
            # "officers from the two Koreas": a pair name is each of the two
            countries += [(token, t) for t in index.twins.get((other.start, other.end), [])[1:]]
            if head.tag_ in ("NNS", "NNPS"):
                countries += [
                    (conj, index.at(conj)) for conj in token.children if conj.dep_ == "conj"
                ]
            out: list[ActorMention] = []
            for named, country in countries:
                if country is None or country.code.startswith("---"):
                    continue
                code = country.code[:3] + sector
                if country.code[:3] in NON_STATE_PREFIXES or (
                    sector in ("MIL", "REB") and country.code[3:6] in ARMED_GROUP_SECTORS
                ):
                    # "a spokesman for Secretary-General Ban Ki-moon": the body's own code
                    # (IGOUNO), no "IGOGOV"; "Hemedti's forces": the RSF's (SDNREB)
                    code = country.code
                if any(m.code == code for m in out):
                    continue
                why = f"{mention.why}; country from '{named.text}' ({country.code})"
                out.append(ActorMention(code, mention.text, mention.start, mention.end, why))
            return out
    return [mention]


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
    """One argument per actor: per span, and per code within a span (a plural agent of two
    countries is two actors: "the ministers of Japan and China")."""
    seen: dict[tuple[int, int, str], Argument] = {}
    for argument in arguments:
        mention = argument.mention
        seen.setdefault((mention.start, mention.end, mention.code), argument)
    return list(seen.values())


def same_span(a: Argument, b: Argument) -> bool:
    return a.mention.start == b.mention.start and a.mention.end == b.mention.end


def give_targets_country(
    targets: list[Argument],
    country: str,
    foreigners: frozenset[str],
    why: str,
    takes: Callable[[Argument], bool] = lambda _: True,
) -> list[Argument]:
    """``targets``, each country-less one that ``takes`` accepts and that is not described as
    foreign (none of its words in ``foreigners``) given ``country``, with ``why`` added to its
    reason. The one fill of a target's country from its source's (people held at home, a body
    convened by its own leader)."""
    given: list[Argument] = []
    for target in targets:
        mention = target.mention
        words = np_words(target.head) | {w.lower() for w in mention.text.split()}
        if mention.code.startswith("---") and takes(target) and not words & foreigners:
            mention = replace(mention, code=country + mention.code[3:], why=f"{mention.why}; {why}")
            target = replace(target, mention=mention)
        given.append(target)
    return given


def _names_currency(mention: ActorMention, doc: Any, prefixes: frozenset[str]) -> bool:
    """Is the mention a currency's prefix ("US $50 million", "HK$2 billion"): a form of
    ``prefixes`` written right before a currency sign? Another actor there is one: "gave Haiti
    $10 million" names the recipient."""
    if mention.end >= len(doc) or doc[mention.end].tag_ != "$":
        return False
    return doc[mention.start : mention.end].text.lower() in prefixes


@functools.lru_cache(maxsize=4)
def load_served_nouns(path: str | None = None) -> frozenset[str]:
    """The serving nouns of ``served_nouns.yaml`` (cached per path); a missing or malformed
    file is a :class:`~pledgewatch.errors.ConfigError` naming it."""
    file = str(Path(path) if path else Path(LEXICON_DIR) / "served_nouns.yaml")
    return frozenset(word_list(read_word_yaml(file), "nouns", file))


@functools.lru_cache(maxsize=4)
def load_currency_prefixes(path: str | None = None) -> frozenset[str]:
    """The currency prefixes of ``currency_prefixes.yaml`` (cached per path); a missing or
    malformed file is a :class:`~pledgewatch.errors.ConfigError` naming it."""
    file = str(Path(path) if path else Path(LEXICON_DIR) / "currency_prefixes.yaml")
    return frozenset(word_list(read_word_yaml(file), "prefixes", file))
