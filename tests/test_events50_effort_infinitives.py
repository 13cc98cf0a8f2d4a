"""An infinitive on an effort noun made by its subject is the subject's act (events50,
events/effort_infinitives.py, a parse repair).

Sentences written here. "would make efforts to resume the talks" codes the resumption in the
future, as "would work to resume the talks" does; "promised to make efforts to provide food" is
the promise of aid, as "promised to provide food" is; "welcomed efforts to resume" does not make
the welcomer resume anything.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2009, 6, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Greece said it would make efforts to resume the talks with Turkey soon.",
        "Greece said it would take steps to resume the talks with Turkey.",
        "Greece said it would work to resume the talks with Turkey.",
    ],
)
def test_an_effort_to_resume_talks_is_the_resumption(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(src == "GRC" and code == "046" and m == "future" for src, _, code, m in found), found


@pytest.mark.model
def test_welcoming_efforts_is_no_effort(coder) -> None:
    found = coded_readings(coder, "Japan welcomed efforts to resume the talks with Turkey.", DAY)
    assert not any(src == "JPN" and code == "046" for src, _, code, _ in found), found


@pytest.mark.model
def test_a_promised_effort_is_the_promise(coder) -> None:
    found = coded_readings(
        coder, "Canada promised to make efforts to provide more food to Haiti.", DAY
    )
    assert ("CAN", "HTI", "0333", "asserted") in found, found
    assert not any(code == "073" and m == "asserted" for _, _, code, m in found), found
