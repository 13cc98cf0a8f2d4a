"""Event phenomena of the twenty-first pass (issue 3), each with sentences written here.

The leftovers of passes 19-20 and a fresh demo audit: an order putting one's own forces on
standby to strike is a threat of force, not a demand on the target; a demand for the release of
one's own is aimed at whoever holds them, never at the released; a present-tense act with a
time still to come is a schedule (future); "the shelling" is the act of whoever shelled just
before; a verb with its own modal is no conjunct of the infinitive before it ("should allow X
to return and should declare a moratorium": the moratorium is the subject's); a pronoun bound
to the very actor its act is aimed at was bound wrongly; hurting an economy is no assault.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from tests.conftest import coded_readings, coded_triples

DAY = dt.date(2013, 3, 12)


def readings(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, code, modality) of every event of ``text``."""
    return coded_readings(coder, text, DAY)


def triples(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


# --- an order to one's own forces to stand ready to strike ----------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # one's own forces put on standby to strike: a threat of force at the target
        (
            "Kim Jong Un ordered his strategic rocket forces on standby to strike U.S. targets.",
            ("PRKGOV", "USA", "138"),
            ("PRKGOV", "USA", "100"),
        ),
        (
            "The defence minister ordered his warships on standby to shell the coast of Yemen.",
            ("---GOV", "YEM", "1384"),
            ("---GOV", "YEM", "100"),
        ),
        # no readiness: an order to attack is left as the "command" family reads it
        (
            "The president ordered his troops to attack the rebels.",
            ("---GOV", "---MIL", "100"),
            ("---GOV", "---MIL", "138"),
        ),
        # another's forces ordered to act: as before (a coercive act ordered is that act)
        (
            "The court ordered the police to arrest the editor.",
            ("---JUD", "---COP", "173"),
            None,
        ),
    ],
)
def test_order_of_own_forces_on_standby(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


# --- a demand for the release of one's own --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent_target"),
    [
        # the released are the source's own: no target rather than the crew
        ("North Korea demanded the release of its ship and crew.", ("PRK", "?", "1053"), "---CVL"),
        ("Iran demanded the release of its ship and crew.", ("IRN", "?", "1053"), "---CVL"),
        # the holder named by a participle is the target
        (
            "Britain demanded the release of its sailors held by Iran.",
            ("GBR", "IRN", "1053"),
            "GBRMIL",
        ),
        (
            "China demanded the release of the Chinese fishermen held by Japan.",
            ("CHN", "JPN", "1053"),
            "CHNAGR",
        ),
    ],
)
def test_release_demand_aimed_at_the_holder(coder, text, expected, absent_target) -> None:
    found = triples(coder, text)
    assert expected in found, found
    assert not any(t == absent_target and c == "1053" for _, t, c in found), found


# --- a present-tense schedule -------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Kye Gwan arrives in New York this week.", ("PRKGOV", "USA", "042", "future")),
        ("The envoy visits Beijing next month.", ("---GOV", "CHNGOV", "042", "future")),
        (
            "The Chinese foreign minister travels to Pyongyang on Thursday, officials said.",
            ("CHNGOV", "PRKGOV", "042", "future"),
        ),
        # a past tense with a day, and a headline's present with no time, are done acts
        ("The envoy visited Beijing on Monday.", ("---GOV", "CHNGOV", "042", "asserted")),
        (
            "Xi Jinping meets North Korean special envoy",
            ("CHNGOV", "PRKGOV", "040", "asserted"),
        ),
    ],
)
def test_present_tense_schedule_is_future(coder, text, expected) -> None:
    found = readings(coder, text)
    assert expected in found, found


@pytest.mark.model
def test_scheduled_weekday_is_the_next_one(coder) -> None:
    """A schedule's weekday is the coming one (the report is of Tuesday 12 March 2013)."""
    from pledgewatch.events import DocContext

    events = coder.code_text(
        "The Chinese foreign minister travels to Pyongyang on Thursday.",
        DocContext(doc_id="t", date=DAY),
    ).findings
    dates = {f.event.date for f in events if f.event.cameo == "042"}
    assert dates == {dt.date(2013, 3, 14)}, dates


