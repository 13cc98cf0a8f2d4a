"""Event and actor phenomena of the twentieth pass (issue 3), each with sentences written here.

The leftovers of passes 18-19 and a fresh demo audit: what a withdrawal moves from a place is
its own, not the place's; a time phrase gives a verb no object words; a counterfactual "would
have been the first meeting" is hypothetical; a headline's "Two Koreas" is the pair; a
statement that calls another's act provocative is criticism; a characterisation reads the "of"
phrases of its predicate ("a sign of a reign of terror"); reporters in a city are no one's press;
"any such launch" is the launch just told, done by its doer; a condition's own negation is a
hypothesis; a headline's comma-joined verbs share their subject; another's wish, told by someone
else, is no act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import coded_readings, coded_triples, matched_mentions

DAY = dt.date(2013, 6, 1)


def readings(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, code, modality) of every event of ``text``."""
    return coded_readings(coder, text, DAY)


def triples(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


def mentions(nlp, text: str) -> list[tuple[str, str]]:
    """(text, code) of every actor mention the matcher finds in ``text``."""
    return matched_mentions(nlp, text, DAY)


# --- actors: what a "from" or "in" phrase makes of an agent ------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a "from" phrase of the verb is whence the troops are moved, not whose they are
        (
            "The United States withdrew its troops from Iraq.",
            ("its troops", "USAMIL"),
            ("troops from Iraq", "IRQMIL"),
        ),
        # a "from" phrase of the noun still names their country
        ("Troops from Iraq arrived in Kuwait.", ("Troops from Iraq", "IRQMIL"), None),
        ("Diplomats from China visited Seoul.", ("Diplomats from China", "CHNGOV"), None),
        # reporters in a city report there, of any country; officials in a capital are its
        (
            "Richardson told reporters in Beijing that the talks would resume.",
            ("reporters", "---MED"),
            ("reporters in Beijing", "CHNMED"),
        ),
        (
            "Officials in Beijing said the talks would resume.",
            ("Officials in Beijing", "CHNGOV"),
            None,
        ),
    ],
)
def test_from_and_in_phrases_of_agents(nlp, text, present, absent) -> None:
    found = mentions(nlp, text)
    assert present in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the place withdrawn from is the target, not its military
        (
            "The United States withdrew its troops from Iraq.",
            ("USA", "IRQ", "0874"),
            ("USA", "IRQMIL", "0874"),
        ),
        ("Russia withdrew troops from Georgia.", ("RUS", "GEO", "0874"), ("RUS", "GEOMIL", "0874")),
        # the audience of a press statement is no target
        (
            "Richardson told reporters in Beijing that North Korea had agreed to talks.",
            ("USAELI", "?", "010"),
            ("USAELI", "CHNMED", "010"),
        ),
    ],
)
def test_withdrawal_place_and_press_audience(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    assert absent not in found, found


# --- a time phrase gives no object words ---------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "after the talks" says when: going home is no return to talks
        (
            "Kerry returned to Washington from Geneva after the talks.",
            None,
            ("USAGOV", "CHE", "046"),
        ),
        ("The envoy came back to Seoul after the negotiations.", None, ("---GOV", "?", "046")),
        # returning to the talks themselves still is
        ("Iran returned to negotiations after a year.", ("IRN", "?", "046"), None),
        ("The envoy returned to the talks after a break.", ("---GOV", "?", "046"), None),
    ],
)
def test_temporal_prepositions_give_no_object(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert absent not in found, found
    if expected is None:
        assert not any(code == "046" for _, _, code in found), found


# --- modality ------------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a counterfactual copula: the meeting it names did not happen
        (
            "North Korea and South Korea held talks. The talks would have been the first "
            "high-level meeting between the two governments.",
            ("PRK", "KOR", "040", "hypothetical"),
            ("PRK", "KOR", "040", "asserted"),
        ),
        # the same noun after a plain past copula happened
        (
            "North Korea and South Korea held talks. The talks were the first high-level "
            "meeting between the two governments.",
            ("PRK", "KOR", "040", "asserted"),
            ("PRK", "KOR", "040", "hypothetical"),
        ),
        # a condition's own negation is part of the hypothesis, no fact of not doing
        (
            "If China does not enforce the new measures, the sanctions will have little effect.",
            ("CHN", "?", "163", "hypothetical"),
            ("CHN", "?", "163", "negated"),
        ),
        (
            "If North Korea does not return to talks, Seoul will cut aid.",
            ("PRK", "?", "046", "hypothetical"),
            ("PRK", "?", "046", "negated"),
        ),
        # with no condition the negation stays
        (
            "China did not enforce the measures.",
            ("CHN", "?", "163", "negated"),
            ("CHN", "?", "163", "hypothetical"),
        ),
    ],
)
def test_counterfactuals_and_negated_conditions(coder, text, expected, absent) -> None:
    found = readings(coder, text)
    assert expected in found, found
    assert absent not in found, found


