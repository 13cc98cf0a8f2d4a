"""Another's wish, told by someone else, is no act of the one who wishes.

"Analysts said the North wants to press the South into redrawing the sea border": wanting is an
intent (CAMEO 03) only when the one who wants says so; told by another ("analysts said",
"Seoul said"), the wish is the teller's reading of someone's mind, and the North has expressed
nothing. Here an event whose verb is a wish (word class ``@wish``: want, wish, desire) is
dropped when it is the content of a statement whose speaker is of another country than the one
who wishes, or of none and no official ("analysts said"; a country-less "he" or "officials"
may be the wisher's own); "North Korean officials said the country wants talks" (its own people
speaking) and "North Korea wants talks" (no teller) keep their intent.

A wish supposed in a condition is no intent either (:func:`supposed_wish`, events45): "If
Tehran wants relief from sanctions, it should stop enriching uranium" tells what Tehran must do
on a supposition about its mind; Tehran has expressed nothing. A wish verb opened by a
condition's mark (``@supposing_mark``: if, unless) is dropped; the main clause's act stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

__all__ = ["reported_wish", "supposed_wish"]

#: Sectors of a country-less speaker who may speak for the one who wishes.
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "ELI", "LEG", ""})


def reported_wish(raw: RawEvent, wishes: frozenset[str]) -> bool:
    """Is ``raw`` a wish of its source told by a speaker not of the source's own country?"""
    if raw.frame is None or raw.speaker is None or raw.source is None:
        return False
    if raw.trigger.lemma_.lower() not in wishes:
        return False
    speaker = raw.speaker.mention.code
    if speaker.startswith("---"):
        # "analysts said": commentators; "he said" or "officials said" with no country may be
        # the wisher's own officials ("He said Seoul still wanted dialogue", a Seoul spokesman)
        return speaker[3:] not in _OFFICIAL_SECTORS
    return speaker[:3] != raw.source.mention.code[:3]


def supposed_wish(raw: RawEvent, wishes: frozenset[str], marks: frozenset[str]) -> bool:
    """Is ``raw`` a wish supposed in a condition ("if Tehran wants relief, ...")?"""
    trigger = raw.trigger
    return trigger.lemma_.lower() in wishes and any(
        c.dep_ == "mark" and c.lower_ in marks for c in trigger.children
    )
