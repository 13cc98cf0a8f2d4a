"""Event and actor phenomena of the eighteenth pass (issue 3), each with sentences written here.

Signing a decree, law or order is no agreement; the doer of an act one is blamed for is the one
blamed; an expected or feared act is not asserted, nor the expecter's; "it" in an "unless" clause
of a threat is the threatened party; a strike by workers is a labour strike; a voice "for" a
national body speaks for the dateline's country; "the allies" are the two just named; returning
to a country or site is a visit there, going home is none, and two sides going to one place
meet at a venue; a failure to agree codes nothing; pulling out one's workers is a withdrawal; an
agentless passive retelling an act takes its doer; a headline verb read as an auxiliary.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events import EventCoder
from pledgewatch.events.headlines import restore_misread_auxiliary
from tests.conftest import assert_coded, coded_events, coded_readings, coded_triples

DAY = dt.date(2013, 6, 1)


def codes(coder: EventCoder, text: str) -> set[tuple[str, str, str]]:
    return coded_triples(coder, text, DAY)


def readings(coder: EventCoder, text: str) -> set[tuple[str, str, str, str]]:
    """(source, target, code, modality) of every event of ``text``."""
    return coded_readings(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # what a decree, law or order orders is the signer's act
        (
            "President Putin signed a decree banning imports from Turkey.",
            ("RUSGOV", "TUR", "163"),
            ("RUSGOV", "?", "057"),
        ),
        (
            "Obama signed the law imposing sanctions on Iran.",
            ("USAGOV", "IRN", "163"),
            ("USAGOV", "?", "057"),
        ),
        (
            "Kim Jong Un signed the order to launch the satellite.",
            ("PRKGOV", "?", "150"),
            ("PRKGOV", "?", "057"),
        ),
        # an agreement is still one
        ("Iran signed an agreement with France.", ("IRN", "FRA", "057"), None),
    ],
)
def test_signing_a_decree_is_no_agreement(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
def test_a_bill_signed_orders_nothing_codable(coder: EventCoder) -> None:
    assert not [c for c in codes(coder, "The president signed a bill.") if c[2] == "057"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Seoul blamed North Korea for the attack on the warship.",
            ("PRK", "---MIL", "190", "reported"),
            ("KORGOV", "---MIL", "190", "reported"),
        ),
        (
            "Israel blamed Hamas for the rocket attack.",
            ("PSEREB", "?", "190", "reported"),
            ("ISR", "?", "190", "reported"),
        ),
        # declining to blame: the attack is not denied, only not attributed
        (
            "China declined to blame North Korea for the attack on the Cheonan.",
            # the Cheonan is South Korea's navy (KORMIL, organisations.yaml; events39)
            ("PRK", "KORMIL", "190", "hypothetical"),
            ("CHN", "KORMIL", "190", "negated"),
        ),
    ],
)
def test_the_doer_of_what_one_is_blamed_for(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
def test_declining_to_blame_is_no_accusation(coder: EventCoder) -> None:
    found = codes(coder, "China declined to blame North Korea for the attack on the Cheonan.")
    assert not [c for c in found if c[0] == "CHN" and c[2].startswith("11")], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Israel anticipates an attack from Hamas.",
            ("PSEREB", "?", "190", "future"),
            ("PSEREB", "?", "190", "asserted"),
        ),
        (
            "South Korea fears a North Korean attack.",
            ("PRK", "?", "190", "future"),
            ("PRK", "?", "190", "reported"),
        ),
        (
            "Seoul is bracing for an attack from the North.",
            ("PRK", "?", "190", "future"),
            ("PRK", "?", "190", "asserted"),
        ),
        # the infinitive stays the subject's own
        (
            "Israel expects to sign the deal.",
            ("ISR", "?", "057", "future"),
            None,
        ),
    ],
)
def test_an_expected_act_is_not_asserted(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
def test_the_one_expecting_is_not_the_doer(coder: EventCoder) -> None:
    assert not [c for c in codes(coder, "Israel anticipates an attack.") if c[0] == "ISR"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # "it" in an "unless" clause of a threat is the threatened party
        (
            "Turkey will cut ties with Israel unless it apologizes.",
            ("ISR", "?", "055"),
            ("TUR", "?", "055"),
        ),
        (
            "The United States will impose sanctions on Iran unless it stops enrichment.",
            ("IRN", "?", "0873"),
            ("USA", "?", "0873"),
        ),
        (
            "Turkey will cut ties with Israel if it does not apologize.",
            ("ISR", "?", "055"),
            ("TUR", "?", "055"),
        ),
        # a passive condition, a negated main clause, a positive "if": the subject, as before
        (
            "Israel will strike Gaza if it is attacked.",
            ("?", "ISR", "190"),
            ("?", "PSE", "190"),
        ),
        (
            "North Korea will not give up its weapons unless it receives guarantees.",
            ("PRK", "?", "0873"),
            None,
        ),
    ],
)
def test_the_party_an_unless_clause_names(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The union will strike.", ("---LAB", "?", "143", "future"), None),
        ("Doctors struck for higher pay.", ("---HLH", "?", "143", "asserted"), None),
        # on a condition, a threat of a strike, not of force
        (
            "The union will strike if the government cuts wages.",
            ("---LAB", "?", "133", "asserted"),
            ("---LAB", "?", "138", "asserted"),
        ),
        # a blow with an object, or by fighters, stays a blow
        ("Workers struck a police station.", ("---LAB", "?", "190", "asserted"), None),
        ("Militants struck at dawn.", ("---UAF", "?", "190", "asserted"), None),
    ],
)
def test_a_strike_by_workers(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WASHINGTON (AP) -- A spokeswoman for the National Security Council said the talks "
            "would resume.",
            ("USAGOV", "?", "010"),
        ),
        (
            "SEOUL (Yonhap) -- A spokesman of the Foreign Ministry said the talks would resume.",
            ("KORGOV", "?", "010"),
        ),
        # no dateline: no country, as for the bare council
        (
            "A spokeswoman for the National Security Council said the talks would resume.",
            ("---GOV", "?", "010"),
        ),
        # a body with a country keeps it
        (
            "A spokesman for the Korean People's Army said the talks would resume.",
            ("PRKMIL", "?", "010"),
        ),
    ],
)
def test_a_voice_for_a_national_body(coder: EventCoder, text, expected) -> None:
    assert_coded(codes(coder, text), expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Seoul and Washington agreed on Monday to expand their cooperation. The allies will "
            "hold a naval exercise next week.",
            ("KORGOV", "?", "150", "future"),
            None,
        ),
        (
            "Seoul and Washington agreed on Monday to expand their cooperation. The allies will "
            "hold a naval exercise next week.",
            ("USAGOV", "?", "150", "future"),
            None,
        ),
    ],
)
def test_the_allies_are_the_two_just_named(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
def test_unnamed_allies_code_nothing(coder: EventCoder) -> None:
    assert not codes(coder, "The allies will hold a naval exercise.")
    # two countries named apart may be two sides of a dispute: no alliance of the two
    found = codes(
        coder,
        "North Korea blocked South Korean managers from entering the park on Wednesday. "
        "The allies will hold a naval exercise next week.",
    )
    assert not [c for c in found if c[2] == "150"], found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # returning to a named site or a country is a visit; the host is the site's country
        (
            "IAEA inspectors will return to Yongbyon.",
            ("IGOUNOIAE", "PRK", "042", "future"),
            None,
        ),
        ("UN inspectors returned to Iraq in November.", ("IGOUNO", "IRQ", "042", "asserted"), None),
        # returning talks or property are other acts
        ("North Korea will return to the talks.", ("PRK", "?", "046", "future"), None),
        (
            "The United States returned two paintings to the government of Brazil.",
            ("USA", "BRAGOV", "0842", "asserted"),
            ("USA", "BRAGOV", "042", "asserted"),
        ),
    ],
)
def test_a_return_is_a_visit(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
def test_letting_inspectors_return_is_the_main_act(coder: EventCoder) -> None:
    """Letting inspectors return allows them in (0355); their return is background, and with
    no visitor named there is no visit at all."""
    found = coded_events(
        coder, "North Korea agreed to let IAEA inspectors return to Yongbyon.", DAY
    )
    main = {(e.source, e.target, e.cameo) for e in found if e.role == "main"}
    assert main == {("PRK", None, "0355")}, found
    bare = codes(coder, "North Korea agreed to let inspectors return to Yongbyon.")
    assert not [c for c in bare if c[2] == "042"], bare


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un returned to Pyongyang on Friday.",
        "Obama returned to Washington.",
        "Kim Jong Un arrived in Pyongyang.",
    ],
)
def test_going_home_is_no_visit(coder: EventCoder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c[2] == "042"]


@pytest.mark.model
def test_a_visit_at_home_to_another_sector_stays(coder: EventCoder) -> None:
    assert ("PRKGOV", "---MIL", "042") in codes(coder, "Kim Jong Un visited a military unit.")


@pytest.mark.model
def test_two_sides_going_to_one_place_meet_at_a_venue(coder: EventCoder) -> None:
    found = codes(coder, "U.S. and Russian negotiators will return to Geneva next week.")
    assert {("USAGOV", "?", "042"), ("RUSGOV", "?", "042")} <= found, found
    assert not [c for c in found if c[1] == "CHE"], found
    talks = codes(coder, "U.S. and Russian negotiators will return to Geneva next week for talks.")
    assert {("USAGOV", "?", "046"), ("RUSGOV", "?", "046")} <= talks, talks
    assert not [c for c in talks if c[1] == "CHE"], talks
    # one side alone visits its host
    assert ("USAGOV", "KORGOV", "042") in codes(coder, "Kerry will travel to Seoul next week.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The two sides failed to reach agreement.",
        "Iran and Russia failed to reach an agreement on the price.",
    ],
)
def test_a_failure_to_agree_codes_nothing(coder: EventCoder, text: str) -> None:
    assert not [c for c in codes(coder, text) if c[2].startswith("03")]


@pytest.mark.model
def test_a_failed_agreement_keeps_the_meeting_and_a_plain_negation(coder: EventCoder) -> None:
    met = codes(coder, "The Security Council met on Sunday but failed to agree on a statement.")
    assert ("IGOUNO", "?", "040") in met and not [c for c in met if c[2] == "030"], met
    found = readings(coder, "Iran did not reach an agreement with France.")
    assert ("IRN", "FRA", "030", "negated") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "North Korea withdrew its workers from the Kaesong complex.",
            ("PRK", "?", "166"),
            ("PRK", "?", "080"),
        ),
        (
            "The two Koreas pledged not to halt operations by withdrawing workers.",
            ("PRK", "?", "030"),
            ("PRK", "---LAB", "080"),
        ),
        # aid workers and troops keep their codes
        (
            "The United Nations withdrew its aid workers from Somalia.",
            ("IGOUNO", "SOM", "1663"),
            None,
        ),
        ("Russia withdrew its troops from Georgia.", ("RUS", "GEO", "0874"), None),
    ],
)
def test_pulling_out_ones_workers(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(codes(coder, text), expected, absent)


@pytest.mark.model
def test_an_agentless_retelling_takes_the_doer(coder: EventCoder) -> None:
    found = codes(
        coder,
        "North Korea executed Jang Song Thaek, state media said on Friday. A military tribunal "
        "found Jang guilty. KCNA said Jang was executed on Thursday.",
    )
    executions = [c for c in found if c[2] == "1823"]
    assert executions and all(c[0] == "PRK" for c in executions), found
    # another victim, or a "by" agent, is not the same act
    other = codes(
        coder, "Iran arrested two American hikers. Three British sailors were arrested in the Gulf."
    )
    assert ("?", "GBRMIL", "173") in other, other
    agent = codes(
        coder, "Iran arrested two American hikers. The hikers were arrested by Iraqi police."
    )
    assert not [c for c in agent if c[0] == "IRN" and c[1] == "?"], agent


@pytest.mark.model
def test_a_headline_verb_read_as_an_auxiliary(coder: EventCoder, nlp) -> None:
    # "brings" was the auxiliary of "freed", which took North Korea as whom it freed: re-parsed
    # with "brought", "brings" is the root and "freed" only describes the one brought home
    text = "Carter brings freed American home from North Korea"
    doc = nlp(text)
    assert restore_misread_auxiliary(doc[:], nlp, coder.lexicon, coder.modal_auxiliaries)
    assert (doc[1].dep_, doc[2].dep_, doc[4].head.text) == ("ROOT", "amod", "brings")
    found = codes(coder, text)
    assert ("?", "PRK", "084") not in found, found
    # a real auxiliary is left alone
    doc = nlp("North Korea has freed an American prisoner")
    assert not restore_misread_auxiliary(doc[:], nlp, coder.lexicon, coder.modal_auxiliaries)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # an act prepared or planned, named as a noun, is still to come
        (
            "The European Union is preparing its own oil embargo.",
            ("IGOEUREEC", "?", "163", "future"),
            ("IGOEUREEC", "?", "163", "asserted"),
        ),
        (
            "North Korea is preparing a nuclear test.",
            ("PRK", "?", "150", "future"),
            ("PRK", "?", "150", "asserted"),
        ),
        # a light verb of doing keeps the act asserted
        ("North Korea conducted a nuclear test.", ("PRK", "?", "150", "asserted"), None),
    ],
)
def test_a_prepared_act_is_future(coder: EventCoder, text, expected, absent) -> None:
    assert_coded(readings(coder, text), expected, absent)


@pytest.mark.model
def test_a_place_named_with_at_is_where_it_was_said(coder: EventCoder) -> None:
    found = codes(coder, '"We will review it," King told reporters at Beijing airport.')
    assert not [c for c in found if c[1].startswith("CHN")], found
    # an organisation named with "at" is still whom it is said to
    un = codes(coder, "Iran appealed for help at the United Nations.")
    assert ("IRN", "IGOUNO", "023") in un, un
