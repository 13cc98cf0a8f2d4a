"""A visit needs a visitor, and going home is no visit.

CAMEO's 042 ("make a visit") has the visitor as source and the host as target. Two readings of
the visit patterns are no visit: a verb's with no visitor at all ("... to let inspectors return to
Yongbyon", the inspectors no actor: "? → PRK 042" says nothing of whom North Korea hosts), and a
return or an arrival in one's own country ("Kim Jong Un returned to Pyongyang", "Obama returned
to Washington": PRKGOV → PRKGOV 042). :func:`no_visit` says when a visit event is one of these,
to be dropped; a visit to a place of one's own country by someone of another sector ("Kim visited
a military unit") is left alone, as is a visitor whose country is unknown. Refugees (sector
REF) returning to or arriving in a country visit no one there: they go home or flee.

And two sides travelling to one place meet there: "U.S. and Russian negotiators return to
Geneva for talks" is no visit of either to Switzerland but a meeting at a venue, and the venue
is no party to it (as "talks in Geneva" is not): :func:`venue_of_a_pair` drops the place of a
third country from a visit or talks (042, 043, 046) whose parties are of two or more countries
("will return to Geneva for talks": 046, no Swiss party), and from a signing (057) of two or
more: "Congo and Rwanda signed a peace agreement at the White House" has no American party, the
host's seat reached "at" is the venue. Only a place reached through "to", "at" or a locative
preposition is a venue: a party met "with", or visited as an object, stays ("will hold talks
with North Korea", "visited Pyongyang").

Sending someone "to" a place of one's own country is no act toward another state either:
:func:`sent_at_home` drops a handing over of suspects (063) sent to no other state ("a court sent
three traffickers to prison", "police sent the suspects to a detention center") and gives police
or peacekeepers sent to one's own country the verb's plain code ("India sent police to Kashmir"
is a show of force, 154, not protection given to India, 074): ``compose.tsv`` family
``sent_at_home``. Weapons a state sends to a territory it holds (``state_pairs.yaml``
``territories``: "would send a missile defence system to Guam") are a deployment of its own
forces, 154, not military aid to the territory (072): ``compose.tsv`` family
``sent_to_territory``.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.actors.seen import NOT_COUNTRIES
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.home_territories import held_territories
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.places import LOCATIVE_RELATIONS

#: The CAMEO code of making a visit.
VISIT_CODE = "042"
#: Consultations with a venue: visits, hosted visits, talks ("return to Geneva for talks", 046),
#: and a signing ("Congo and Rwanda signed a peace agreement at the White House", 057).
_VENUE_CODES = frozenset({"042", "043", "046", "057"})
#: Prepositions through which a consultation's venue comes ("went to Geneva", "met in Beijing").
_VENUE_PREPOSITIONS = LOCATIVE_RELATIONS | {"to", "at"}
#: The sector of refugees and the displaced: they go home or flee, they visit no host.
_DISPLACED = "REF"


def no_visit(
    code: str, sources: Sequence[Argument], targets: Sequence[Argument], *, verb: bool
) -> bool:
    """Is this visit event one of a verb with no visitor, or one to the visitor's own country
    and government (the same country and sector, or the bare country)? A visit noun with no
    visitor is left alone ("a visit to Russia": whose is often the clause's)."""
    if code != VISIT_CODE:
        return False
    if not sources:
        return verb
    if all(source.mention.code.endswith(_DISPLACED) for source in sources):
        return True  # "Refugees returned to Syria", "arrived in Greece": going home or fleeing
    if not targets:
        return False
    for source in sources:
        home = source.mention.code[:3]
        if home in NOT_COUNTRIES:
            return False
        for target in targets:
            if target.mention.code[:3] != home:
                return False
            if target.mention.code not in (home, home + "GOV", source.mention.code):
                return False  # "Kim visited a military unit": PRKGOV → PRKMIL
    return True


def sent_at_home(
    code: str,
    why: str,
    child: str | None,
    sources: Sequence[Argument],
    targets: Sequence[Argument],
    lexicon: Lexicon,
) -> tuple[str, str] | None:
    """(code, why) of an act whose pattern sends "to" (``child``) a destination, recoded by the
    ``sent_at_home`` family when no target is another country's (the sources' own or none):
    None drops it; with no target at all only a drop applies ("sent troops to the mission"
    stays 074). Sources of no known country leave it alone. Whatever the pattern, an act whose
    every target is reached "to" a territory the sources' state holds is recoded by the
    ``sent_to_territory`` family ("send a missile defence system to Guam": 072 -> 154)."""
    homes = {s.mention.code[:3] for s in sources}
    if not homes or homes & NOT_COUNTRIES:
        return code, why
    held = held_territories(homes, lexicon) if targets else frozenset()
    if held and all(t.relation == "to" and t.mention.code[:3] in held for t in targets):
        # "send a missile defence system to Guam": the sender's own territory, no other state
        # (the pattern needs no "to" of its own: send.v+weapon names only what is sent)
        moved = lexicon.compose("sent_to_territory", code)
        if moved is None or moved == KEEP:
            return code, why
        places = "/".join(sorted({t.mention.code[:3] for t in targets}))
        return moved, f"{why} ⇒ {moved} (sent to {places}, held by {'/'.join(sorted(homes))})"
    if child != "to":
        return code, why
    if any(t.mention.code[:3] not in homes | {"---"} for t in targets):
        return code, why  # "Colombia sent the cartel leader to the United States"
    refined = lexicon.compose("sent_at_home", code)
    if refined == KEEP or (refined is not None and not targets):
        return code, why
    if refined is None:
        return None
    return refined, f"{why} ⇒ {refined} (sent within {'/'.join(sorted(homes))})"


def venue_of_a_pair(
    code: str, sources: Sequence[Argument], targets: Sequence[Argument]
) -> list[Argument]:
    """``targets`` without the places of a third country when a consultation's sources are of
    two or more countries ("U.S. and Russian negotiators return to Geneva": they meet there)."""
    homes = {s.mention.code[:3] for s in sources} - NOT_COUNTRIES
    if code[:3] not in _VENUE_CODES or len(homes) < 2:
        return list(targets)
    return [t for t in targets if t.mention.code[:3] in homes or not _a_venue(t)]


def _a_venue(target: Argument) -> bool:
    """Did the target come through a preposition of place or movement ("to Geneva", "in
    Beijing") and name a place (a city, a capital), not a party ("with North Korea", "met
    North Korean envoys", "visited Pyongyang")?"""
    if target.relation not in _VENUE_PREPOSITIONS:
        return False
    mention = target.mention
    if target.relation == "at" and getattr(mention, "kind", "") == "institution":
        return True  # "signed ... at the White House": a state's seat as the venue
    return bool(getattr(mention, "is_location", False)) or getattr(mention, "kind", "") in (
        "capital",
        "place",
    )
