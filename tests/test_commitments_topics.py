"""Topic mapping: the taxonomy, several topics per sentence, the fallback, user topic files."""

from __future__ import annotations

import pytest

from pledgewatch.commitments import CommitmentGrader, TopicTaxonomy, finding_for
from pledgewatch.errors import ConfigError
from pledgewatch.events.types import DocContext

CTX = DocContext(doc_id="t", date=None)

REQUIRED = [
    "iaea_inspections",
    "nuclear_test_moratorium",
    "missile_launch_moratorium",
    "enrichment_freeze",
    "yongbyon_activities",
    "armistice_compliance",
    "inter_korean_agreements",
    "six_party_talks",
    "remains_recovery",
    "food_aid",
    "sanctions",
]


def test_the_shipped_taxonomy_has_the_required_topics():
    ids = TopicTaxonomy().ids()
    for topic in REQUIRED:
        assert topic in ids
    assert "talks" in ids and "summit" in ids and "humanitarian_aid" in ids


@pytest.fixture(scope="module")
def grader() -> CommitmentGrader:
    return CommitmentGrader()


TOPIC_CASES = [
    ("North Korea will let IAEA monitors back into the country.", "let", "iaea_inspections"),
    ("Pyongyang will refrain from nuclear testing.", "refrain", "nuclear_test_moratorium"),
    (
        "North Korea pledged a halt to ballistic missile launches.",
        "pledged",
        "missile_launch_moratorium",
    ),
    ("North Korea agreed to freeze uranium enrichment.", "agreed", "enrichment_freeze"),
    ("North Korea will shut down the Yongbyon reactor.", "shut", "yongbyon_activities"),
    ("The North promised to respect the armistice.", "promised", "armistice_compliance"),
    ("Pyongyang will honour the inter-Korean agreements.", "honour", "inter_korean_agreements"),
    # the joint projects the agreements set up
    (
        "The North agreed to reopen the Kaesong industrial park.",
        "agreed",
        "inter_korean_agreements",
    ),
    (
        "Pyongyang promised to protect the assets of South Korean firms.",
        "promised",
        "inter_korean_agreements",
    ),
    ("North Korea will return to the six-party talks.", "return", "six_party_talks"),
    ("Pyongyang agreed to repatriate the remains of US servicemen.", "agreed", "remains_recovery"),
    ("Washington will deliver 240,000 tons of food aid.", "deliver", "food_aid"),
    ("The council will lift the sanctions on the bank.", "lift", "sanctions"),
    # a trade ban is a sanction (CAMEO 163); a ban on a habit is not
    ("The bloc agreed to ban imports of Ruritanian oil.", "agreed", "sanctions"),
    ("Freedonia promised to end its boycott of Ruritanian exports.", "promised", "sanctions"),
    ("The two leaders agreed to hold a summit in May.", "agreed", "summit"),
    ("Both sides will resume negotiations next week.", "resume", "talks"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "trigger", "topic"), TOPIC_CASES)
def test_topic_mapping(nlp, grader, text, trigger, topic):
    finding = finding_for(next(nlp(text).sents), trigger)
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert commitment.topic == topic, grader.topics_for(finding)
    assert commitment.topic_text


@pytest.mark.model
def test_one_sentence_many_topics(nlp, grader):
    text = (
        "North Korea agreed to a suspension of long-range missile launches, nuclear tests and "
        "all nuclear activities at Yongbyon, including uranium enrichment."
    )
    finding = finding_for(next(nlp(text).sents), "agreed")
    topics = dict(grader.topics_for(finding))
    assert set(topics) == {
        "missile_launch_moratorium",
        "nuclear_test_moratorium",
        "yongbyon_activities",
        "enrichment_freeze",
    }
    assert "enrichment" in topics["enrichment_freeze"]


@pytest.mark.model
def test_expand_gives_one_finding_per_topic(nlp, grader):
    text = "Pyongyang will halt nuclear tests and missile launches."
    finding = finding_for(next(nlp(text).sents), "halt", doc_id="d", sentence_index=3)
    expanded = grader.expand(finding, CTX)
    ids = [f.event.id for f in expanded]
    assert ids == ["d:3:0", "d:3:0.2"]
    topics = [f.event.commitment.topic for f in expanded]
    assert sorted(topics) == ["missile_launch_moratorium", "nuclear_test_moratorium"]
    assert expanded[0].event.commitment is not expanded[1].event.commitment
    assert all(f.sent is finding.sent for f in expanded)


@pytest.mark.model
def test_a_general_topic_gives_way_to_a_specific_one(nlp, grader):
    text = (
        "To improve the atmosphere for dialogue, North Korea agreed to a moratorium on "
        "nuclear tests."
    )
    finding = finding_for(next(nlp(text).sents), "agreed")
    assert [t for t, _ in grader.topics_for(finding)] == ["nuclear_test_moratorium"]


@pytest.mark.model
def test_fallback_topic_carries_the_action(nlp, grader):
    finding = finding_for(
        next(nlp("Ruritania will rebuild the bridge at Strelsau.").sents), "rebuild"
    )
    commitment = grader.grade(finding, CTX)
    assert commitment is not None
    assert commitment.topic == "other"
    assert commitment.topic_text == "rebuild the bridge at Strelsau"


