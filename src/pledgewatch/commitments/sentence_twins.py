"""One sentence, one commitment: a pledge graded on two events of the same sentence is kept once.

"Chile will meet the Peruvian side again to discuss the details of the gas aid" is coded on
"meet" (CHL -> PER) and on its purpose "discuss" (CHL -> ?, whose other party the meeting rule
supplies); both grade to the same promise, CHL -> PER on talks, which the ledger would count
twice (grading audit, seed 65, outside the draw; grader41). :func:`fold_sentence_twins` keeps one
commitment per sentence for each (kind, promisor, promisee, topic) and clears the others; a
twin's further topics, deadline or reasons the kept one lacks are carried over, so nothing
promised is lost.

Which one is kept (the main row's): a ``main`` event before a secondary one (consequence,
frame, background, ...); then the event whose own source and target are the commitment's
promisor and promisee (its parties are the sentence's own, not supplied by a rule); then the
first in the sentence. Statements are not folded (the ledger does not count them), nor
commitments with no promisor (two unknown parties need not be one).
"""

from __future__ import annotations

from collections.abc import Iterable

from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment

#: The kinds the ledger counts, the only ones folded.
_FOLDED_KINDS = frozenset({"promise", "offer", "demand", "refusal"})


def fold_sentence_twins(findings: Iterable[EventFinding]) -> None:
    """Clear the commitment of every event whose sentence has an identical commitment (same
    kind, promisor, promisee, topic) on a better-placed event; say so in the kept one's
    ``why``."""
    groups: dict[tuple[int, str, str, str | None, str], list[EventFinding]] = {}
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind not in _FOLDED_KINDS or not commitment.promisor:
            continue
        key = (
            finding.sent.start,
            commitment.kind,
            commitment.promisor,
            commitment.promisee,
            commitment.topic,
        )
        groups.setdefault(key, []).append(finding)
    for twins in groups.values():
        if len(twins) < 2:
            continue
        kept, *folded = sorted(twins, key=_preference)
        kept_commitment = kept.event.commitment
        assert kept_commitment is not None
        for twin in folded:
            twin_commitment = twin.event.commitment
            assert twin_commitment is not None
            _carry_over(kept_commitment, twin_commitment)
            kept_commitment.why.append(
                f"one commitment per sentence: the same {twin_commitment.kind} on "
                f"{twin.trigger.text!r} ({twin.role} row) is folded into this one"
            )
            twin.event.commitment = None


def _preference(finding: EventFinding) -> tuple[int, int, int]:
    commitment = finding.event.commitment
    assert commitment is not None
    own_parties = (
        finding.event.source == commitment.promisor and finding.event.target == commitment.promisee
    )
    return (finding.role != "main", not own_parties, finding.trigger.i)


def _carry_over(kept: Commitment, twin: Commitment) -> None:
    """A twin's topics, deadline and reasons the kept commitment lacks."""
    known = {topic for topic, _words in kept.all_topics}
    for topic, words in twin.all_topics:
        if topic not in known:
            kept.other_topics.append({"topic": topic, "topic_text": words})
            known.add(topic)
    if kept.deadline is None and twin.deadline is not None:
        kept.deadline = twin.deadline
    # the twin's own reasons stay readable on the one kept ("the agenda of a meeting": why the
    # purpose's topic is the talks)
    kept.why.extend(f"folded twin: {line}" for line in twin.why if line not in kept.why)
