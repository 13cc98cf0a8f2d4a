"""The act inside a saying, and modality that must not spill (saying54).

Sentences written here, from facts of other countries and years. A saying whose content is a
verdict that an agreement will be void is the speaker's renunciation (events/said_ends.py); an
agreement scrapped, trust built and joint drills joined are acts of the lexicon (verbs.tsv,
block "saying54"); not tolerating any harmful act is a warning, and the clause on "any action"
is no act of its own (events/kind_clauses.py); a negation inside an "if" clause is a condition,
and a negated answer does not deny the act it answers (events/modality.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2009, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict of an ended agreement, said to come: the speaker renounces it
        ("Iran's army said the ceasefire would become invalid on Friday.", ("IRNMIL", "127")),
        ("Georgia said the armistice will be null and void.", ("GEO", "127")),
        # scrapping an agreement is renouncing it
        ("Iran's army said it would scrap the armistice.", ("IRNMIL", "127")),
        ("Georgia will tear up the ceasefire agreement.", ("GEO", "127")),
    ],
)
def test_agreement_declared_void_is_renounced(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert any((r[0], r[2]) == expected and r[3] == "future" for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Georgia said the armistice could become invalid.",  # hedged
        "Analysts said the truce would become invalid.",  # no state speaks
    ],
)
def test_hedged_or_unowned_verdict_is_no_renunciation(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(r[2] == "127" for r in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Merkel said she would build trust with Moscow.",
            ("DEUGOV", "RUSGOV", "030", "future"),
        ),
        (
            "The United States will join Japan in joint drills.",
            ("USA", "JPN", "062", "future"),
        ),
        (
            "The United States will join Japan in joint drills.",
            ("JPN", "USA", "062", "future"),
        ),
    ],
)
def test_act_inside_a_saying_is_coded(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin said he would not tolerate any action that threatens the lives of the people.",
            ("RUSGOV", "?", "130", "asserted"),
        ),
        ("China will not tolerate any violation of its airspace.", ("CHN", "?", "130", "asserted")),
    ],
)
def test_refusing_any_harmful_act_is_a_warning(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    # the clause on "any action" tells no threat of its own
    assert not any(r[0] == "?" and r[2] == "130" for r in found), found


@pytest.mark.model
def test_clause_on_any_noun_is_no_act(coder) -> None:
    found = coded_readings(
        coder, "Turkey warned against any move that threatens Kurdish civilians.", DAY
    )
    assert not any(r[0] == "?" for r in found), found


@pytest.mark.model
def test_past_clause_on_any_noun_stays_an_act(coder) -> None:
    found = coded_readings(
        coder, "Turkey will punish any group that attacked its soldiers in Hakkari.", DAY
    )
    assert any(r[1].startswith("TUR") and r[2].startswith("1") for r in found), found


@pytest.mark.model
def test_negation_in_a_condition_is_hypothetical(coder) -> None:
    found = coded_readings(
        coder,
        "Lavrov said the council would consider measures if Iraq failed to comply with it.",
        DAY,
    )
    assert any(r[0] == "IRQ" and r[2] == "080" and r[3] == "hypothetical" for r in found), found


@pytest.mark.model
def test_negated_answer_does_not_deny_the_act_answered(coder) -> None:
    found = coded_readings(
        coder, "Lavrov urged Iraq not to retaliate against the Turkish drill near Mosul.", DAY
    )
    assert any(r[0] == "TUR" and r[2] == "150" and r[3] == "asserted" for r in found), found


@pytest.mark.model
def test_negation_outside_a_condition_stays(coder) -> None:
    found = coded_readings(coder, "Iraq did not comply with the resolution.", DAY)
    assert any(r[0] == "IRQ" and r[2] == "080" and r[3] == "negated" for r in found), found
