"""Codes that change with who acts: the doer's words recode the verb's event.

CAMEO files some acts by their doer, not their verb: seizure, destruction or violence by
protesters is 145 violent protest and their gathering (@assembling, by a @demonstrator) a
demonstration, 141; peacekeepers "arriving" somewhere are deployed there (074), they do not
visit, and nor does aid ("U.S.-funded flood relief arrives in Pyongyang": 073 delivered); and
what drones, missiles, hackers or armed forces "target" is attacked (190), not
sanctioned (163 is for governments aiming at firms, banks and trade: "Russian drones targeted
energy companies", "North Korean hackers targeted banks"). Each case is a pseudo-family of
``compose.tsv`` (``by_protesters``, ``by_peacekeepers``, ``by_relief``, ``by_aid``,
``by_armed``) applied when a subject's words are in the case's word class (``@armed_doer``
also when the source actor is a military, rebel or criminal sector: ``MIL``, ``REB``,
``CRM``). Kept out of
:mod:`pledgewatch.events.extract` so that the rules about doers sit in one table.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.events.actor_phrases import Argument
from pledgewatch.events.dependency_roles import np_words, subject_tokens
from pledgewatch.events.lexicon import KEEP, Lexicon

#: Actor sectors whose "targeting" is force, never a sanction.
ARMED_SECTORS = frozenset({"MIL", "REB", "CRM"})


def recoded_by_doers(
    lexicon: Lexicon, verb: Any, code: str, why: str, sources: list[Argument]
) -> tuple[str, str] | None:
    """The (code, why) the doers of ``verb`` give its event ``code``, or None when they give
    none (no doer word, or the pseudo-family keeps the code)."""
    assembling = code == "040" and verb.lemma_ in lexicon.words("@assembling")
    armed = next((a.mention.code for a in sources if a.mention.code[3:6] in ARMED_SECTORS), None)
    cases = (
        ("by_peacekeepers", "@peacekeeping", code in ("042", "043"), None),
        # goods that arrive are aid delivered, no visit: relief first, then any aid
        ("by_relief", "@relief_goods", code == "042", None),
        ("by_aid", "@aid", code == "042", None),
        (
            "by_protesters",
            "@demonstrator" if assembling else "@protester",
            code[:2] in ("17", "18", "19") or assembling,
            None,
        ),
        ("by_armed", "@armed_doer", code == "163", armed),
    )
    subjects = [a.head for a in sources] or [t for t, _ in subject_tokens(verb)]
    for family, doers, applies, sector in cases:
        if not applies:
            continue
        words = lexicon.words(doers)
        cue = next((w for s in subjects for w in sorted(np_words(s)) if w in words), sector)
        refined = lexicon.compose(family, code) if cue else None
        if cue and refined not in (None, KEEP) and refined != code:
            return refined, f"{why} ⇒ {refined} ({family.replace('_', ' ')}: '{cue}')"
    return None