# --- "the shelling" is the act of whoever shelled -----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korean artillery shelled the island on Tuesday. "
            "The shelling wounded a dozen marines.",
            ("PRKMIL", "---MIL", "190"),
            ("?", "---MIL", "190"),
        ),
        (
            "Rebels bombed a market in the capital. The bombing killed twenty civilians.",
            ("---REB", "---CVL", "190"),
            ("?", "---CVL", "190"),
        ),
        (
            "Troops fired on the protesters. The firing wounded six students.",
            ("---MIL", "---EDU", "190"),
            None,
        ),
        # no shelling told before: the noun borrows no doer
        (
            "Police arrested the opposition leader. The shelling wounded six students.",
            ("?", "---EDU", "190"),
            ("---COP", "---EDU", "190"),
        ),
    ],
)
def test_gerund_names_the_act_told_before(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


# --- a modal verb is no conjunct of the infinitive before it --------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The North should allow IAEA inspectors to return to Yongbyon and should declare "
            "a moratorium on long-range missile and nuclear tests.",
            ("PRK", "?", "0873", "recommended"),
            ("IGOUNOIAE", "?", "0873", "recommended"),
        ),
        (
            "Syria must allow aid convoys to reach Homs and must release the detained activists.",
            ("SYR", "---OPP", "0841", "recommended"),
            ("?", "---OPP", "0841", "recommended"),
        ),
        (
            "Iran must allow the inspectors to visit the sites and must halt its enrichment "
            "program.",
            ("IRN", "?", "0873", "recommended"),
            None,
        ),
    ],
)
def test_modal_conjunct_shares_the_finite_subject(coder, text, expected, absent) -> None:
    found = readings(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


# --- a pronoun bound to its own target; hurting an economy ---------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # "they" are the measures: no North hurting the North
        (
            "President Lee Myung-bak's measures of Monday cut most trade with North Korea. "
            "They will hurt the North.",
            ("PRK", "PRK", "180"),
            ("KORELI", "PRK", "160"),
        ),
        # a pronoun of one actor acting on another of the same country is kept
        (
            "Iraqi insurgents attacked a checkpoint. They killed Iraqi soldiers.",
            None,
            ("IRQREB", "IRQMIL", "190"),
        ),
    ],
)
def test_pronoun_bound_to_its_target(coder, text, absent, kept) -> None:
    found = triples(coder, text)
    assert kept in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "violence"),
    [
        (
            "South Korean officials said the decision would hurt the North's economy more than "
            "the South's.",
            False,
        ),
        ("The sanctions will harm Iran's oil exports.", False),
        ("Gunmen hurt three policemen in Kabul.", True),
    ],
)
def test_hurting_an_economy_is_no_assault(coder, text, violence) -> None:
    codes = {c for _, _, c in triples(coder, text)}
    assert ("180" in codes) is violence, codes


# --- a recalled act dated from the act it is told against ----------------------------------


def _dates(coder, text: str, code: str) -> set[tuple[dt.date | None, str]]:
    from pledgewatch.events import DocContext

    findings = coder.code_text(text, DocContext(doc_id="t", date=DAY)).findings
    return {(f.event.date, f.event.date_precision) for f in findings if f.event.cameo == code}


def _modalities(coder, text: str, code: str) -> set[str]:
    from pledgewatch.events import DocContext

    findings = coder.code_text(text, DocContext(doc_id="t", date=DAY)).findings
    return {f.event.modality for f in findings if f.event.cameo == code}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "expected", "modality"),
    [
        # four months before the agreement of Wednesday 6 March 2013
        (
            "North and South Korea agreed on Wednesday to reopen the Kaesong Industrial Complex, "
            "four months after the North pulled out its workers.",
            "166",
            (dt.date(2012, 11, 1), "month"),
            "asserted",
        ),
        (
            "Iran returned to the talks on Monday, two years after it walked out of the "
            "negotiations.",
            "164",
            (dt.date(2011, 1, 1), "year"),
            "asserted",
        ),
        # a date of its own in the recalled clause wins: the last April, since the act is told
        # as done (the coming April was the resolver's nearest-month guess)
        (
            "The two Koreas agreed on Monday to reopen the park, four months after the North "
            "pulled out its workers in April.",
            "166",
            (dt.date(2012, 4, 1), "month"),
            "asserted",
        ),
        # no count: the usual reading
        (
            "Months after the army seized the town, the rebels returned on Monday.",
            "192",
            (dt.date(2013, 3, 11), "day"),
            "asserted",
        ),
        # a told act still to come: its weekday is the coming one (Friday 15 March 2013); the
        # walk-out it recalls is past, asserted, not the future of "will return" (review18 #7)
        (
            "Iran will return to the talks on Friday, ten days after it walked out of the "
            "negotiations.",
            "164",
            (dt.date(2013, 3, 5), "day"),
            "asserted",
        ),
        (
            "The rebels will resume the talks on Monday, two weeks after they seized the airport.",
            "192",
            (dt.date(2013, 3, 4), "week"),
            "asserted",
        ),
    ],
)
def test_recalled_act_dated_by_its_span(coder, text, code, expected, modality) -> None:
    found = _dates(coder, text, code)
    assert expected in found, found
    assert modality in _modalities(coder, text, code)


