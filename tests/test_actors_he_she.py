"""'He' and 'she' are persons: a body ("the army", "the military", "the ministry") is never
their antecedent, and a 'he' already resolved carries the chain to the next 'he'."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def he_codes(matcher, doc) -> list[str]:
    return [m.code for m in matcher.find_in_doc(doc, dt.date(2012, 4, 15)) if m.text == "He"]


@pytest.mark.parametrize(
    "body",
    ["the military", "the army", "the Foreign Ministry", "the armed forces"],
)
def test_a_body_is_no_he(matcher, nlp, body):
    doc = nlp(
        "North Korean leader Kim Jong Un spoke on Sunday. "
        f"Kim spoke for 20 minutes and praised {body}. "
        "He said the country would put the army first. "
        "He also promised that the people would not have to tighten their belts again."
    )
    assert he_codes(matcher, doc) == ["PRKGOV", "PRKGOV"]


def test_a_person_agent_is_still_a_he(matcher, nlp):
    doc = nlp("A North Korean military spokesman spoke on Sunday. He said the drills would go on.")
    assert he_codes(matcher, doc) == ["PRKMIL"]
