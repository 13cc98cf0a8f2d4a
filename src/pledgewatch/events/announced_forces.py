"""A state announcing what a ship or force of no named country will do speaks of its own.

"The United States announced that the aircraft carrier George Washington will join South Korean
ships for joint drills": the drill's doer is the carrier, which the actor dictionary does not
know, so the act inside the announcement had no source (and the announcement's own row was
all that told the story's news). A state's announcement of what a warship or a force
(``@warship``, ``@troops``) will do, naming no country for it, is of its own forces: a foreign
one would be named by its country ("a Chinese ship"), as the doer of an act told as done would
be ("Tokyo said the ships entered its waters" tells another's ships, and is left alone). Here
the content act to come (``future``) whose subject is such a noun, with no source, takes the
announcing state as its source; a speaker of no country ("analysts said the carrier will ...")
lends none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["lend_announcer_to_own_forces"]


def lend_announcer_to_own_forces(
    said: list[RawEvent], content_events: list[RawEvent], lexicon: Lexicon
) -> None:
    """Give each sourceless future act of ``content_events`` done by a warship or force of
    no named country the announcing state of ``said`` (in place)."""
    speaker = said[0].source if said else None
    if speaker is None or speaker.mention.code.startswith("-"):
        return
    forces = lexicon.words("@warship") | lexicon.words("@troops")
    for event in content_events:
        if event.source is not None or event.modality.modality != "future":
            continue
        subjects = [c for c in event.trigger.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or not _a_force(subjects[0], forces):
            continue
        event.source = speaker
        event.why += f"; its {subjects[0].text} announced by {speaker.mention.code}: its own"


def _a_force(subject: Any, forces: frozenset[str]) -> bool:
    """Is ``subject`` a noun of ``forces``, or a name with one before it ("the aircraft carrier
    Kaga", "the destroyer Sejong")?"""
    words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in forces for w in words)
