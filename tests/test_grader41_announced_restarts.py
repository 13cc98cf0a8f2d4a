"""An announced restart of what a freeze stops ("said it would restart the reactor", "will
reopen the plutonium plant") undoes the freeze: a refusal of it, as a verb that negates the
undertaking itself is ("would no longer abide by", "will scrap") (``second_readings.reread``).
grader41 tried reading the restart as a statement of intent; the lead kept the refusal, which
the ledger reads as the pledge retracted, and which the seed-66 audit judged right ("restart all
the facilities at its main nuclear complex"). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2028, 5, 16)


def _graded(text: str) -> list[tuple[str, str, str]]:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(DAY))
    return [(c.kind, c.strength, c.topic) for e in events if (c := e.commitment) is not None]


ANNOUNCED = [
    # the taxonomy's freeze topics are the Korean ones: the site must be Yongbyon
    "Pyongyang announced it would reactivate the nuclear complex at Yongbyon.",
    "The North said on Monday that it would reopen the plutonium plant at Yongbyon.",
]


@pytest.mark.parametrize("text", ANNOUNCED)
def test_an_announced_restart_refuses_the_freeze(text: str) -> None:
    graded = _graded(text)
    assert ("refusal", "refused", "yongbyon_activities") in graded, graded


NEGATING = [
    "Iran said it would no longer abide by the enrichment freeze.",
    "Iran said it would scrap the moratorium on nuclear tests.",
]


@pytest.mark.parametrize("text", NEGATING)
def test_negating_the_undertaking_itself_is_still_a_refusal(text: str) -> None:
    assert any(kind == "refusal" for kind, _strength, _topic in _graded(text)), _graded(text)
