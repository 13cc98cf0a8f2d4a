"""Event phenomena of the lead's third sample (twenty fresh sentences on the Korean case,
2012-2013), with sentences written here.

A reaction another party is drawn into is that party's act on the one who drew it: "the test
drew condemnation from China" is China criticising North Korea (111 CHN -> PRK), and so are
"prompting", "sparking" or "triggering" protests or criticism "from" someone; a giver named on
the noun ("drew UN condemnation") is the giver. Only reaction nouns count: "sparked clashes" and
"drew up sanctions" keep their readings. A past-tense verb after a modal clause ("said the
launch would violate the deal and called on Pyongyang ...") is the reporting verb's conjunct:
the speaker calls, now, not "the launch" in the future; and a verb whose object is a reported
clause shares no object with the verb after it ("said ... and urged North Korea": the statement
is not made to North Korea). "No longer" negates the act it modifies ("would no longer honor
the armistice" is no promise to honor it); the cue list must quote "no", which YAML would
otherwise read as false. A date of another act does not date the event: "the first visit since
2002" is no visit of 2002, "arrived for a summit that begins on Monday" did not arrive on Monday;
a "since" on the act itself, uncounted ("detained since last year"), and a clause on the act's
own object ("a missile that landed on Tuesday") still date it. "Kim was prepared to meet Lee",
with "was" misparsed as a passive auxiliary of the adjective, is still Kim's readiness (036), not
a meeting held.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_readings, coded_triples

DAY = dt.date(2013, 2, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea conducted its third nuclear test, drawing sharp criticism from China.",
            ("CHN", "PRK", "111"),
            ("PRK", "CHN", "111"),
        ),
        (
            "North Korea tested a missile, prompting condemnation from Washington.",
            ("USAGOV", "PRK", "111"),
            ("PRK", "?", "111"),
        ),
        (
            "Pyongyang's nuclear test drew UN condemnation.",
            ("IGOUNO", "PRKGOV", "111"),
            ("?", "PRKGOV", "111"),
        ),
        ("The test drew a rebuke from Russia.", ("RUS", "?", "111"), None),
        (
            "Japan's decision triggered protests from South Korea.",
            # a state's protest is its official complaint, 114 (events39)
            ("KOR", "JPN", "114"),
            ("JPN", "?", "114"),
        ),
    ],
)
def test_a_drawn_reaction_is_the_reacting_partys(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a reaction noun: the verb is no recipient verb here
        ("The EU drew up sanctions against Russia.", ("IGOEUREEC", "RUS", "163")),
        ("North Korea's shelling sparked clashes.", ("PRK", "?", "194")),
    ],
)
def test_other_objects_keep_their_readings(coder, text, expected) -> None:
    assert expected in coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The United States said the planned launch would violate the agreement and "
            "called on Pyongyang to cancel it.",
            ("USA", "PRKGOV", "020", "asserted"),
            ("?", "PRKGOV", "020", "future"),
        ),
        (
            "Japan said the launch would be a provocation and urged North Korea to refrain.",
            ("JPN", "PRK", "020", "asserted"),
            ("JPN", "PRK", "010", "asserted"),
        ),
    ],
)
def test_a_past_verb_after_a_modal_clause_is_the_speakers(coder, text, expected, absent) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_base_form_shares_the_modal(coder) -> None:
    found = coded_readings(
        coder, "He said North Korea would test a missile and launch a satellite.", DAY
    )
    assert ("PRK", "?", "150", "future") in found, found
    assert not any(m == "asserted" and code == "150" for _, _, code, m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # no longer honoring an agreement renounces it (events30): a rejection, done now
            "North Korea said it would no longer honor the armistice agreement.",
            ("PRK", "?", "127", "asserted"),
        ),
        (
            "Seoul will no longer provide food aid to the North.",
            ("KORGOV", "PRK", "073", "negated"),
        ),
    ],
)
def test_no_longer_negates_the_act(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    # never a promise to honor or to provide: no future reading of the act "no longer" ends
    assert not any(m == "future" and code in ("030", "073") for _, _, code, m in found), found


def test_the_shipped_negations_include_no() -> None:
    from pledgewatch.events.modality import ModalityCues

    assert "no" in ModalityCues.load().negation_words


def test_an_unquoted_no_in_a_cue_list_is_a_config_error(tmp_path) -> None:
    import shutil

    from pledgewatch.errors import ConfigError
    from pledgewatch.events.modality import DEFAULT_CUES, ModalityCues

    cues = tmp_path / "cues.yaml"
    shutil.copy(DEFAULT_CUES, cues)
    text = cues.read_text(encoding="utf-8").replace('never, "no",', "never, no,")
    assert "never, no," in text
    cues.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"cues\.yaml.*quote|quote.*cues\.yaml"):
        ModalityCues.load(cues)


#: The report's day in the dating rows below.
REPORT_DAY = dt.date(2012, 2, 23)


def _dates(coder, text: str, cameo: str) -> set[dt.date | None]:
    from tests.conftest import coded_events

    return {e.date for e in coded_events(coder, text, REPORT_DAY) if e.cameo == cameo}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        # a "since" phrase names the earlier act a count runs from
        ("It is Kim's first visit to Russia since 2002.", "042", REPORT_DAY),
        (
            "It is the first meeting between North Korean and U.S. officials since the death of"
            " Kim Jong Il in December.",
            "040",
            REPORT_DAY,
        ),
        (
            "North Korea and South Korea held their first talks since 2008 on Wednesday.",
            "046",
            dt.date(2012, 2, 22),
        ),
        # a clause on another noun dates that noun's act
        (
            "Obama arrived in Seoul for a nuclear security summit that begins on Monday.",
            "042",
            REPORT_DAY,
        ),
        (
            "Brazil and Turkey said the council had ignored a deal that they had brokered with"
            " Tehran last month.",
            "010",
            REPORT_DAY,
        ),
    ],
)
def test_a_date_of_another_act_does_not_date_the_event(coder, text, cameo, expected) -> None:
    assert _dates(coder, text, cameo) == {expected}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cameo", "expected"),
    [
        # uncounted, a "since" on the act itself dates its start
        (
            "Eddie Jun, an American businessman detained in the North since last year, was freed.",
            "173",
            dt.date(2011, 1, 1),
        ),
        # the clause on the act's own object tells the same act on
        (
            "North Korea fired a missile that landed in the sea on Tuesday.",
            "150",
            dt.date(2012, 2, 21),
        ),
    ],
)
def test_the_events_own_dates_still_date_it(coder, text, cameo, expected) -> None:
    assert _dates(coder, text, cameo) == {expected}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer (the United States) runs no "state media"; the story's speaker does
        (
            "North Korea said on Thursday it would boycott the talks. State media said the"
            " United States was plotting a war against the country.",
            "PRKGOV",
        ),
        # the doer runs state media, the story's speaker does not: the doer's
        (
            "The United States said on Thursday it would send an envoy to Seoul. State media"
            " said North Korea would launch a satellite in April.",
            "PRKGOV",
        ),
    ],
)
def test_a_bare_state_medium_is_the_state_that_runs_one(coder, text, expected) -> None:
    from tests.conftest import coded_events

    speakers = {e.source for e in coded_events(coder, text, DAY) if e.cameo == "010" and e.source}
    assert expected in speakers, speakers
    assert "USAGOV" not in speakers, speakers


@pytest.mark.model
def test_prepared_misparsed_as_a_passive_is_still_an_intent(coder) -> None:
    found = coded_readings(
        coder,
        "Former U.S. President Jimmy Carter said on Thursday that North Korean leader Kim Jong Il"
        " was prepared to meet President Lee Myung-bak.",
        dt.date(2011, 4, 28),
    )
    assert ("PRKGOV", "KORGOV", "036", "reported") in found, found
    assert not any(code == "040" for _, _, code, _ in found), found


# The review's findings (stop 18): each row failed before its mend.


@pytest.mark.model
def test_state_media_telling_anothers_act_are_not_that_states(coder) -> None:
    found = coded_triples(coder, "State media said U.S. warplanes had bombed the town.", DAY)
    assert not any(source.startswith("USA") and code == "010" for source, _, code in found), found


@pytest.mark.model
def test_plural_state_media_nouns_are_state_media(coder) -> None:
    found = coded_triples(
        coder, "Iran test-fired a missile on Sunday, state news agencies reported.", DAY
    )
    assert ("IRNGOV", "?", "010") in found, found


@pytest.mark.model
def test_ministers_from_elsewhere_are_no_group_named_before(coder) -> None:
    from tests.conftest import coded_events

    text = (
        "The foreign ministers of Japan and South Korea met in Tokyo on Monday. Ministers from"
        " twenty countries gathered in Brussels on Tuesday."
    )
    second = {
        (e.source, e.target)
        for e in coded_events(coder, text, DAY)
        if e.sentence_id and e.sentence_id.endswith(":1")
    }
    assert ("JPNGOV", "KORGOV") not in second and ("KORGOV", "JPNGOV") not in second, second


@pytest.mark.model
def test_a_name_spelled_like_a_month_is_no_time(coder) -> None:
    text = (
        "The Philippine president visited China, his first trip abroad since the death of"
        " Marcos in December."
    )
    assert _dates(coder, text, "042") == {REPORT_DAY}


def test_months_and_weekdays_are_told_from_names() -> None:
    from pledgewatch.nlp.dates import is_month_or_weekday

    assert all(map(is_month_or_weekday, ["December", "Dec.", "Sept", "Monday"]))
    assert not any(map(is_month_or_weekday, ["Marcos", "Janet", "Marrakesh", "first"]))


def test_a_bare_no_in_any_nested_word_list_is_refused(tmp_path) -> None:
    """The check guards every loader of word lists (the commitments' and the actors' too)."""
    from pledgewatch.commitments.lexicon import load_yaml
    from pledgewatch.errors import ConfigError

    cues = tmp_path / "topics.yaml"
    cues.write_text("topics:\n  talks:\n    words: [talks, no]\n    general: true\n")
    with pytest.raises(ConfigError, match=r"topics\.talks\.words"):
        load_yaml(str(cues))
    cues.write_text("topics:\n  talks:\n    words: [talks, 'no']\n    general: true\n")
    assert load_yaml.__wrapped__(str(cues))["topics"]["talks"]["words"] == ["talks", "no"]
