"""A body a leader convenes with no country of its own is the leader's own.

"President Lee Myung-bak convened an emergency meeting of security ministers" or "the prime
minister called a session of the cabinet" name the body met with no country: the ministers came
out ---GOV, so the ledger saw South Korea's president meeting someone of no known country. A
head of government convenes his own ministers, council or cabinet: a meeting (CAMEO 04) whose
verb convenes (word class ``@convening``: convene, call, summon), whose source is one country's
state actor, takes a country-less state target (government, military, legislature: word class
``@own_body_sector``) headed by a body one convenes as one's own (``@own_body``: ministers,
cabinet, council, aides, commanders) as the source's own. Left as they were: "leaders", who
are many countries' ("called a meeting of European leaders"), bodies with a nationality or a
modifier of many (``@foreign_body_modifier``, ``@supranational``: "world", "regional leaders";
:func:`pledgewatch.events.summit_guests.of_many_states` decides it, as for a summit), bodies
described as foreign ("a meeting of foreign ministers from the region", word class
``@foreigner``), targets with a country ("convened a meeting with Japanese officials"), sources
of several countries or none, and any other code.
"""

from __future__ import annotations

from collections.abc import Sequence

from pledgewatch.events.actor_phrases import Argument, give_targets_country
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.summit_guests import ManyStatesWords, of_many_states


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
    conveners = lexicon.words("@convener_sector")
    if any(s.mention.code[3:6] and s.mention.code[3:6].lower() not in conveners for s in sources):
        return targets  # a firm or a party convenes no government
    (country,) = countries
    own_sectors = lexicon.words("@own_body_sector")
    own_bodies = lexicon.words("@own_body")
    many = ManyStatesWords.of(lexicon)

    def own_body(target: Argument) -> bool:
        mention = target.mention
        doc = target.head.doc  # the body's own head word: "ministers" of "a meeting of ..."
        head = doc[mention.end - 1] if 0 < mention.end <= len(doc) else target.head
        if mention.code[3:6].lower() not in own_sectors:
            return False
        if head.lower_ not in own_bodies and head.lemma_.lower() not in own_bodies:
            return False  # "a meeting of European leaders": leaders of many
        if any(c.ent_type_ == "NORP" for c in head.children if c.i < head.i):
            return False  # "a meeting of Japanese ministers": another country's
        return not of_many_states(
            head, many, bare_guests=False
        )  # "regional ministers": several states'

    return give_targets_country(
        targets, country, lexicon.words("@foreigner"), f"convened by {country}, its own", own_body
    )
