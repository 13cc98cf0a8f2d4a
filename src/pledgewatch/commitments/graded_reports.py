"""A frame that reports a graded promise or demand is its speaker's statement, not a second pledge.

"A spokeswoman said [North Korea would be ready to halt nuclear tests]" is coded twice: the
speech event (010) and the promise inside it (030). Both are graded alone by
:meth:`~pledgewatch.commitments.grader.CommitmentGrader.grade`, so the promise would be counted
twice, once on the reporter of it. :func:`demote_reports_of_graded_events` runs over one
sentence's graded findings together (the only place where both are seen) and turns the frame
into the speaker's own statement, so the ledger counts the promise once, on the inner event.

Kept apart from grader.py because it is a pass over all findings of a document, not a reading
of one clause, and so the grader's module keeps room for its own steps (see STYLE.md's size rule).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from pledgewatch.commitments.clause import CommitmentClause
from pledgewatch.commitments.strength import strength_without_refusal
from pledgewatch.events.types import EventFinding
from pledgewatch.model import PLEDGE_KINDS


def demote_reports_of_graded_events(
    findings: Sequence[EventFinding], clause_of: Callable[[Token], CommitmentClause]
) -> None:
    """Make each frame whose reported clause carries another graded event a statement, in place.

    ``clause_of`` is the grader's clause finder (:meth:`CommitmentGrader.clause_of`). Exceptions:
    an advised saying ("should insist that ...", asked of the sayer) and a demand that a
    reported promise be kept ("must keep its promise to reopen ..."), where the frame's demand
    is the only one.
    """
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind not in (*PLEDGE_KINDS, "demand"):
            continue
        if commitment.kind == "demand" and finding.event.modality == "recommended":
            continue  # "should insist that ...": asked of the sayer (ask_the_sayer)
        clause = clause_of(finding.trigger)
        if not clause.descended:
            continue
        inner = next(
            (
                other
                for other in findings
                if other is not finding
                and other.event.commitment is not None
                # "must keep its promise": the promise reported is no demand counted
                and (commitment.kind != "demand" or other.event.commitment.kind != "promise")
                and other.sent.start == finding.sent.start
                and other.trigger.i in clause.scope
            ),
            None,
        )
        if inner is None:
            continue
        commitment.kind = "statement"
        if commitment.strength == "refused":
            # the refusal is the inner event's: a speaker reporting it refuses nothing
            commitment.strength = strength_without_refusal(commitment)
        speaker = finding.source.code if finding.source else finding.event.source
        commitment.promisor = speaker or commitment.promisor
        commitment.first_party = True  # the speaker's own statement
        # the chain ended in the reported promise's clause ("PRK (North Korea) will be
        # ready"); the statement is the speaker's own words, so it ends with the speaker
        commitment.attribution = commitment.attribution[:-1] or commitment.attribution
        commitment.why.append(
            f"statement: the reported {commitment.topic} commitment is graded on "
            f"event {inner.event.id}"
        )