@pytest.mark.model
def test_fallback_topic_text_is_one_clean_line(nlp, grader):
    # a paragraph break after the sentence is no part of what was promised
    doc = nlp("Ruritania will rebuild the bridge this week.\n\nThe work starts soon.")
    commitment = grader.grade(finding_for(next(doc.sents), "rebuild"), CTX)
    assert commitment is not None
    assert commitment.topic_text == "rebuild the bridge this week"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "addressee"),
    [
        ("Ruritania urged Freedonia to reopen the bridge at Strelsau.", "urged", "Freedonia"),
        ("The council asked its panel to name more shipping firms.", "asked", "its panel"),
    ],
)
def test_a_demand_is_about_what_the_addressee_should_do(nlp, grader, text, trigger, addressee):
    # the event coder hands over the verb's object ("Freedonia"): for a verb of asking, the
    # demand's action is the object with its infinitive, not the addressee alone
    finding = finding_for(next(nlp(text).sents), trigger, cameo="020")
    finding.object_text = addressee
    commitment = grader.grade(finding, CTX)
    assert commitment is not None and commitment.kind == "demand"
    assert commitment.topic == "other"
    assert commitment.topic_text.startswith(addressee + " to ")
    assert commitment.topic_text.split(" to ", 1)[1] in text


@pytest.mark.model
def test_user_topic_file_adds_and_replaces_topics(nlp, tmp_path):
    extra = tmp_path / "my_topics.yaml"
    extra.write_text(
        "# my topics\n"
        "topics:\n"
        "  bridge_reconstruction:\n"
        "    label: Rebuilding bridges\n"
        "    triggers:\n"
        '      - ["bridge*", "rebuild* | repair* | reconstruct*"]\n'
        "  sanctions:\n"
        "    label: Only asset freezes\n"
        "    triggers:\n"
        '      - ["asset freeze*"]\n',
        encoding="utf-8",
    )
    grader = CommitmentGrader(topic_paths=[extra])
    bridge = grader.grade(
        finding_for(next(nlp("Ruritania will rebuild the bridge at Strelsau.").sents), "rebuild"),
        CTX,
    )
    assert bridge is not None and bridge.topic == "bridge_reconstruction"
    lifted = grader.grade(
        finding_for(next(nlp("The council will lift the sanctions.").sents), "lift"), CTX
    )
    assert lifted is not None and lifted.topic == "other"  # the user's "sanctions" replaced ours
    assert grader.taxonomy.topics["sanctions"].label == "Only asset freezes"


@pytest.mark.parametrize(
    "content",
    [
        "topics: [a, b]\n",
        "topics:\n  x:\n    label: no triggers\n",
        "not: [valid\n",
    ],
)
def test_a_bad_topic_file_is_a_config_error_naming_the_file(tmp_path, content):
    bad = tmp_path / "bad_topics.yaml"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        TopicTaxonomy([bad])
    assert "bad_topics.yaml" in str(raised.value)


def test_a_missing_topic_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError):
        TopicTaxonomy([tmp_path / "nowhere.yaml"])


# -- review 18: the topics of stop 19 on ordinary news -----------------------------------------
# Each row: a sentence coded by the whole pipeline, the topic its pledge must be about (None:
# any) and the topic it must not be given. The reviewer's sentences first, then our own.

NEWS_TOPIC_CASES = [
    # an election as a time, or "polls", is no electoral pledge
    (
        "The United States will provide aid to flood victims before the polls.",
        "humanitarian_aid",
        "elections",
    ),
    ("China will hold talks with Seoul after the election.", "talks", "elections"),
    ("Canada will send medical supplies to Haiti ahead of the referendum.", None, "elections"),
    # "climate" as a mood, not the climate
    (
        "The United States will resume aid to Egypt despite the tense political climate.",
        "humanitarian_aid",
        "climate_finance",
    ),
    (
        "Turkey will provide funds to Syria despite the difficult financial climate.",
        None,
        "climate_finance",
    ),
    # "the state of" something that is no state
    ("Japan will recognize the state of emergency declared in Thailand.", None, "recognition"),
    ("Peru will recognize the state of siege in the border provinces.", None, "recognition"),
    # a strike by workers, a blow by the police: no ceasefire (CAMEO 143, 175)
    ("The union will not strike on Monday.", None, "ceasefire"),
    ("Police will not strike protesters.", None, "ceasefire"),
    ("Teachers will not strike next week.", None, "ceasefire"),
]

NEWS_TOPIC_KEPT = [
    ("Chad will hold free and fair elections next year.", "elections"),
    ("Guinea will not allow the opposition leader to run in the election.", "elections"),
    ("Mali's junta promised to hold elections by February 2024.", "elections"),
    ("Spain will recognise Palestine as a state.", "recognition"),
    ("Norway will recognize the State of Palestine.", "recognition"),
    ("Georgia will never recognise the independence of Abkhazia.", "recognition"),
    ("France will recognize Kosovo as a state.", "recognition"),
    # attacks forgone are told by the event (CAMEO 18x/19x negated), whatever the verb
    ("Russia will not attack Ukrainian energy facilities for 30 days.", "ceasefire"),
    ("Israel will not bomb Rafah.", "ceasefire"),
    ("Britain will provide 2 billion pounds for climate action in Africa.", "climate_finance"),
]


def _pledge_topics(text: str) -> list[list[str]]:
    from tests.test_commitments_grader import _graded

    graded = _graded(text)
    return [
        [topic for topic, _ in c.all_topics]
        for c in graded
        if c.kind in ("promise", "offer", "refusal")
    ]


@pytest.mark.model
@pytest.mark.parametrize(("text", "topic", "not_topic"), NEWS_TOPIC_CASES)
def test_an_ordinary_word_of_the_news_is_no_new_topic(text, topic, not_topic):
    pledges = _pledge_topics(text)
    assert pledges, text
    assert not any(not_topic in topics for topics in pledges), pledges
    if topic is not None:
        assert any(topics[0] == topic for topics in pledges), pledges


@pytest.mark.model
@pytest.mark.parametrize(("text", "topic"), NEWS_TOPIC_KEPT)
def test_the_new_topics_keep_their_own_pledges(text, topic):
    pledges = _pledge_topics(text)
    assert any(topic in topics for topics in pledges), pledges
