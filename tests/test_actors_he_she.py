"""Personal pronouns: 'he' and 'she' are persons, so a body ("the army", "the military", "the
ministry") is never their antecedent, and a 'he' already resolved carries the chain to the next
'he'; 'they' after a group that holds a stranger no dictionary knows ("Iran and six world
powers", "the six powers") is that group, which no single actor code names."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Iran and six world powers reached an interim deal on Sunday. "
        "They will not impose new sanctions for six months.",
        "Iran reached an interim deal on Sunday. In return for the limits, the six powers said "
        "they would release some funds. They will not impose new sanctions for six months.",
    ],
)
def test_they_after_a_group_with_a_stranger_stays_unresolved(matcher, nlp, text):
    found = [m for m in matcher.find_in_doc(nlp(text), dt.date(2013, 11, 24)) if m.text == "They"]
    assert found == [], [(m.code, m.why) for m in found]


def test_they_after_a_known_group_is_resolved(matcher, nlp):
    doc = nlp("Brazil and Turkey brokered a deal. They said it was fair.")
    found = [m.code for m in matcher.find_in_doc(doc, dt.date(2010, 5, 20)) if m.text == "They"]
    assert found == ["BRA", "TUR"]  # each of the two coordinated (events40)


def test_a_statements_we_is_who_issued_it(matcher, nlp):
    """The statement's headline names North Korea, its issuer the State Department's
    spokeswoman: "we" is the issuer, not the story's lead actor."""
    doc = nlp(
        "Statement on North Korea's announced satellite launch. "
        "The following statement was issued by Department Spokesperson Victoria Nuland on "
        "Friday. North Korea's announcement that it plans to launch a satellite is highly "
        "provocative. We are consulting closely with our partners in the six-party talks."
    )
    found = [m.code for m in matcher.find_in_doc(doc, dt.date(2012, 3, 16)) if m.text == "We"]
    assert found == ["USAGOV"]