@pytest.mark.model
def test_recalled_act_told_by_a_future_act(coder) -> None:
    """The story of Tuesday 1 January 2013: "will reopen ... on Thursday" is 3 January, so the
    withdrawal four months before falls in September 2012 (not August, from 27 December)."""
    from pledgewatch.events import DocContext

    text = (
        "North Korea will reopen the complex on Thursday, four months after it pulled out its "
        "workers."
    )
    findings = coder.code_text(text, DocContext(doc_id="t", date=dt.date(2013, 1, 1))).findings
    found = {(f.event.date, f.event.date_precision) for f in findings if f.event.cameo == "166"}
    assert found == {(dt.date(2012, 9, 1), "month")}, found


# --- a name's "the ..." after a verb of characterising is its predicate ---------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            'State television called his youngest son, Kim Jong Un, the "great successor" to '
            "the revolutionary cause.",
            ("---GOV", "PRKGOV", "010"),
            ("---GOV", "PRKGOV", "041"),
        ),
        (
            "State television called Kim Jong Un the great successor.",
            ("---GOV", "PRKGOV", "010"),
            ("---GOV", "PRKGOV", "041"),
        ),
        # a true apposition after the object's own name: a phone call
        (
            "Obama called Xi Jinping, the Chinese president, on Tuesday.",
            ("USAGOV", "CHNGOV", "041"),
            ("USAGOV", "CHNGOV", "010"),
        ),
        (
            "Obama called the Chinese president, Xi Jinping, on Tuesday.",
            ("USAGOV", "CHNGOV", "041"),
            ("USAGOV", "CHNGOV", "010"),
        ),
    ],
)
def test_apposed_predicate_of_a_name(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected in found, found
    assert absent not in found, found


# --- "the crew of 35" counts the crew, it names no owner ------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Panama has seized a North Korean ship carrying missile parts. "
            "The crew of 35 resisted the search, officials said.",
            ("PRKCVL", "?", "128"),
        ),
        (
            "Panama has seized a North Korean ship carrying missile parts. "
            "A crew of about 40 was detained.",
            ("?", "PRKCVL", "173"),
        ),
        # an "of" phrase naming something else keeps the crew someone else's
        (
            "Panama has seized a North Korean ship. The crew of the aircraft was detained.",
            ("?", "---CVL", "173"),
        ),
    ],
)
def test_crew_counted_by_of_phrase(coder, text, expected) -> None:
    found = triples(coder, text)
    assert expected in found, found


# --- a jointly run facility resuming operations is its operators ---------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Kaesong Industrial Complex resumed operations on Monday after a shutdown of "
            "more than five months.",
            {("PRK", "KOR", "061"), ("KOR", "PRK", "061")},
            None,
        ),
        # no joint facility: no operators to code
        ("The factory resumed production on Monday.", set(), ("?", "?", "061")),
        # elsewhere the facility is its country's place
        (
            "North Korea seized South Korean assets at the Kaesong Industrial Complex.",
            {("PRK", "KOR", "1711")},
            None,
        ),
    ],
)
def test_joint_facility_is_its_operators(coder, text, expected, absent) -> None:
    found = triples(coder, text)
    assert expected <= found, found
    if absent is not None:
        assert absent not in found, found


