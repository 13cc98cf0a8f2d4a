"""A saying coded as the refusal it declares binds the sayer (review26, mend26).

"X said the talks with Y will be over" (a halt idiom, 164), "X said the accord would become
invalid" (events/said_ends.py, 127) and "X said talks with Y were out of the question" (a
rejection idiom, 125) are the sayer's own act, coded with the sayer as source. The grader read
the reported clause's subject as the promisor (Y, named in "the talks with Y", or nobody, a
"verdict on a thing"): the ledger would record that Y refused. Now the sayer is the promisor
and the commitment a first-party refusal (commitments/issuer_voice.py ``refused_in_saying``);
a saying that only frames another party's refusal is untouched.

Sentences written for these tests (other countries and years)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2031, 5, 14)


def _graded(text: str) -> list[tuple[str, str, str | None, str | None, bool]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return sorted(
        (
            e.cameo,
            e.commitment.kind,
            e.commitment.promisor,
            e.commitment.promisee,
            e.commitment.first_party,
        )
        for e in events
        if e.commitment and e.commitment.kind != "statement"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a halt idiom recodes the saying (164): the sayer breaks off the talks
        (
            "Armenia said the talks with Azerbaijan will be over.",
            ("164", "refusal", "ARM", "AZE", True),
        ),
        # a rejection idiom recodes the saying (125): the sayer refuses them
        (
            "Ecuador said talks with Peru were out of the question.",
            ("125", "refusal", "ECU", "PER", True),
        ),
        # events/said_ends.py: a verdict said to come renounces the agreement (127)
        (
            "Kenya said the agreement with Uganda would become invalid next month.",
            ("127", "refusal", "KEN", "UGA", True),
        ),
        (
            "Chile's army said the truce would become invalid on Monday.",
            ("127", "refusal", "CHLMIL", None, True),
        ),
    ],
)
def test_declared_end_binds_the_sayer(text, expected) -> None:
    assert _graded(text) == [expected]


def test_a_framed_refusal_stays_the_other_partys() -> None:
    # the saying frames Peru's own refusal: Peru refused, Ecuador only reports it
    graded = _graded("Ecuador said Peru rejected the offer.")
    assert [(kind, promisor) for _code, kind, promisor, *_ in graded] == [("refusal", "PER")]
