"""Places as actors: the country where an act happened, standing in for who did it or whom.

Three rules of the argument finder (:mod:`pledgewatch.events.arguments`) read a place rather
than a party: a country-less agent acting in a named place is of that place's country
("students staged protests in Jakarta" -> IDNEDU); a document that speaks with no author of its
own speaks for the country it was issued in ("a report released in Kigali alleged ..."); and a
capital named as where something happened is the country as a place, not its government
("held talks in Seoul" -> KOR). They live here, apart from the grammatical role choices, because
they all turn on the locative prepositions (:data:`LOCATIVE_RELATIONS`), which the extractor
also uses to tell a venue from a party.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pledgewatch.events.actor_phrases import ActorIndex, Argument, unique_arguments
from pledgewatch.events.dependency_roles import OBJECT_DEPS, subject_tokens
from pledgewatch.events.summit_guests import ManyStatesWords, of_many_states
from pledgewatch.model import ActorMention
from pledgewatch.nlp.prepositions import LOCATIVE_RELATIONS

__all__ = [
    "LOCATIVE_RELATIONS",
    "STATELESS_PREFIXES",
    "PlaceWords",
    "as_place",
    "issued_in",
    "located",
]


def _resolve(actors: ActorIndex, tokens: list[tuple[Any, str]]) -> list[Argument]:
    found: list[Argument] = []
    for token, relation in tokens:
        found.extend(actors.actors_of(token, relation))
    return unique_arguments(found)


def issued_in(actors: ActorIndex, documents: frozenset[str], verb: Any) -> list[Argument]:
    """A document that speaks ("a report released in the Rwandan capital alleged ...", "a
    statement issued in Tehran said ...") names no author; the country it was issued in
    stands for it. Only for a document noun (one of ``documents``, the lexicon's
    ``@document``) subject with no actor of its own, through a participle with an "in" or
    "from" place."""
    for subject, relation in subject_tokens(verb):
        if relation != "subj" or subject.lemma_.lower() not in documents:
            continue
        places = [
            (p, prep.lower_)
            for participle in subject.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for prep in participle.children
            if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        countries = {
            a.mention.code[:3]: a
            for a in _resolve(actors, places)
            if not a.mention.code.startswith("---")
        }
        if len(countries) == 1:
            ((country, place),) = countries.items()
            m = place.mention
            why = f"{m.why}; the country '{subject.text}' was issued in"
            mention = ActorMention(country, m.text, m.start, m.end, why)
            return [Argument(mention, place.head, f"'{subject.text}' issued in")]
    return []


@dataclass(frozen=True)
class PlaceWords:
    """The lexicon's word lists :func:`located` reads, built once per argument finder (not on
    every verb): ``sites`` (@site_preposition), ``placed_sectors`` (@place_taking_sector),
    and ``many`` (the words that say a group is of several states, :class:`ManyStatesWords`)."""

    sites: frozenset[str]
    placed_sectors: frozenset[str]
    many: ManyStatesWords

    @classmethod
    def of(cls, lexicon: Any) -> PlaceWords:
        return cls(
            lexicon.words("@site_preposition"),
            lexicon.words("@place_taking_sector"),
            ManyStatesWords.of(lexicon),
        )


def located(
    actors: ActorIndex,
    sources: list[Argument],
    verb: Any,
    words: PlaceWords,
) -> list[Argument]:
    """Country-less agents acting in a named place are of that place's country: "students
    staged protests in Jakarta" -> IDNEDU ("in" on the verb or on its object). Through the
    building they act at (a ``@site_preposition``: "protesters gathered outside the Japanese
    embassy in Beijing") only people of the lexicon's ``@place_taking_sector`` (protesters,
    civilians, students, ...) or of none: a state's people at a building are there, not of its
    city ("diplomats gathered at the American embassy in Beijing"). The leaders of several
    states (:mod:`pledgewatch.events.summit_guests`: "world leaders", a bare "leaders") are at a
    summit's venue, not of it."""
    sites, placed_sectors = words.sites, words.placed_sectors
    if not sources or any(not s.mention.code.startswith("---") for s in sources):
        return sources
    if any(of_many_states(s.head, words.many) for s in sources):
        return sources  # "world leaders assembled in Brussels": a summit's venue, not theirs
    holders = [verb] + [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if all(
        not s.mention.code[3:6] or s.mention.code[3:6].lower() in placed_sectors for s in sources
    ):
        holders += [
            site
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ in sites
            for site in prep.children
            if site.dep_ == "pobj"
        ]
    places = [
        p
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "throughout", "across")
        for p in prep.children
        if p.dep_ == "pobj" and actors.at(p) is not None  # a place name itself
    ]
    for place in places:
        found = [
            a.mention for a in actors.actors_of(place, "in") if not a.mention.code.startswith("---")
        ]
        if len({m.code[:3] for m in found}) == 1:
            country = found[0].code[:3]
            out = []
            for source in sources:
                m = source.mention
                why = f"{m.why}; country from the place '{place.text}' ({country})"
                mention = ActorMention(country + m.code[3:], m.text, m.start, m.end, why)
                out.append(Argument(mention, source.head, source.relation, source.via))
            return out
    return sources


#: The relation of a source found by :func:`state_of_place` (shown in the event's "why").
STATE_OF_PLACE = "government of place"
#: Codes of places that are no state (an organisation's seat: "arrested at the UN").
STATELESS_PREFIXES = ("IGO", "NGO", "MNC", "---")


def state_of_place(actors: ActorIndex, verb: Any, preps: frozenset[str]) -> list[Argument]:
    """The government of the one country named by a place phrase on ``verb`` ("was arrested
    in North Korea", "sentenced in Pyongyang", "deported from China"): the only actor that
    can do an act of state power (arrest, try, sentence, deport) when no one is named doing
    it. [] when no such place, or its actors are of more than one country."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for place in prep.children:
            if place.dep_ != "pobj" or actors.at(place) is None:
                continue
            found = [
                a
                for a in actors.actors_of(place, prep.lower_)
                if not a.mention.code.startswith(STATELESS_PREFIXES)
            ]
            if len({a.mention.code[:3] for a in found}) != 1:
                continue
            first = found[0]
            country = first.mention.code[:3]
            why = (
                f"{first.mention.why}; an act of state in the passive with no agent: "
                f"the government of '{place.text}' ({country}GOV)"
            )
            m = first.mention
            mention = ActorMention(country + "GOV", m.text, m.start, m.end, why)
            return [Argument(mention, first.head, STATE_OF_PLACE, first.via)]
    return []


def as_place(argument: Argument) -> Argument:
    """A capital named as where something happened ("held talks in Seoul", "protests in
    Cairo") is the country as a place, not its government: KOR, not KORGOV. A capital as the
    actor itself ("Seoul said", "talks with Seoul", "fired at Seoul") stays the government."""
    mention = argument.mention
    if argument.relation not in LOCATIVE_RELATIONS or getattr(mention, "kind", None) != "capital":
        return argument
    if len(mention.code) <= 3 or argument.via is not None:
        return argument
    place = ActorMention(
        mention.code[:3],
        mention.text,
        mention.start,
        mention.end,
        f"{mention.why}; the capital as the place of the act",
    )
    return Argument(place, argument.head, argument.relation, argument.via)
