"""A telephone call is a consultation (CAMEO 041, "discuss by telephone"), not an appeal.

"received a call from X", "a call with X", "made a call to X", "spoke by phone" are a
conversation between the two; "called for", "called on X to", "a call for restraint", "a call
to halt the tests" stay appeals (02x). Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import coded_tuples


def coded(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    return coded_tuples(coder, text, dt.date(2015, 5, 4), "calls")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the caller is the source, the one called the target
        (
            "Angela Merkel received a phone call from Vladimir Putin.",
            {("RUS", "DEU", "041", "asserted")},
        ),
        (
            "Angela Merkel received a call from Vladimir Putin on Friday.",
            {("RUS", "DEU", "041", "asserted")},
        ),
        (
            "Vladimir Putin made a call to Angela Merkel on Friday.",
            {("RUS", "DEU", "041", "asserted")},
        ),
        ("Angela Merkel took a call from Vladimir Putin.", {("RUS", "DEU", "041", "asserted")}),
        # a conversation is both ways
        (
            "Vladimir Putin and Angela Merkel spoke by phone.",
            {("RUS", "DEU", "041", "asserted"), ("DEU", "RUS", "041", "asserted")},
        ),
        # a call that sets the scene has the clause's subject as a party
        (
            "In a call with Putin, Merkel urged Russia to withdraw its troops.",
            {("DEU", "RUS", "041", "asserted"), ("RUS", "DEU", "041", "asserted")},
        ),
        # an unanswered call: the caller's call to the one who did not answer, negated
        (
            "Russian officials did not answer a routine call from the Ukrainian side.",
            {("UKR", "RUS", "041", "negated")},
        ),
    ],
)
def test_a_phone_call_is_a_consultation(coder: EventCoder, text: str, expected: set) -> None:
    found = coded(coder, text)
    assert expected <= found, found
    if "urged" not in text:
        # no appeal, as "a call from X" was read before
        assert not any(code.startswith("02") for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Angela Merkel called for restraint.", "02"),
        ("Angela Merkel called on Russia to withdraw its troops.", "02"),
        ("Merkel renewed her call for a ceasefire.", "02"),
        # an infinitive of what is asked makes "a call from X" the appeal, not a phone call
        ("The call from Berlin to halt the offensive was rejected by Moscow.", "12"),
    ],
)
def test_calls_for_something_stay_appeals(coder: EventCoder, text: str, root: str) -> None:
    found = coded(coder, text)
    assert any(code.startswith(root) for _, _, code, _ in found), found
    assert not any(code == "041" for _, _, code, _ in found), found


@pytest.mark.model
def test_calling_a_meeting_convenes_it(coder: EventCoder) -> None:
    found = coded(coder, "Angela Merkel called a meeting of her cabinet.")
    assert any(code == "040" for _, _, code, _ in found), found
    assert not any(code == "041" for _, _, code, _ in found), found
    # with an object predicate the verb characterises its object
    found = coded(coder, "Japan called the summit a success.")
    assert not any(code.startswith("04") for _, _, code, _ in found), found
