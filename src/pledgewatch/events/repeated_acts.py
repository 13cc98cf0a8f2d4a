"""An act told again in the passive, with no agent, is done by whoever did it before.

News tells an act twice: "North Korea executed Jang Song Thaek, state media said. ... KCNA said
Jang was executed on Thursday right after the trial." The second telling is an agentless
passive, coded with no source ("? → PRK 173"), though the story has just said who did it. Here
an event of an agentless passive verb with no source takes the source of an earlier event of the
document, in the last few sentences, with the same verb (lemma), the same code and the same
target: the same act of the same doer on the same victim. A different victim, another verb or a
passive with its own "by" agent is left alone. The same target code is not yet the same victim:
the victim must be one named person ("Jang"), or the same words naming one ("Homs"), and the
retelling must not say it is another act: "again" or "another" (word class ``@repetition``),
or, for a victim who is no person, a date of its own ("Homs was shelled on Friday"). "Israeli
troops killed two Palestinians. Three Palestinians were killed near Rafah" is no retelling.
:class:`RepeatedActs` keeps what the coder has coded of one document so far (one instance per
document).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pledgewatch.events.dependency_roles import is_passive

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import Argument
    from pledgewatch.events.extract import RawEvent

#: How many sentences back an earlier telling of the act may be.
LOOKBACK_SENTENCES = 3


@dataclass
class RepeatedActs:
    """The doers of the acts coded so far in one document, by (verb lemma, code, target)."""

    #: Words that make a retelling another act ("again", "another"; word class @repetition).
    repetition: frozenset[str] = frozenset()
    _doers: dict[tuple[str, str, str], tuple[int, Argument, Argument]] = field(default_factory=dict)

    def fill(self, raws: list[RawEvent], sentence: int) -> None:
        """Give each agentless passive event with no source the doer of the same act told in
        one of the last few sentences; then remember this sentence's doers."""
        for raw in raws:
            key = _key(raw)
            if raw.source is not None or key is None or not _agentless_passive(raw):
                continue
            earlier = self._doers.get(key)
            if earlier is None or sentence - earlier[0] > LOOKBACK_SENTENCES:
                continue
            if raw.target is None or not self._same_act(raw, raw.target, earlier[2]):
                continue
            raw.source = earlier[1]
            raw.why += f"; done by {earlier[1].mention.code} as told in sentence {earlier[0] + 1}"
        for raw in raws:
            key = _key(raw)
            if raw.source is not None and raw.target is not None and key is not None:
                self._doers[key] = (sentence, raw.source, raw.target)

    def _same_act(self, raw: RawEvent, target: Argument, earlier_target: Argument) -> bool:
        """Is the retold act on the same single victim, and not said to be another act?"""
        mention = target.mention
        if getattr(mention, "plural", False):
            return False  # "two Palestinians ... three Palestinians": other victims
        person = getattr(mention, "kind", "") == "person"
        if not person and mention.text.lower() != earlier_target.mention.text.lower():
            return False
        if any(t.lower_ in self.repetition for t in raw.trigger.subtree):
            return False  # "Homs was shelled again", "another ... was killed"
        # a date of its own makes a place's shelling another one; a person is executed once
        return person or not any(e.label_ == "DATE" for e in raw.trigger.sent.ents)


def _key(raw: RawEvent) -> tuple[str, str, str] | None:
    if raw.target is None or raw.action.pattern.kind != "verb":
        return None
    return (raw.trigger.lemma_.lower(), raw.code, raw.target.mention.code)


def _agentless_passive(raw: RawEvent) -> bool:
    verb = raw.trigger
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children)
