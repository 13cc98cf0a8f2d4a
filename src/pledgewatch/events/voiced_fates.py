"""A fate foretold in a statement's own voice is its issuer's threat.

"The United States will bear the responsibility for all the consequences", printed as a
statement's own words, is the issuer's threat aimed at the United States (130), as "North Korea
warned that the United States would bear ..." is the North's (:meth:`FrameReadings._fate_threat
<pledgewatch.events.frame_readings.FrameReadings._fate_threat>`): the fate (pay a price, face
consequences, bear the responsibility for them, regret; :func:`pledgewatch.events.warnings.
fate_verb`) is what the subject will suffer, not an act of its own. Here the sentence's root is
the fate and there is no reporting verb: the voice is the statement's issuer, given by
:class:`~pledgewatch.events.statement_voice.StatementVoice`. The threat is made by the
statement, so it is asserted; a fate of the issuer's own country ("We will pay any price") is
no threat, and a fate told as past ("paid a heavy price") is none either (``fate_verb`` wants a
future or conditional auxiliary).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.events.declared_ends import voice_pattern
from pledgewatch.events.modality import ModalityReading
from pledgewatch.events.warnings import THREAT_CODE, fate_subjects, fate_verb

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import ActorIndex, Argument
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon

__all__ = ["voiced_fates"]


def voiced_fates(
    sentence: Any,
    issuer: Argument,
    raws: list[RawEvent],
    actors: ActorIndex,
    lexicon: Lexicon,
    prospective: frozenset[str],
) -> list[RawEvent]:
    """The issuer's threats at those whose fate the root of ``sentence`` foretells; the fate
    verb's own events are taken out of ``raws`` (the sufferer does nothing)."""
    from pledgewatch.events.actions import Action
    from pledgewatch.events.extract import RawEvent

    fate = fate_verb(sentence.root, lexicon, prospective)
    if fate is None:
        return []
    own = issuer.mention.code[:3]
    sufferers: list[Argument] = []
    for subject in fate_subjects(fate):
        for found in actors.actors_of(subject, "subj"):
            codes = {s.mention.code for s in sufferers}
            if found.mention.code[:3] != own and found.mention.code not in codes:
                sufferers.append(found)
    if not sufferers:
        return []
    raws[:] = [r for r in raws if r.trigger.i != fate.i]
    action = Action(fate, voice_pattern("voiced:fate", THREAT_CODE))
    return [
        RawEvent(
            action=action,
            code=THREAT_CODE,
            source=issuer,
            target=sufferer,
            modality=ModalityReading("asserted"),
            role="main",
            why=(
                f"a fate ('{fate.text}' of '{sufferer.head.text}') in the voice of the statement"
                f" of {issuer.mention.code} ⇒ threat {THREAT_CODE} ({sufferer.describe()})"
            ),
            tokens=[fate, sufferer.head],
        )
        for sufferer in sufferers
    ]
