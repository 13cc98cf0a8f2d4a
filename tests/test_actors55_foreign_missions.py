"""Foreign missions in a capital are not the host's government (actors55).

Sentences written here (data/actors/agents.yaml and data/lexicon/word_classes.tsv
``no_country_seat``, read by actors/compose.py, actors/group_refs.py and
events/actor_phrases.py): "foreign embassies in Damascus" are other states' missions, so the
capital's government (SYRGOV) is neither their code nor, when Syria tells them to leave, the
teller's country. "foreign" that is part of the agent's own words keeps the capital: "the
foreign minister in Damascus" is Syria's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples, matched_mentions

DAY = dt.date(2012, 8, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "phrase", "wrong"),
    [
        ("Syria told foreign embassies in Damascus on Tuesday to close.", "embassies", "SYRGOV"),
        ("Foreign diplomats in Tehran said on Tuesday that the vote was fair.",
         "diplomats", "IRNGOV"),
        ("Libya told foreign embassies in Tripoli on Tuesday that it could not protect them.",
         "embassies", "LBYGOV"),
    ],
)  # fmt: skip
def test_foreign_missions_are_not_the_hosts(nlp, coder, text, phrase, wrong) -> None:
    mentions = matched_mentions(nlp, text, DAY)
    assert not any(phrase in t and code == wrong for t, code in mentions), mentions
    found = coded_triples(coder, text, DAY)
    assert not any(wrong in (source, target) for source, target, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign minister in Damascus said on Tuesday that the vote was fair.",
         ("SYRGOV", "?", "010")),
        ("The Foreign Ministry in Seoul said on Tuesday that the vote was fair.",
         ("KORGOV", "?", "010")),
    ],
)  # fmt: skip
def test_a_ministry_named_foreign_keeps_its_capital(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
