"""The actor matcher: countries, agents, people by date, organisations, on blank spaCy tokens."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.actors import ActorMatch
from pledgewatch.model import ActorMention

D = dt.date


def codes(matcher, blank, text, day=None):
    return [(m.code, m.text) for m in matcher.find(blank(text), day)]


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("North Korea fired a missile.", "PRK", "North Korea"),
        ("The DPRK fired a missile.", "PRK", "DPRK"),
        ("It was a North Korean missile.", "PRK", "North Korean"),
        ("Hundreds of North Koreans fled.", "PRK", "North Koreans"),
        ("Pyongyang rejected the offer.", "PRKGOV", "Pyongyang"),
        ("South Korea rejected the offer.", "KOR", "South Korea"),
        ("The ROK rejected the offer.", "KOR", "ROK"),
        ("The Republic of Korea rejected the offer.", "KOR", "Republic of Korea"),
        ("Seoul rejected the offer.", "KORGOV", "Seoul"),
        ("The U.S. rejected the offer.", "USA", "U.S."),
        ("The US rejected the offer.", "USA", "US"),
        ("The United States rejected the offer.", "USA", "United States"),
        ("America rejected the offer.", "USA", "America"),
        ("Two Americans were detained.", "USA", "Americans"),
        ("Washington rejected the offer.", "USAGOV", "Washington"),
        ("Beijing rejected the offer.", "CHNGOV", "Beijing"),
        ("China rejected the offer.", "CHN", "China"),
        ("A Chinese ship sailed.", "CHN", "Chinese"),
        ("Moscow rejected the offer.", "RUSGOV", "Moscow"),
        ("The Kremlin rejected the offer.", "RUSGOV", "Kremlin"),
        ("The White House rejected the offer.", "USAGOV", "White House"),
        ("The Blue House rejected the offer.", "KORGOV", "Blue House"),
        ("Cote d'Ivoire voted.", "CIV", "Cote d'Ivoire"),
        ("Côte d'Ivoire voted.", "CIV", "Côte d'Ivoire"),
        ("Inspectors went to Yongbyon.", "PRK", "Yongbyon"),
        ("Tokyo protested.", "JPNGOV", "Tokyo"),
        ("Tehran protested.", "IRNGOV", "Tehran"),
    ],
)
def test_countries_by_name_adjective_demonym_and_capital(matcher, blank, text, code, mention):
    assert (code, mention) in codes(matcher, blank, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korean troops crossed the line.", [("PRKMIL", "North Korean troops")]),
        ("South Korea's foreign minister said so.", [("KORGOV", "South Korea's foreign minister")]),
        ("Chinese officials said so.", [("CHNGOV", "Chinese officials")]),
        ("The North Korean navy fired.", [("PRKMIL", "North Korean navy")]),
        ("The U.S. envoy arrived.", [("USAGOV", "U.S. envoy")]),
        ("Officials said so.", [("---GOV", "Officials")]),
        ("North Korean state media said so.", [("PRKGOV", "North Korean state media")]),
        ("South Korean police arrested him.", [("KORCOP", "South Korean police")]),
        ("Syrian rebels attacked.", [("SYRREB", "Syrian rebels")]),
        (
            "US and British activists protested.",
            [("USAOPP", "US"), ("GBROPP", "British activists")],
        ),
        (
            "Senior Hungarian and Romanian officials agreed.",
            [("HUNGOV", "Hungarian"), ("ROUGOV", "Romanian officials")],
        ),
        ("The president of Armenia spoke.", [("ARMGOV", "president of Armenia")]),
        ("Russia's UN ambassador spoke.", [("RUSGOV", "Russia's UN ambassador")]),
        ("U.S.-led forces attacked.", [("USAMIL", "U.S.-led forces")]),
        (
            "A North Korean military spokesman said so.",
            [("PRKMIL", "North Korean military spokesman")],
        ),
        ("Former South Korean officials met.", [("KORELI", "South Korean officials")]),
        ("The Korean People's Army fired.", [("PRKMIL", "Korean People's Army")]),
        ("The KPA fired.", [("PRKMIL", "KPA")]),
        ("Pyongyang officials met.", [("PRKGOV", "Pyongyang officials")]),
        ("Pentagon officials met.", [("USAMIL", "Pentagon officials")]),
        ("UN troops withdrew.", [("IGOUNOMIL", "UN troops")]),
        ("UN officials met.", [("IGOUNO", "UN officials")]),
        ("IAEA inspectors left.", [("IGOUNOIAE", "IAEA inspectors")]),
        ("The South Korean Red Cross sent aid.", [("KORNGO", "South Korean Red Cross")]),
        ("Lawmakers voted.", [("---LEG", "Lawmakers")]),
        ("The court ruled.", [("---JUD", "court")]),
        ("Civilians fled.", [("---CVL", "Civilians")]),
        ("Scientists visited.", [("---EDU", "Scientists")]),
        ("Businesses closed.", [("---BUS", "Businesses")]),
        ("Vietnamese-led forces attacked.", [("VNMMIL", "Vietnamese-led forces")]),
        (
            "North Korea's official KCNA news agency said so.",
            [("PRKGOV", "North Korea's official KCNA news agency")],
        ),
        (
            "Raipur, India - Rights activists met.",
            [("IND", "India"), ("---HRI", "Rights activists")],
        ),
    ],
)
def test_agents_combine_with_countries(matcher, blank, text, expected):
    assert codes(matcher, blank, text) == expected


def test_a_military_noun_linked_by_in_keeps_its_own_country(matcher, blank):
    # "troops in Afghanistan" are usually someone else's troops: only "of"/"from" link MIL.
    assert codes(matcher, blank, "Troops in Afghanistan fired.") == [
        ("---MIL", "Troops"),
        ("AFG", "Afghanistan"),
    ]


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Kim Jong Il visited China.", D(2011, 12, 1), "PRKGOV"),
        ("Kim Jong Il was remembered.", D(2012, 1, 10), "PRKELI"),
        ("Kim Jong Un visited a farm.", D(2012, 1, 10), "PRKGOV"),
        ("Kim Jong-un visited a farm.", D(2012, 1, 10), "PRKGOV"),
        ("Kim Jong Un was promoted.", D(2010, 9, 28), "PRKELI"),
        ("Kim Jong Un visited a farm.", None, "PRKGOV"),
        ("Lee Myung-bak spoke.", D(2012, 6, 1), "KORGOV"),
        ("Lee Myung-bak spoke.", D(2013, 3, 1), "KORELI"),
        ("Park Geun-hye spoke.", D(2013, 3, 1), "KORGOV"),
        ("Barack Obama spoke.", D(2009, 2, 1), "USAGOV"),
        ("Obama spoke.", D(2010, 2, 1), "USAGOV"),
        ("Hillary Clinton spoke.", D(2010, 2, 1), "USAGOV"),
        ("Clinton spoke.", D(2010, 2, 1), "USAGOV"),
        ("John Kerry spoke.", D(2013, 5, 1), "USAGOV"),
        ("Kerry spoke.", D(2010, 5, 1), "USALEG"),
        ("Medvedev spoke.", D(2010, 5, 1), "RUSGOV"),
        ("Medvedev spoke.", D(2013, 5, 1), "RUSGOV"),
        ("Jang Song Thaek spoke.", D(2013, 6, 1), "PRKGOV"),
        ("Jang Song Thaek was executed.", D(2013, 12, 20), "PRK"),
        ("Ban Ki-moon spoke.", D(2010, 5, 1), "IGOUNO"),
        ("Yukiya Amano spoke.", D(2012, 5, 1), "IGOUNOIAE"),
        ("Jimmy Carter flew to Pyongyang.", D(2010, 8, 25), "USAELI"),
        ("Bill Richardson flew to Pyongyang.", D(2010, 12, 16), "USAELI"),
        ("Siegfried Hecker visited Yongbyon.", D(2010, 11, 12), "USAEDU"),
        ("Xi Jinping spoke.", D(2013, 5, 1), "CHNGOV"),
        ("Recep Tayyip Erdogan spoke.", D(2012, 5, 1), "TURGOV"),
        ("Erdoğan spoke.", D(2012, 5, 1), "TURGOV"),
        ("Mubarak spoke.", D(2012, 5, 1), "EGYELI"),
    ],
)
def test_people_code_by_the_document_date(matcher, blank, text, day, code):
    found = matcher.find(blank(text), day)
    assert found[0].code == code, found[0].why


def test_person_why_names_the_dated_role(matcher, blank):
    [mention] = matcher.find(blank("Kim Jong Il met them."), D(2011, 12, 1))
    assert mention.why == "person 'Kim Jong Il' (PRKGOV from 1994-07-08 until 2011-12-17)"
    [mention] = matcher.find(blank("Lee Myung-bak met them."), D(2013, 3, 1))
    assert mention.code == "KORELI" and "outside KORGOV" in mention.why


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("President Obama spoke.", D(2010, 1, 1), ("USAGOV", "President Obama")),
        (
            "North Korean leader Kim Jong Il spoke.",
            D(2010, 1, 1),
            ("PRKGOV", "North Korean leader Kim Jong Il"),
        ),
        (
            "South Korean Foreign Minister Kim Sung-hwan spoke.",
            D(2011, 1, 1),
            ("KORGOV", "South Korean Foreign Minister Kim Sung-hwan"),
        ),
        (
            "Lebanon's President Michel Aoun spoke.",
            D(2017, 1, 1),
            ("LBNGOV", "Lebanon's President Michel Aoun"),
        ),
        ("Jordan's King Abdullah spoke.", D(2010, 1, 1), ("JORGOV", "Jordan's King Abdullah")),
        ("Saudi King Abdullah spoke.", D(2010, 1, 1), ("SAUGOV", "Saudi King Abdullah")),
    ],
)
def test_titles_and_countries_around_people(matcher, blank, text, day, expected):
    assert codes(matcher, blank, text, day)[0] == expected


@pytest.mark.parametrize(
    ("text", "code", "mention"),
    [
        ("The UN condemned the test.", "IGOUNO", "UN"),
        ("The U.N. Security Council condemned the test.", "IGOUNO", "U.N. Security Council"),
        ("The IAEA condemned the test.", "IGOUNOIAE", "IAEA"),
        (
            "North Korea expelled inspectors of the International Atomic Energy Agency.",
            "IGOUNOIAE",
            "inspectors of the International Atomic Energy Agency",
        ),
        ("ASEAN condemned the test.", "IGOSEAASN", "ASEAN"),
        ("The European Union condemned the test.", "IGOEUREEC", "European Union"),
        ("The EU condemned the test.", "IGOEUREEC", "EU"),
        ("NATO condemned the test.", "IGOWSTNAT", "NATO"),
        ("The WFP sent food.", "IGOUNOWFP", "WFP"),
        ("UNICEF sent food.", "IGOUNOKID", "UNICEF"),
        ("The African Union condemned it.", "IGOAFRAFU", "African Union"),
        ("The Arab League condemned it.", "IGOMEAARL", "Arab League"),
        ("OPEC raised output.", "IGOBUSOPC", "OPEC"),
        ("The WTO ruled.", "IGOBUSWTO", "WTO"),
        ("The IMF lent money.", "IGOBUSIMF", "IMF"),
        ("The World Bank lent money.", "IGOUNODEVWBK", "World Bank"),
        ("The Red Cross visited.", "NGOHLHIRC", "Red Cross"),
        ("The ICRC visited.", "NGOHLHIRC", "ICRC"),
        ("KCNA said so.", "PRKGOV", "KCNA"),
        ("Yonhap said so.", "KORMED", "Yonhap"),
        ("Hamas fired rockets.", "PSEREB", "Hamas"),
    ],
)
def test_international_organisations_and_groups(matcher, blank, text, code, mention):
    assert (code, mention) in codes(matcher, blank, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longest match wins
        ("South Korea protested.", [("KOR", "South Korea")]),
        ("The North Korean army moved.", [("PRKMIL", "North Korean army")]),
        (
            "Democratic People's Republic of Korea",
            [("PRK", "Democratic People's Republic of Korea")],
        ),
        # non-actors hide the country inside them
        ("The six-party talks resumed.", []),
        ("Veterans of the Korean War met.", []),
        ("Tension rose on the Korean peninsula.", []),
        # no match inside other words or on lower-case homographs
        ("The Americanisation of food.", []),
        ("He told us about it.", []),
        ("The ban on imports stays.", []),
        ("Turkish fries are good.", [("TUR", "Turkish")]),
        # Jordan the person is not the country; the country still is
        ("Michael Jordan visited Amman.", [("JORGOV", "Amman")]),
        ("Michael Jordan visited Jordan.", [("JOR", "Jordan")]),
        ("A portrait of George Washington hangs there.", []),
        ("Bill Gates gave money.", []),
        ("The city gates were closed.", []),
        ("Gates gave orders.", [("USAGOV", "Gates")]),
        ("GATES GAVE ORDERS.", [("USAGOV", "GATES")]),
        ("Robert Gates gave orders.", [("USAGOV", "Robert Gates")]),
    ],
)
def test_longest_match_and_no_false_matches(matcher, blank, text, expected):
    assert codes(matcher, blank, text, D(2010, 1, 1)) == expected


def test_mentions_are_model_records_with_doc_level_tokens(matcher, blank):
    doc = blank("Yesterday was calm. Then North Korean troops crossed the border.")
    span = doc[4:]  # the second sentence
    [mention] = matcher.find(span, None)
    assert isinstance(mention, ActorMention) and isinstance(mention, ActorMatch)
    assert doc[mention.start : mention.end].text == "North Korean troops"
    assert (mention.start, mention.end) == (5, 8)
    assert mention.why == "agent 'troops' + country 'North Korean'"
    assert (mention.kind, mention.country, mention.sector, mention.plural) == (
        "agent", "PRK", "MIL", True,
    )  # fmt: skip
    assert doc[mention.head].text == "troops"


def test_places_are_flagged_as_locations(matcher, blank):
    [mention] = matcher.find(blank("Shells fell on Yeonpyeong Island."), None)
    assert (mention.code, mention.kind, mention.is_location) == ("KOR", "place", True)


def test_trigger_words_prefilter(matcher):
    words = matcher.trigger_words
    assert {"korea", "pyongyang", "officials", "kcna", "kim", "kremlin", "u.s."} <= words
    assert "the" not in words and "said" not in words
    assert matcher.has_trigger(["Reports", "from", "Pyongyang"])
    assert matcher.has_trigger(["U.S.-led", "strikes"])
    assert not matcher.has_trigger(["The", "weather", "was", "fine", "."])


@pytest.mark.model
def test_same_results_on_the_trained_pipeline(matcher, nlp):
    doc = nlp(
        "North Korean troops fired at South Korea's foreign minister, Chinese officials said."
    )
    assert [(m.code, m.text) for m in matcher.find(doc, None)] == [
        ("PRKMIL", "North Korean troops"),
        ("KORGOV", "South Korea's foreign minister"),
        ("CHNGOV", "Chinese officials"),
    ]


@pytest.mark.model
def test_the_tagger_keeps_verbs_out_of_agent_nouns(matcher, nlp):
    doc = nlp("China courts African leaders while Japan forces the issue.")
    assert [(m.code, m.text) for m in matcher.find(doc, None)] == [
        ("CHN", "China"),
        ("---GOV", "leaders"),
        ("JPN", "Japan"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause's verb is no modifier between a country and an agent noun
        ("Israel arrested Hamas leaders.", [("ISR", "Israel"), ("PSEREB", "Hamas leaders")]),
        # a participle modifying a country's agent still belongs to the phrase
        ("Egypt's jailed opposition leaders", [("EGYOPP", "Egypt's jailed opposition leaders")]),
    ],
)
def test_a_clause_verb_ends_the_actor_phrase(matcher, nlp, text, expected):
    assert [(m.code, m.text) for m in matcher.find(nlp(text), None)] == expected
