"""Event phenomena of the twenty-second pass (issue 3), each with sentences written here.

Two fresh audits of the demo corpus: protesters gathering outside an embassy demonstrate (141)
against the embassy's country; protesters with no country of their own are of the city of the
building they gather at; a firm offering financial services or goods is commerce, no
intent to cooperate; a bare "North" as the object of a headline's present verb ("urges North to
abandon ...") is the North of the story; a hyphenated token whose second part begins the next
country name ("U.S.-North Korea deal") names that whole country; a leader convening a meeting
of country-less ministers or a council meets his own; the places a pipeline or railway runs
through and to are no parties to an act about it; a present-tense resumption or opening with a
weekday in a story's body is scheduled; a special envoy still in office on the day of his last
round of talks; a body a speaker speaks for is no host's government; a text released (versions,
images) is a statement, no release.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_readings, coded_triples, matched_mentions

DAY = dt.date(2013, 3, 12)


# --- protesters gathering -------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # protesters or demonstrators gathering: a demonstration at the embassy's country
        (
            "Chinese protesters gathered outside the Japanese embassy in Beijing.",
            ("CHNOPP", "JPNGOV", "141"),
            ("CHNOPP", "JPNGOV", "040"),
        ),
        (
            "Thousands of demonstrators assembled outside the U.S. embassy in Seoul.",
            ("KOROPP", "USAGOV", "141"),
            ("KOROPP", "USAGOV", "040"),
        ),
        # with no country of their own, the protesters are of the city of the embassy
        (
            "Protesters gathered outside the Japanese embassy in Beijing.",
            ("CHNOPP", "JPNGOV", "141"),
            ("---OPP", "JPNGOV", "141"),
        ),
        (
            "Demonstrators rallied at the parliament building in Kyiv.",
            ("UKROPP", "?", "141"),
            ("---OPP", "?", "141"),
        ),
        # leaders gathering meet; a crowd gathering may mourn: no protest
        # events26: a bare "leaders" is several states' (a country has one head of state), at
        # a summit in Brussels, not the Belgian government (events/summit_guests.py)
        ("Leaders assembled in Brussels on Friday.", ("---GOV", "?", "040"), None),
        (
            "Crowds gathered in the capital to mourn the president.",
            ("---CVL", "---GOV", "040"),
            ("---CVL", "---GOV", "141"),
        ),
    ],
)
def test_protesters_gathering_demonstrate(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


# --- a commercial offer ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # firms offering financial services or goods: commerce, no intent (030)
        (
            "American banks will be allowed to invest in the country and to offer financial "
            "services.",
            None,
            "030",
        ),
        ("The German company offered discounts to its Polish customers.", None, "030"),
        # an offer of aid, of talks or of services as a mediator is still an intent
        ("China offered financial aid to Pakistan.", ("CHN", "PAK", "0331"), None),
        ("Iran offered to resume talks with the IAEA.", ("IRN", "IGOUNOIAE", "036"), None),
        ("Norway offered its services as a mediator.", ("NOR", "?", "030"), None),
    ],
)
def test_commercial_offer_is_no_intent(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    if expected is not None:
        assert expected in found, found
    if absent is not None:
        assert all(code != absent for _, _, code in found), found


# --- a bare "North" as a headline's object --------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Park Geun-hye takes office, urges North to abandon nuclear arms",
            ("KORGOV", "PRK", "0256"),
        ),
        ("Khartoum urges South to withdraw troops from Abyei", ("SDNGOV", "SSD", "0256")),
        # a past tense is no headline: "drove North" is a direction
        ("Seoul urged the North to abandon nuclear arms.", ("KORGOV", "PRK", "0256")),
    ],
)
def test_bare_north_as_headline_object(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found


@pytest.mark.model
def test_bare_north_after_past_verb_is_no_country(nlp) -> None:
    found = matched_mentions(nlp, "The general drove North to the border.", DAY)
    assert all(code[:3] != "PRK" for _, code in found), found


# --- a hyphenated pair whose second name goes on --------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Seoul welcomes U.S.-North Korea deal, notes differences in wording",
            ("KORGOV", "PRK", "051"),
            ("KORGOV", "KOR", "051"),
        ),
        (
            "Japan welcomed the U.S.-North Korea agreement on Wednesday.",
            ("JPN", "PRK", "051"),
            ("JPN", "KOR", "051"),
        ),
        # a one-word partner is as before
        ("Seoul welcomed the U.S.-China agreement.", ("KORGOV", "USA", "051"), None),
    ],
)
def test_hyphen_partner_continued_by_next_word(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_hyphen_partner_mention_is_whole_country(nlp) -> None:
    found = matched_mentions(nlp, "Seoul welcomed the U.S.-South Korea alliance.", DAY)
    codes = [code for _, code in found]
    assert "USA" in codes, found
    assert "KOR" in codes, found
    found = matched_mentions(nlp, "Seoul welcomed the U.S.-North Korea agreement.", DAY)
    codes = [code for _, code in found]
    assert "PRK" in codes and "KOR" not in codes, found


# --- a meeting of one's own ministers -------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Japanese prime minister convened an emergency meeting of security ministers.",
            ("JPNGOV", "JPNGOV", "040"),
            ("JPNGOV", "---GOV", "040"),
        ),
        (
            "The Turkish president called a meeting of his generals on Sunday.",
            ("TURGOV", "TURMIL", "040"),
            ("TURGOV", "---MIL", "040"),
        ),
        # foreign ministers of a region, or a firm convening: no own body
        (
            "Brazil convened a meeting of foreign ministers from the region.",
            ("BRA", "---GOV", "040"),
            ("BRA", "BRAGOV", "040"),
        ),
        (
            "The company convened a meeting of ministers.",
            ("---BUS", "---GOV", "040"),
            None,
        ),
    ],
)
def test_convened_body_is_own(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


# --- a route's places -----------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Russia and North Korea agreed to study a gas pipeline through North Korea to "
            "South Korea.",
            ("RUS", "?", "030"),
            ("RUS", "KOR", "030"),
        ),
        (
            "Kazakhstan agreed to build a railway from Almaty to Urumqi.",
            ("KAZ", "?", "030"),
            ("KAZ", "CHN", "030"),
        ),
        # one end only may name the partner; a deployment through a country keeps its target
        ("Russia agreed to build a pipeline to China.", ("RUS", "CHN", "030"), None),
        ("Russia will send troops through Belarus to Ukraine.", ("RUS", "UKR", "154"), None),
    ],
)
def test_route_places_are_no_parties(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


# --- a text released ------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # versions, a text, images released: a statement, no release of captives
        (
            "Iran and the IAEA released different versions of their inspection deal.",
            ("IRN", "?", "010"),
            ("IRN", "?", "084"),
        ),
        (
            "The Turkish army released satellite images of the site.",
            ("TURMIL", "?", "010"),
            ("TURMIL", "?", "084"),
        ),
        # people released are still released
        ("Israel released 26 Palestinian prisoners.", ("ISR", "PSECVL", "0841"), None),
    ],
)
def test_text_released_is_a_statement(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


# --- a resumption scheduled in a story's body -----------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kaesong Industrial Complex resumes operations on Monday.",
            ("PRK", "KOR", "061", "future"),
        ),
        (
            "The Kaesong Industrial Complex resumed operations on Monday.",
            ("PRK", "KOR", "061", "asserted"),
        ),
    ],
)
def test_resumption_on_a_weekday_is_scheduled(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found


# --- an envoy in office through his last round ----------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("day", "code"),
    [(dt.date(2011, 10, 25), "USAGOV"), (dt.date(2011, 11, 10), "USAEDU")],
)
def test_envoy_in_office_through_last_round(coder, day, code) -> None:
    found = coded_triples(coder, "Bosworth told reporters the talks had been useful.", day)
    assert (code, "---MED", "010") in found, found


# --- a body a speaker speaks for is no host's government ------------------------------------------


@pytest.mark.model
def test_body_spoken_for_is_no_hosts_government(nlp) -> None:
    text = (
        "The White House said it would judge Iran by its actions. It responded to an Iranian "
        'offer of talks with the United States. "We favour dialogue," said Jane Roe, a '
        "spokeswoman for the National Security Council."
    )
    found = matched_mentions(nlp, text, DAY)
    council = [code for words, code in found if words == "National Security Council"]
    assert council and all(not code.startswith("IRN") for code in council), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not accepting a finding is rejecting it (12x); accepting it is approval (051)
        ("Pakistan has not accepted the findings of the inquiry.", ("PAK", "120")),
        ("Colombia accepted the verdict of the commission.", ("COL", "051")),
    ],
)
def test_findings_accepted_or_not(coder, text: str, expected: tuple[str, str]) -> None:
    pairs = {(s[:3], c) for s, _t, c in coded_triples(coder, text, dt.date(2010, 5, 25))}
    assert expected in pairs, pairs
