"""PLOVER's lexicon gaps and the organisations the dictionary lacked (events31), with sentences
written here.

Organisations of the real world the dictionary did not know code as their body: Azerbaijan's
opposition (Azadliq, Musavat), Egypt's Kifaya, Lithuania's Homeland Union, Sudan's National Umma
Party, Liberia's and Sierra Leone's armed factions (the AFRC junta governs between its coup and
its fall), non-governmental jurists and water forums, and Nigeria's peoples ("Yoruba leaders",
"Ibo elders") as Tamil is Sri Lanka's. A bare "Umma Party" names no state. In the lexicon:
humanitarian access granted and a humanitarian corridor opened allow aid (0863), not inspectors
(0862); a news or information blackout imposed restricts expression (1721), a power cut does not;
"placed under house arrest", "put in jail", "threw into prison", "sent to prison" detain (173)
and "placed under investigation" investigates (090), as "put under arrest" and "put under
investigation" did; sanctions "placed" on a state are imposed (163), not
when "put on the table"; stones, rocks or petrol bombs thrown at someone are violence (180), by
protesters a violent protest (145); peacekeepers "shipped out" are withdrawn (1661).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2005, 6, 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Leaders of the Azadliq opposition coalition agreed to postpone the rally.",
            ("AZEOPP", "?", "030"),
            ("---GOV", "?", "030"),
        ),
        (
            "The Musavat party accused the government of rigging the vote.",
            ("AZEOPP", "---GOV", "112"),
            ("---GOV", "---GOV", "112"),
        ),
        (
            "The Kifaya movement accused President Mubarak of corruption.",
            ("EGYOPP", "EGYGOV", "112"),
            ("?", "EGYGOV", "112"),
        ),
        (
            "The Homeland Union accused the government of corruption.",
            ("LTUPTY", "?", "1121"),
            ("---LAB", "?", "1121"),
        ),
        (
            "The National Umma Party said it would boycott the elections.",
            ("SDNPTY", "?", "010"),
            ("?", "?", "010"),
        ),
        (
            "The Liberian Peace Council accused the NPFL of attacking civilians.",
            ("LBRREB", "LBRREB", "112"),
            ("LBR", "?", "112"),
        ),
        (
            "The Revolutionary United Front kidnapped 500 UN peacekeepers.",
            ("SLEREB", "IGOUNOMIL", "181"),
            ("?", "IGOUNOMIL", "181"),
        ),
        (
            "The Association of African Jurists criticized the trial of the opposition leader.",
            ("NGO", "---OPP", "111"),
            ("?", "---OPP", "111"),
        ),
        (
            "The World Water Forum urged rich nations to fund sanitation projects.",
            ("NGO", "?", "0211"),
            None,
        ),
        (
            "Yoruba leaders condemned President Obasanjo.",
            ("NGA", "NGAGOV", "111"),
            ("---GOV", "NGAGOV", "111"),
        ),
        # the lexicon: humanitarian access and corridors, blackouts of the news
        (
            "Ethiopia granted humanitarian access to Tigray.",
            ("ETH", "ETH", "0863"),
            ("ETH", "ETH", "0862"),
        ),
        (
            "Russia opened a humanitarian corridor from the besieged city.",
            ("RUS", "?", "0863"),
            None,
        ),
        (
            "The junta imposed a news blackout on the region.",
            ("---GOV", "?", "1721"),
            None,
        ),
        (
            "The government imposed an information blackout on the fighting.",
            ("---GOV", "?", "1721"),
            None,
        ),
        # confinement and investigation in the words of "put" and its synonyms
        (
            "The police placed three activists under house arrest.",
            ("---COP", "---OPP", "173"),
            None,
        ),
        (
            "Prosecutors placed the mayor under formal investigation.",
            ("---JUD", "---GOV", "090"),
            None,
        ),
        (
            "Authorities put the opposition leader in jail.",
            ("---GOV", "---OPP", "173"),
            None,
        ),
        (
            "The army placed the ousted president in custody.",
            ("---MIL", "---GOV", "173"),
            None,
        ),
        (
            "The regime threw dozens of students into prison.",
            ("---GOV", "---EDU", "173"),
            None,
        ),
        (
            "A Cairo court sent the blogger to prison for three years.",
            ("EGYJUD", "---MED", "173"),
            None,
        ),
        # peacekeepers shipped out are withdrawn
        (
            "The UN shipped its peacekeepers out of Bosnia.",
            ("IGOUNO", "BIH", "1661"),
            None,
        ),
        # sanctions placed on a state are imposed
        ("The EU placed sanctions on Iran.", ("IGOEUREEC", "IRN", "163"), None),
        ("Russia placed an embargo on Georgian wine.", ("RUS", "GEO", "163"), None),
        # stones and petrol bombs thrown: violence, by protesters a violent protest
        (
            "Protesters threw stones at the police.",
            ("---OPP", "---COP", "145"),
            ("---OPP", "---COP", "180"),
        ),
        (
            "Palestinian youths threw rocks at Israeli soldiers.",
            ("PSE", "ISRMIL", "180"),
            None,
        ),
    ],
)
def test_a_named_body_or_a_codebook_act_is_coded(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # the AFRC junta governs Sierra Leone from its coup until ECOMOG drove it out
        (
            "The AFRC junta arrested dozens of journalists.",
            dt.date(1997, 10, 1),
            ("SLEGOV", "SLEMED", "173"),
        ),
        (
            "The AFRC attacked the village.",
            dt.date(1999, 6, 1),
            ("SLEREB", "?", "190"),
        ),
    ],
)
def test_the_junta_governs_only_while_it_holds_power(coder, text, day, expected) -> None:
    found = coded_triples(coder, text, day)
    assert expected in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # a bare "Umma Party" names no state: Algeria and others had one
        ("The Umma Party said it would boycott the elections.", "SDN"),
        # inspectors granted access stay 0862; a power cut restricts no freedom
        ("Iran granted access to the inspectors.", "0863"),
        ("A power blackout hit the capital.", "1721"),
        ("The storm caused a blackout across the region.", "1721"),
        # "put ... in" what is no confinement; troops sent to a border are no prisoners
        ("The minister put the plan in writing.", "173"),
        ("Iran sent troops to the border.", "173"),
        # sanctions put on the table are proposed, a thrown ball no violence
        ("Washington put new sanctions on the table.", "163"),
        ("Seoul put the sanctions issue on the agenda of the summit.", "163"),
        ("The pitcher threw the ball at the batter.", "180"),
    ],
)
def test_what_the_new_rows_leave_alone(coder, text, unwanted) -> None:
    found = coded_triples(coder, text, DAY)
    assert not any(unwanted in part for triple in found for part in triple), found
