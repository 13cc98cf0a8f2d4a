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

from collections.abc import Callable, Sequence

from pledgewatch.events.actor_phrases import Argument, give_targets_country
from pledgewatch.events.lexicon import Lexicon


def home_state(
    sources: Sequence[Argument],
    lexicon: Lexicon,
    nearby: Callable[[], frozenset[str]] = frozenset,
) -> str | None:
    """The one country whose state forces (police, security, government, military) are all of
    ``sources``, when no other country is named near the act (``nearby``: the countries of its
    sentence and the one before, asked for only when the forces qualify); else None."""
    sectors = {s.mention.code[3:6].lower() for s in sources}
    if not sources or not sectors <= (
        lexicon.words("@home_force_sector") | lexicon.words("@crowd_force_sector")
    ):
        return None
    countries = {s.mention.code[:3] for s in sources}
    if len(countries) != 1 or "---" in countries or nearby() - countries:
        return None  # "Israeli forces killed 20 people in Gaza": Gaza's people
    return next(iter(countries))


def killed_at_home(
    code: str,
    sources: Sequence[Argument],
    targets: list[Argument],
    lexicon: Lexicon,
    nearby: Callable[[], frozenset[str]] = frozenset,
) -> list[Argument]:
    """``targets``, each country-less one of people given the country of the state force that
    killed it (:func:`home_state`)."""
    if not _killing(code, lexicon) or not targets:
        return targets
    country = home_state(sources, lexicon, nearby)
    if country is None:
        return targets
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
