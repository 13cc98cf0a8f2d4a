"""A body a leader convenes with no country of its own is the leader's own.

"President Lee Myung-bak convened an emergency meeting of security ministers" or "the prime
minister called a session of the cabinet" name the body met with no country: the ministers came
out ---GOV, so the ledger saw South Korea's president meeting someone of no known country. A
head of government convenes his own ministers, council or cabinet: a meeting (CAMEO 04) whose
verb convenes (word class ``@convening``: convene, call, summon), whose source is one country's
state actor, takes a country-less state target (government, military, legislature) as the
source's own. Left as they were: bodies described as foreign ("a meeting of foreign ministers
from the region", word class ``@foreigner``), targets with a country ("convened a meeting with
Japanese officials"), sources of several countries or none, and any other code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pledgewatch.actors.seen import STATE_FORCE_SECTORS
from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import np_words
from pledgewatch.events.lexicon import Lexicon

#: Sectors of a body a head of government convenes as his own (STATE_FORCE_SECTORS adds the
#: legislature).
OWN_BODY_SECTORS = STATE_FORCE_SECTORS | {"LEG"}


def convened_at_home(
    verb_lemma: str,
    code: str,
    sources: Sequence[Argument],
    targets: list[Argument],
    lexicon: Lexicon,
) -> list[Argument]:
    """``targets``, each country-less state body given the country of the one who convened it."""
    if not code.startswith("04") or verb_lemma not in lexicon.words("@convening"):
        return targets
    countries = {s.mention.code[:3] for s in sources}
    if len(countries) != 1 or "---" in countries or not targets:
        return targets
    if not all(s.mention.code[3:6] in OWN_BODY_SECTORS | {"", "ELI"} for s in sources):
        return targets  # a firm or a party convenes no government
    (country,) = countries
    foreigners = lexicon.words("@foreigner")
    own: list[Argument] = []
    for target in targets:
        mention = target.mention
        words = np_words(target.head) | {w.lower() for w in mention.text.split()}
        if (
            mention.code.startswith("---")
            and mention.code[3:6] in OWN_BODY_SECTORS
            and not words & foreigners
        ):
            why = f"{mention.why}; convened by {country}, its own"
            target = replace(
                target, mention=replace(mention, code=country + mention.code[3:], why=why)
            )
        own.append(target)
    return own
