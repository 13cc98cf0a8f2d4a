"""A state's force against protesters is repression (CAMEO 175), not a fight between sides.

CAMEO's 19 FIGHT is force between armed parties; its 175 ("use tactics of violent repression")
is what police, soldiers or security forces do to a crowd. The verb patterns cannot see who used
the force on whom, so "police used weapons against protesters" or "troops fired on
demonstrators" came out 190, while "police used tear gas against protesters" (a pattern of its
own) was 175. Here, after the pattern has coded the act: fighting (compose.tsv family
``on_protesters``: 190, 193 small arms) whose source is a state's force (police, military,
intelligence, government) and whose target is protesters (word class ``@protester``) is 175.
Rebels against soldiers, artillery or air strikes, and protesters' own violence (145, recoded
earlier) are left as they are.

And the people a state's force holds at home are of that state (:func:`at_home`):
"Venezuelan security forces arrested hundreds of protesters" and "Belarusian police detained
thousands of people" name their victims with no country, so the target was ---OPP or ---CVL,
and a ledger of what Venezuela did to whom could not tell its own protesters from anyone's. A
state's force restricts, arrests and represses at home (CAMEO 172, 173, 175), so a country-less
target of such an act by the forces of one country takes that country: VENOPP, BLRCVL. Left as
they were: deportations (174, of foreigners by nature), seizures (171), targets described as
foreigners (word class ``@foreigner``: "detained foreign journalists", "arrested migrants"),
acts by the forces of several countries or of none, and targets that have a country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgewatch.actors.seen import STATE_FORCE_SECTORS
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import np_words
from pledgewatch.events.lexicon import KEEP, Lexicon


def repression_of_protesters(
    code: str, sources: Sequence[Argument], targets: Sequence[Argument], lexicon: Lexicon
) -> tuple[str, str] | None:
    """The repression code and a note for the "why" when ``code`` is fighting by a state's
    force against protesters; None otherwise."""
    if not code.startswith("19") or not sources or not targets:
        return None
    if not all(s.mention.code[3:6] in STATE_FORCE_SECTORS for s in sources):
        return None
    protesters = lexicon.words("@protester")
    cue = next(
        (w for t in targets for w in sorted(np_words(t.head)) if w in protesters),
        None,
    )
    if cue is None:
        return None
    refined = lexicon.compose("on_protesters", code)
    if refined in (None, KEEP) or refined == code:
        return None
    assert refined is not None
    return refined, f"⇒ {refined} (a state's force against protesters: '{cue}')"


#: CAMEO codes of what a state does to people in its own country: restrict, arrest, repress.
HOME_ACT_CODES = ("172", "173", "175")


def at_home(
    code: str, sources: Sequence[Argument], targets: list[Argument], lexicon: Lexicon
) -> list[Argument]:
    """``targets``, each country-less one given the country of the state force that held it."""
    if not code.startswith(HOME_ACT_CODES) or not sources or not targets:
        return targets
    if not all(s.mention.code[3:6] in STATE_FORCE_SECTORS for s in sources):
        return targets
    countries = {s.mention.code[:3] for s in sources}
    if len(countries) != 1 or "---" in countries:
        return targets
    (country,) = countries
    foreigners = lexicon.words("@foreigner")
    held: list[Argument] = []
    for target in targets:
        mention = target.mention
        if mention.code.startswith("---") and not np_words(target.head) & foreigners:
            why = f"{mention.why}; held at home by {country}"
            mention = replace(mention, code=country + mention.code[3:], why=why)
            target = replace(target, mention=mention)
        held.append(target)
    return held
