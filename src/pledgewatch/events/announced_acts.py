"""A speaker announcing an act of its own to come expresses an intent, or makes a threat.

"Interpol said it will send a team", "North Korea said it would carry out a nuclear test
targeting the United States", "Japan said it would shoot down the rocket": the act itself has
not happened (the content event stays, coded as the act, with modality ``future``), but the
announcement has. The CAMEO codebook codes that announcement as what it is: an intent to
cooperate (03x: "said it would send aid" 0333, "would meet" 036) or a threat (13x: "would
attack" 138, "would impose sanctions" 1312), composed by the lexicon's ``intent`` rules as
"vowed to" or "pledged to" are. Before, such a frame was a plain statement (010), so event
counts and the trend views saw "said it would attack" as neutral words and lost the threat.

Only the speaker's own act (the content's doer is the speaker, as for a claimed act), only a
plain future (not negated, hypothetical, nor on an "if" or "unless": "will withdraw its force
unless ..." is a threat, read by :mod:`pledgewatch.events.conditional_threats`), and only
acts (:data:`ANNOUNCED_ROOTS`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pledgewatch.events.conditional_threats import condition_word
from pledgewatch.events.lexicon import KEEP, Lexicon
from pledgewatch.events.sentence_roles import same_speaker_and_doer

if TYPE_CHECKING:
    from pledgewatch.events.extract import RawEvent

#: CAMEO roots of acts whose announcement is an intent or a threat.
#: Not 14-16: a protest, a show or mobilisation of force and a cut in relations or aid are read
#: as decided, not threatened, when announced ("said he would send 30,000 more troops to
#: Afghanistan" is a statement of a deployment; "announced it would prohibit all aid" a
#: sanction), as the lexicon's "decide" rules read them.
ANNOUNCED_ROOTS = frozenset({"04", "05", "06", "07", "08", "17", "18", "19", "20"})


def announced_own_act(
    said: list[RawEvent], content_events: list[RawEvent], lexicon: Lexicon
) -> list[RawEvent]:
    """The frame's events recoded as the intent or threat its own announced act makes, aimed
    where the act is; unchanged when the content is no act of the speaker's to come."""
    announced = [
        e
        for e in content_events
        if e.role == "main"
        and e.modality.modality == "future"
        and e.code[:2] in ANNOUNCED_ROOTS
        and e.source is not None
        and condition_word(e.trigger) is None
        and any(s.source is not None and same_speaker_and_doer(s.source, e.source) for s in said)
    ]
    if not announced or not said or any(not s.code.startswith("01") for s in said):
        return said
    out = []
    for event in said:
        # "both envoys said they would resume talks": each speaker announces its own side's
        # act, aimed at the other side, not the first side's target
        act = next(
            (
                a
                for a in announced
                if event.source is not None
                and a.source is not None
                and same_speaker_and_doer(event.source, a.source)
            ),
            announced[0],
        )
        code = lexicon.compose("intent", act.code)
        if code is None or code == KEEP:
            out.append(event)
            continue
        why = f"; announces its own act '{act.trigger.text}' ({act.code}) ⇒ {code}"
        recoded = replace(event, code=code, target=act.target, role="main", why=event.why + why)
        recoded.tokens = [*event.tokens, act.trigger]
        out.append(recoded)
    return out
