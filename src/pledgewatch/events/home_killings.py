"""The people a state's forces kill at home are that state's people.

"Syrian security forces have killed about 2,000 people" named its victims with no country, so
the target was ---CVL, and a ledger of what Syria did to whom could not tell Syria's own people
from anyone's; repression at home already had the rule (:func:`pledgewatch.events.repression.
at_home`: "Venezuelan police arrested hundreds of protesters" VENOPP). Here, for killing
(CAMEO codes of ``@home_kill_code``: 18 assault, 19 fight, 20 mass violence, as the verb patterns
code "kill", "shoot dead", "massacre") by the forces of one state (sectors of
``@home_force_sector`` or ``@crowd_force_sector``: police, security services, government,
military), a country-less target of people (sectors ``@home_people_sector``: civilians and the
opposition, not rebels or soldiers) takes that state's country: SYRCVL. Left as they were: acts
told where another country is named in the sentence or the one before ("Israeli forces killed
20 people in Gaza" keeps Gaza's PSECVL, "Russian troops entered Kherson. They killed 30
people" Ukraine's), targets described as foreigners (``@foreigner``), acts by the forces of
several countries or of none.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.events.actor_phrases import Argument, give_targets_country
from pledgewatch.events.lexicon import Lexicon


def killed_at_home(
    code: str,
    sources: Sequence[Argument],
    targets: list[Argument],
    lexicon: Lexicon,
    nearby_countries: frozenset[str] = frozenset(),
) -> list[Argument]:
    """``targets``, each country-less one of people given the country of the state force that
    killed it; ``nearby_countries``: the countries named in the act's sentence and the one before
    it."""
    if not _killing(code, lexicon) or not sources or not targets:
        return targets
    sectors = {s.mention.code[3:6].lower() for s in sources}
    if not sectors <= lexicon.words("@home_force_sector") | lexicon.words("@crowd_force_sector"):
        return targets
    countries = {s.mention.code[:3] for s in sources}
    if len(countries) != 1 or "---" in countries or nearby_countries - countries:
        return targets  # "Israeli forces killed 20 people in Gaza": Gaza's people
    (country,) = countries
    people = lexicon.words("@home_people_sector")
    return give_targets_country(
        targets,
        country,
        lexicon.words("@foreigner"),
        f"killed at home by {country}",
        lambda target: target.mention.code[3:6].lower() in people,
    )


def _killing(code: str, lexicon: Lexicon) -> bool:
    """Is ``code`` one of the kill codes (``@home_kill_code`` lists codes and roots)?"""
    kills = lexicon.words("@home_kill_code")
    return code in kills or code[:2] in kills or code[:3] in kills
