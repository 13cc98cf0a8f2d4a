"""A time in a clause on the trigger's own object that tells the object's making dates the
making, not the trigger (dates53, events/date_scopes.py).

"honoured the treaty that it signed in 1998" is an honouring of the report's day, not of 1998;
the signing keeps 1998. A clause whose subject is the object ("a rocket that landed in the sea
on Monday") tells the same act on, and a gathering's holding is the taking part's ("attended the
talks that Oslo hosted on Monday", word class @occasion_noun), and a participle of a state is
more often hung with the trigger's time ("seized a ship loaded with arms on Tuesday", word class
@state_participle): these still date the trigger.
Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

REPORT_DAY = dt.date(2019, 6, 13)  # a Thursday


def _dates(coder, text: str, cameo: str) -> set[dt.date | None]:
    return {e.date for e in coded_events(coder, text, REPORT_DAY) if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # an object relative clause with a subject of its own: the object's making
        ("Ecuador honoured the treaty that it signed with Peru in 1998.", "051"),
        ("Kenya broke the pledge it gave to Somalia last year.", "128"),
        # a past participle on the object, a passive relative clause: the same
        ("Ghana recalled the pledge made three weeks ago.", "010"),
        ("Rebels in Mali freed the hostages seized in April.", "0841"),
        ("Colombia lifted the curfew that the army imposed in May.", "0813"),
    ],
)
def test_the_objects_making_does_not_date_the_trigger(coder, text, cameo) -> None:
    assert _dates(coder, text, cameo) == {REPORT_DAY}


@pytest.mark.model
def test_the_making_itself_keeps_its_time(coder) -> None:
    assert _dates(
        coder, "Ecuador honoured the treaty that it signed with Peru in 1998.", "057"
    ) == {dt.date(1998, 1, 1)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        # the object is the clause's subject: the same act told on
        ("Iran fired a rocket that landed in the sea on Monday.", "150", dt.date(2019, 6, 10)),
        # a gathering is taken part in while it is held
        ("Sweden attended the talks that Norway hosted on Monday.", "040", dt.date(2019, 6, 10)),
        (
            "Police in Lagos broke up the demonstration staged by students on Tuesday.",
            "1721",
            dt.date(2019, 6, 11),
        ),
        # a participle of a state the object is in: the time is more often the trigger's
        ("The Greek navy seized a ship loaded with arms on Tuesday.", "1711", dt.date(2019, 6, 11)),
        # the trigger's own time still dates it
        (
            "On Monday Kenya broke the pledge it gave to Somalia last year.",
            "128",
            dt.date(2019, 6, 10),
        ),
    ],
)
def test_the_triggers_own_act_keeps_the_clauses_time(coder, text, cameo, expected) -> None:
    assert _dates(coder, text, cameo) == {expected}


def test_the_occasion_nouns_are_read_from_the_lexicon() -> None:
    from pledgewatch.events.date_scopes import DateScopeWords
    from pledgewatch.events.lexicon import Lexicon

    words = DateScopeWords.of(Lexicon.default())
    assert {"summit", "talks"} <= words.occasion and "load" in words.state
