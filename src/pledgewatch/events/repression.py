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

And the people a state's police hold at home are of that state (:func:`at_home`):
"Venezuelan police arrested hundreds of protesters" and "Belarusian police detained thousands
of people" name their victims with no country, so the target was ---OPP or ---CVL, and a
ledger of what Venezuela did to whom could not tell its own protesters from anyone's. A state's
police, security services or government (word class ``@home_force_sector``) restrict, arrest
and repress at home (CAMEO 172, 173, 175: ``@home_act_code``), so a country-less target of such
an act by the forces of one country takes that country: VENOPP, BLRCVL; a military's
(``@crowd_force_sector``) only when it holds protesters (``@protester``: "Venezuelan security
forces arrested hundreds of protesters"). Left as they were: anyone else a military holds, who
may be an occupied people ("Israeli troops entered the Jenin camp. The Israeli army arrested
20 people"), acts told where another country is named in the
sentence or the one before ("... entered the Ukrainian city of Kherson"), deportations (174,
of foreigners by nature), seizures (171), targets described as foreigners (word class
``@foreigner``: "detained foreign journalists", "arrested migrants"), acts by the forces of
several countries or of none, and targets that have a country. The people such forces kill at
home are the state's too (:mod:`pledgewatch.events.home_killings`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pledgewatch.actors.seen import STATE_FORCE_SECTORS
from pledgewatch.events.actor_phrases import ActorIndex, Argument, give_targets_country
from pledgewatch.events.dependency_roles import np_words
from pledgewatch.events.home_killings import home_state, killed_at_home
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.places import STATELESS_PREFIXES


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


def at_home(
    code: str,
    sources: Sequence[Argument],
    targets: list[Argument],
    lexicon: Lexicon,
    nearby: Callable[[], frozenset[str]] = frozenset,
) -> list[Argument]:
    """``targets``, each country-less one given the country of the state force that held it
    (:func:`~pledgewatch.events.home_killings.home_state`; ``nearby``: the countries named in
    the act's sentence and the one before it, asked for only when needed)."""
    if code[:3] not in lexicon.words("@home_act_code"):  # "have killed 2,000 people": SYRCVL
        return killed_at_home(code, sources, targets, lexicon, nearby)
    if not targets:
        return targets
    country = home_state(sources, lexicon, nearby)
    if country is None:
        return targets  # "Russian troops entered the Ukrainian city of Kherson. ..."
    sectors = {s.mention.code[3:6].lower() for s in sources}
    protesters = lexicon.words("@protester")

    def held_at_home(target: Argument) -> bool:
        """Anyone a police holds; only a crowd a military holds (its other captives may be
        an occupied people: "Israeli troops entered the Jenin camp. The army arrested 20")."""
        return sectors <= lexicon.words("@home_force_sector") or bool(
            np_words(target.head) & protesters
        )

    return give_targets_country(
        targets, country, lexicon.words("@foreigner"), f"held at home by {country}", held_at_home
    )


def nearby_countries(token: Any, actors: ActorIndex) -> frozenset[str]:
    """The countries named in ``token``'s sentence and the one before it (for :func:`at_home`:
    "Russian forces entered the Ukrainian city of Kherson. Russian troops detained ...")."""
    sentence = token.sent
    start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    return frozenset(
        m.code[:3]
        for m in actors.mentions
        if start <= m.start < sentence.end and not m.code.startswith(STATELESS_PREFIXES)
    )