# --- pairs and headlines -----------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a headline drops the article: "Two Koreas" opening it is the pair
        (
            "Two Koreas agree to reopen Kaesong industrial park",
            {("PRK", "?", "030"), ("KOR", "?", "030")},
            ("?", "PRK", "030"),
        ),
        (
            "Two Koreas hold talks on family reunions",
            {("PRK", "KOR", "046"), ("KOR", "PRK", "046")},
            None,
        ),
        # two comma-joined verbs of a headline share the subject
        (
            "Security Council condemns North Korean launch, promises response",
            {("IGOUNO", "PRK", "111"), ("IGOUNO", "?", "030")},
            ("?", "PRK", "130"),
        ),
        (
            "U.S. imposes sanctions on Iran, warns of more",
            {("USA", "IRN", "163")},
            None,
        ),
    ],
)
def test_headline_pairs_and_verb_lists(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected <= found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
def test_headline_verb_list_keeps_a_named_speaker(coder) -> None:
    """ "..., Seoul says": the second verb has its own subject; nothing is re-hung."""
    found = triples(coder, "Seoul condemns test, says Pyongyang will pay")
    assert ("KORGOV", "?", "111") in found, found
    assert ("KORGOV", "?", "010") in found, found


@pytest.mark.model
def test_two_koreas_mid_sentence_needs_the_article(coder) -> None:
    found = triples(coder, "Seoul said two Koreas would meet.")
    assert ("KORGOV", "?", "010") in found, found
    assert not any(s in ("PRK", "KOR") for s, _, _ in found), found


# --- criticism ----------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a disparaging verdict on another's act is criticism of its doer
        (
            "The White House said North Korea's threat was needlessly provocative.",
            ("USAGOV", "PRK", "111"),
            ("USAGOV", "?", "010"),
        ),
        (
            "Seoul said the launch by North Korea was a reckless provocation.",
            ("KORGOV", "PRK", "111"),
            ("KORGOV", "?", "010"),
        ),
        ("Obama said Iran's offer was too vague.", ("USAGOV", "IRN", "111"), None),
        # a characterisation reads the "of" phrases of its predicate
        (
            "The State Department called the execution a sign of a reign of terror.",
            ("USAGOV", "?", "1121"),
            ("USAGOV", "?", "010"),
        ),
        (
            "The ministry called the raid an example of a crime of aggression.",
            ("---GOV", "?", "1123"),
            None,
        ),
    ],
)
def test_verdicts_that_criticise(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Seoul said the North Korean test was not provocative.", "KORGOV"),  # negated verdict
        ("Officials said the situation was dangerous.", "---GOV"),  # a verdict on no one
        ("Obama said the talks were useful.", "USAGOV"),  # no disparaging word
        ("Pyongyang said its launch was peaceful.", "PRKGOV"),  # its own act
        # a characterisation, no criticism
        ("Seoul called the deal a model of cooperation.", "KORGOV"),
    ],
)
def test_plain_verdicts_stay_statements(coder, text, statement) -> None:
    found = triples(coder, text)
    assert not any(code.startswith("11") for _, _, code in found), found
    assert (statement, "?", "010") in found, found  # the saying itself is coded


# --- the act a noun names again ----------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea plans to launch a rocket next month. Any such launch would clearly "
            "violate Security Council resolutions.",
            ("PRK", "IGOUNO", "128", "hypothetical"),
            ("?", "IGOUNO", "128", "hypothetical"),
        ),
        (
            "North Korea tested a nuclear device on Tuesday. The test violated Security "
            "Council resolutions.",
            ("PRK", "IGOUNO", "128", "asserted"),
            ("?", "IGOUNO", "128", "asserted"),
        ),
        # what a speech act warns against is its target's act, not the speaker's
        (
            "The United States warned North Korea against a launch. Any such launch would"
            " violate UN resolutions.",
            ("PRK", "IGOUNO", "128", "hypothetical"),
            ("USA", "IGOUNO", "128", "hypothetical"),
        ),
        (
            "China warned Japan against a strike on the islands. Such a strike would violate"
            " the treaty with China.",
            ("JPN", "CHN", "128", "hypothetical"),
            ("?", "CHN", "128", "hypothetical"),
        ),
        # the speaker's own infinitive stays the speaker's
        (
            "North Korea threatened to launch a missile. Any such launch would violate UN"
            " resolutions.",
            ("PRK", "IGOUNO", "128", "hypothetical"),
            ("?", "IGOUNO", "128", "hypothetical"),
        ),
        (
            "Israeli troops attacked a village. The attack killed five people.",
            ("ISRMIL", "---CVL", "190", "asserted"),
            ("?", "---CVL", "190", "asserted"),
        ),
    ],
)
def test_an_act_named_again_has_its_doer(coder, text, expected, absent) -> None:
    found = readings(coder, text)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
def test_a_new_act_named_with_a_is_left_alone(coder) -> None:
    """ "A launch would violate ..." names no act told before: no doer is borrowed."""
    found = triples(
        coder, "North Korea plans to launch a rocket. A launch would violate UN resolutions."
    )
    assert ("?", "IGOUNO", "128") in found, found
    assert not any(code == "128" and s == "PRK" for s, _, code in found), found


# --- another's wish ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent_source"),
    [
        # analysts reading the North's mind: no act of the North
        (
            "North Korea fired artillery near the sea border on Monday. Analysts said the North "
            "wants to press the South into redrawing the sea border.",
            None,
            "PRK",
        ),
        ("Seoul said Pyongyang wants talks with Washington.", None, "PRKGOV"),
        # the wisher's own people, or no teller: the intent stands
        (
            "North Korean officials said the country wants talks with the United States.",
            ("PRK", "USA", "036"),
            None,
        ),
        ("North Korea wants to hold talks with the United States.", ("PRK", "USA", "036"), None),
        # a country-less official may be the wisher's own spokesman
        ("Officials said Seoul still wanted dialogue.", ("KORGOV", "?", "036"), None),
    ],
)
def test_a_wish_told_by_another_is_no_act(coder, text, expected, absent_source) -> None:
    found = triples(coder, text)
    if expected is not None:
        assert expected in found, found
    if absent_source is not None:  # no intent (03) nor demand (10) of the one wishing
        assert not any(s == absent_source and code[:2] in ("03", "10") for s, _, code in found), (
            found
        )
