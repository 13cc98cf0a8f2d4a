"""Event phenomena the lead's samples showed (a demand sample of the demo, seed 48, and twenty
fresh sentences on the Korean case), with sentences written here.

A proper name is no event noun: "Ban" in "Ban, a former South Korean foreign minister" is the
Secretary-General, not a ban (172). "Target" with firms, banks or trade as its object is the
sanctions sense (163), not an armed attack (190), when a government or its agency targets them;
when weapons, hackers or fighters target them (a MIL, REB or CRM actor, or a doer word of
@armed_doer) it is force (190), and with a state, a base or a city it stays an attack. A
measured object ("240,000 tons of nutritional assistance") is what it measures: the giving verb
codes the aid, and the measured noun is no sourceless event of its own. Ending or refusing talks
"in Geneva" has a venue, not a target. Officials "from the two Koreas" are officials of each. A
speaker announcing an act of its own to come expresses an intent or makes a threat ("said it
would attack" 138, "said it would provide food aid" 0333), while the act stays a future act;
another's act, a negated one, one on a condition, a deployment (15) and a cut (16) keep the
plain statement.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings, coded_triples

DAY = dt.date(2013, 3, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ban, a former South Korean foreign minister, urged North Korea to show restraint.",
            ("IGOUNO", "PRK", "020"),
        ),
        (
            "U.N. Secretary-General Ban Ki-moon urged North Korea to show restraint.",
            ("IGOUNO", "PRK", "020"),
        ),
    ],
)
def test_a_proper_name_is_no_event_noun(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(code.startswith("17") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed a ban on imports from Iran.",
        # a headline's capitalised noun is tagged a proper noun, but it is no actor's name
        "U.S. Imposes Ban on Iranian Oil Imports",
    ],
)
def test_a_common_ban_still_codes(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(code.startswith(("16", "17")) for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union will target Russian banks and energy companies.",
            ("IGOEUREEC", "RUS", "163"),
        ),
        ("Washington targeted Iran's oil exports on Friday.", ("USAGOV", "IRN", "163")),
        (
            "The Treasury targeted Chinese firms that supply parts to Pyongyang.",
            ("USAGOV", "CHN", "163"),
        ),
    ],
)
def test_targeting_firms_or_trade_is_a_sanction(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in {(s, t[:3], code) for s, t, code in found}, found
    assert not any(code.startswith("19") for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea threatened to target U.S. bases in Guam.", "13"),
        ("Israeli jets targeted Hamas positions in Gaza on Sunday.", "19"),
        ("Russian drones targeted Ukrainian energy companies on Monday.", "19"),
        ("North Korean hackers targeted banks in South Korea.", "19"),
        ("Israeli missiles targeted Iranian oil exports.", "19"),
        ("Syrian rebels targeted state oil firms near Aleppo on Tuesday.", "19"),
        ("Turkish warplanes targeted Kurdish-run companies in northern Iraq.", "19"),
    ],
)
def test_targeting_forces_or_places_stays_force(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(code.startswith(expected) for _, _, code in found), found
    assert not any(code == "163" for _, _, code in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In return, the United States will provide 240,000 metric tons of nutritional "
            "assistance.",
            ("USA", "?", "073"),
        ),
        (
            "The United States will provide 240,000 metric tons of nutritional assistance to "
            "North Korea.",
            ("USA", "PRK", "073"),
        ),
        (
            "Seoul shipped 5,000 tons of humanitarian supplies to the North.",
            ("KORGOV", "PRK", "073"),
        ),
    ],
)
def test_a_measured_object_is_what_it_measures(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(source == "?" for source, _, _ in found), found


@pytest.mark.model
def test_talks_ended_in_a_city_have_a_venue_not_a_target(coder) -> None:
    text = "U.S. and North Korean negotiators ended two days of talks in Geneva on Tuesday."
    found = coded_triples(coder, text, DAY)
    # ending two days of talks is having held them (046 both ways, events39), not halting them
    assert ("PRKGOV", "USAGOV", "046") in found, found
    assert not any(target.startswith("CHE") for _, target, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Officials from the two Koreas met at Panmunjom.", ("PRKGOV", "KORGOV")),
        ("Military officers of both Koreas met at Panmunjom on Tuesday.", ("PRKMIL", "KORMIL")),
    ],
)
def test_officials_of_the_two_koreas_are_each_sides(coder, text, pair) -> None:
    found = coded_triples(coder, text, DAY)
    first, second = pair
    assert {(first, second, "040"), (second, first, "040")} <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war between the two Koreas never ended.", set()),
        # the coder runs: the shelling is coded, "the two Koreas" still no pair of actors
        (
            "Tensions between the two Koreas rose after North Korea shelled the island.",
            {("PRK", "?", "194")},
        ),
    ],
)
def test_the_two_koreas_elsewhere_stay_no_actor(coder, text, expected) -> None:
    assert coded_triples(coder, text, DAY) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "announcement", "act"),
    [
        (
            "North Korea said it would attack South Korea.",
            ("PRK", "KOR", "138", "asserted"),
            ("PRK", "KOR", "190", "future"),
        ),
        (
            "Japan said it would shoot down the rocket.",
            ("JPN", "?", "138", "asserted"),
            ("JPN", "?", "190", "future"),
        ),
        (
            "The United States said it would provide 240,000 tons of food aid.",
            ("USA", "?", "0333", "asserted"),
            ("USA", "?", "073", "future"),
        ),
        (
            "South Korea said it would consult closely with Washington on the results.",
            ("KOR", "USAGOV", "036", "asserted"),
            ("KOR", "USAGOV", "040", "future"),
        ),
    ],
)
def test_announcing_ones_own_act_is_an_intent_or_a_threat(coder, text, announcement, act) -> None:
    found = coded_readings(coder, text, DAY)
    assert announcement in found and act in found, found
    assert not any(code == "010" for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States said Japan would provide food aid.",
        "North Korea said it would not attack South Korea.",
        "Nigeria said it would withdraw its troops from Chad unless a ceasefire was agreed.",
        "Obama said he would send an additional 30,000 troops to Afghanistan.",
        "The United States said it would cut all aid to the rebels.",
    ],
)
def test_other_announcements_keep_the_statement(coder, text) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(code == "010" for _, _, code, _ in found), found
    assert not any(code.startswith("03") and mod == "asserted" for _, _, code, mod in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S.-funded flood relief arrives in Pyongyang", ("USA", "PRK", "073")),
        (
            "The first shipment of U.S. food aid arrived in North Korea on Tuesday.",
            ("USA", "PRK", "073"),
        ),
        ("A South Korean aid convoy arrived in Kaesong.", ("KOR", "PRK", "070")),
    ],
)
def test_aid_that_arrives_is_aid_delivered_not_a_visit(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert not any(code == "042" for _, _, code in found), found


@pytest.mark.model
def test_a_traveller_who_arrives_still_visits(coder) -> None:
    found = coded_triples(coder, "Kim Kye Gwan arrived in New York for talks.", DAY)
    assert ("PRKGOV", "USA", "042") in found, found


def _headline_triples(coder, head: str, body: str = "The report gave no details.") -> set:
    from pledgewatch.events import DocContext

    found = coder.code_text(
        head + "\n\n" + body, DocContext(doc_id="t", date=DAY, headline_end=len(head))
    ).findings
    return {  # by country: a dead leader's kin are ELI, a living one's GOV
        ((f.event.source or "?")[:3], (f.event.target or "?")[:3], f.event.cameo)
        for f in found
        if f.sent.start_char < len(head)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("head", "expected", "wrong"),
    [
        (
            "Gaddafi killed as rebels take Sirte",
            ("?", "LBY", "190"),
            ("LBY", "?", "190"),
        ),
        (
            "Kim Jong Il's brother-in-law executed",
            ("?", "PRK", "1823"),
            ("PRK", "?", "1823"),
        ),
        (
            "U.S. envoy expelled from Caracas",
            ("VEN", "USA", "166"),
            ("USA", "VEN", "174"),
        ),
        (
            "South Korean ship attacked by North Korean submarine",
            ("PRK", "KOR", "190"),
            ("KOR", "PRK", "190"),
        ),
    ],
)
def test_a_headlines_bare_participle_is_a_passive(coder, head, expected, wrong) -> None:
    found = _headline_triples(coder, head)
    assert expected in found and wrong not in found, found


@pytest.mark.model
def test_a_headline_verb_with_an_object_stays_active(coder) -> None:
    found = _headline_triples(coder, "North Korea executed the uncle of Kim Jong Un")
    assert any(source == "PRK" and code == "1823" for source, _, code in found), found


@pytest.mark.model
def test_a_body_sentence_keeps_its_grammar(coder) -> None:
    found = coded_triples(coder, "Gaddafi killed three protesters in Tripoli.", DAY)
    assert any(source.startswith("LBY") and code.startswith("1") for source, _, code in found), (
        found
    )
