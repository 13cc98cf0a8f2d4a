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
third country from a visit, meeting or talks (CAMEO 04) whose parties are of two or more
countries ("will return to Geneva for talks": 046, no Swiss party).
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.events.actor_phrases import Argument

#: The CAMEO code of making a visit.
VISIT_CODE = "042"
#: The CAMEO root of consulting: visits, meetings, talks ("return to Geneva for talks", 046).
_CONSULT_ROOT = "04"
#: The sector of refugees and the displaced: they go home or flee, they visit no host.
_DISPLACED = "REF"
#: Country codes that are no country (an unknown agent, an organisation).
_NO_COUNTRY = frozenset({"---", "IGO", "NGO", "IMG"})


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
        if home in _NO_COUNTRY:
            return False
        for target in targets:
            if target.mention.code[:3] != home:
                return False
            if target.mention.code not in (home, home + "GOV", source.mention.code):
                return False  # "Kim visited a military unit": PRKGOV → PRKMIL
    return True


def venue_of_a_pair(
    code: str, sources: Sequence[Argument], targets: Sequence[Argument]
) -> list[Argument]:
    """``targets`` without the places of a third country when a consultation's sources are of
    two or more countries ("U.S. and Russian negotiators return to Geneva": they meet there)."""
    homes = {s.mention.code[:3] for s in sources} - _NO_COUNTRY
    if not code.startswith(_CONSULT_ROOT) or len(homes) < 2:
        return list(targets)
    return [t for t in targets if t.mention.code[:3] in homes]