# --- granting an amnesty releases the one granted it ----------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Il granted the American teacher a special amnesty.", ("PRK", "USA", "0841")),
        ("The Iranian president granted amnesty to the British sailors.", ("IRN", "GBR", "0841")),
        # granting asylum stays what it was
        ("Ecuador granted asylum to the Australian activist.", ("ECU", "AUS", "075")),
    ],
)
def test_granted_amnesty_is_a_release(coder, text, expected) -> None:
    found = {(s[:3], t[:3], c) for s, t, c in triples(coder, text)}
    assert expected in found, found


# --- review17: a headline's present is no schedule; a bare weekday needs a visit or "next" ---


def _headline_readings(coder, headline: str, day: dt.date) -> set[tuple]:
    """(source, target, code, modality, date) of the events of ``headline`` coded as a story's
    headline (a body sentence after it that codes nothing)."""
    from pledgewatch.events import DocContext

    text = headline + "\n\nThe story follows."
    ctx = DocContext(doc_id="t", date=day, headline_end=len(headline))
    return {
        (e.source or "?", e.target or "?", e.cameo, e.modality, e.date)
        for e in (f.event for f in coder.code_text(text, ctx).findings)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the story of Tuesday 1 January 2013: Sunday is the one just gone, the act done
        (
            "North Korea fires a missile on Sunday.",
            ("PRK", "?", "150", "asserted", dt.date(2012, 12, 30)),
        ),
        (
            "South Korea reopens the border crossing on Friday.",
            ("KOR", "?", "086", "asserted", dt.date(2012, 12, 28)),
        ),
        (
            "Kim Jong Un meets Xi Jinping in Beijing this week.",
            ("PRKGOV", "CHNGOV", "040", "asserted", dt.date(2012, 12, 31)),
        ),
        (
            "Syrian troops shell Homs on Monday.",
            ("SYRMIL", "SYR", "194", "asserted", dt.date(2012, 12, 31)),
        ),
    ],
)
def test_headline_present_with_a_day_stays_asserted(coder, headline, expected) -> None:
    found = _headline_readings(coder, headline, dt.date(2013, 1, 1))
    assert expected[:4] in {r[:4] for r in found}, found
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare weekday with no visit or meeting: the present is a told act
        ("North Korea fires a missile on Sunday.", ("PRK", "?", "150", "asserted")),
        ("The army shells the border town on Friday.", ("---MIL", "?", "194", "asserted")),
        # "next"/"coming" or a verb of travel or meeting: still a schedule
        ("North Korea fires a missile next Sunday.", ("PRK", "?", "150", "future")),
        ("The Japanese envoy meets Kim Jong Un on Friday.", ("JPNGOV", "PRKGOV", "040", "future")),
    ],
)
def test_bare_weekday_schedules_only_visits_and_meetings(coder, text, expected) -> None:
    found = readings(coder, text)
    assert expected in found, found


# --- the lead's decisions after the news22 pass ---------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # launching missiles or rockets "at" a country is an attack on it
        ("Iran launched drones and missiles at Israel.", ("IRN", "ISR", "195")),
        ("Hezbollah launched rockets at Israel.", ("LBNREB", "ISR", "195")),
    ],
)
def test_launch_at_is_an_attack(coder, text, expected) -> None:
    found = triples(coder, text)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at it" in the speaker's report: the speaker is the one fired at
        (
            "Israel said a mortar bomb was fired at it from the Gaza Strip.",
            ("?", "ISR", "190"),
        ),
        ("Turkey said shells were fired at it overnight.", ("?", "TUR", "190")),
    ],
)
def test_pronoun_object_of_reported_attack_is_the_speaker(coder, text, expected) -> None:
    found = {(s, t[:3] if t != "?" else t, c) for s, t, c in triples(coder, text)}
    assert any(t == expected[1] and c.startswith("19") for _, t, c in found), found


@pytest.mark.model
def test_pronoun_object_after_another_country_stays_unbound(coder) -> None:
    """With another country named before "it", the speaker is no longer the only candidate."""
    found = triples(coder, "Japan said North Korea fired a missile at it.")
    assert not any(t.startswith("JPN") and c.startswith("19") for _, t, c in found), found
    assert ("PRK", "?", "195") in found, found  # the launch itself is still coded
