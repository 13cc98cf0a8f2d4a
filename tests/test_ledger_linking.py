"""Linking pledges to the actions that fulfil or contradict them, and the analyst's overrides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError, NotFound
from pledgewatch.ledger import (
    CONTRADICTED,
    FULFILLED,
    PLEDGED,
    actions_for,
    clear_link_override,
    ledger_is_stale,
    load_pledge,
    load_topic_actions,
    match_event,
    overrides_frame,
    pledge_status_at,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.topic_actions import compile_term
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, build_story, commitment_event

D = dt.date.fromisoformat


def event(
    cameo: str, source: str | None, target: str | None, text: str, action: str | None = None
) -> dict:
    return {
        "cameo": cameo,
        "source": source,
        "target": target,
        "evidence": text,
        "action_text": action,
    }


@pytest.mark.parametrize(
    ("ev", "topic", "promisor", "expected"),
    [
        (
            event("150", "PRKGOV", None, "North Korea launched an Unha-3 rocket."),
            "missile_launch_moratorium",
            "PRK",
            ("contradicts", "long_range_launch"),
        ),
        (
            event("195", "PRKMIL", "KORGOV", "The North fired a ballistic missile into the sea."),
            "missile_launch_moratorium",
            "PRK",
            ("contradicts", "long_range_launch"),
        ),
        # an announcement is no launch; a short-range test breaks no long-range moratorium
        (
            event("138", "PRKGOV", None, "North Korea announced it would launch a satellite."),
            "missile_launch_moratorium",
            "PRK",
            None,
        ),
        (
            event("150", "PRKMIL", None, "North Korea test-fired a short-range missile."),
            "missile_launch_moratorium",
            "PRK",
            None,
        ),
        # someone else's launch is not the promisor's breach
        (
            event("150", "IRNGOV", None, "Iran launched a satellite rocket."),
            "missile_launch_moratorium",
            "PRK",
            None,
        ),
        # wrong code family
        (
            event("010", "PRKGOV", None, "North Korea said it launched a rocket."),
            "missile_launch_moratorium",
            "PRK",
            None,
        ),
        (
            event(
                "2042",
                "PRKGOV",
                None,
                "North Korea conducted its third nuclear test at Punggye-ri.",
            ),
            "nuclear_test_moratorium",
            "PRK",
            ("contradicts", "nuclear_test"),
        ),
        # inspectors arriving: the IAEA is the source, the promisor the target (by: either)
        (
            event("042", "IGOUNOIAE", "PRKGOV", "IAEA inspectors arrived at Yongbyon."),
            "iaea_inspections",
            "PRK",
            ("fulfils", "inspectors_visit"),
        ),
        (
            event("1662", "PRKGOV", "IGOUNOIAE", "North Korea expelled the IAEA inspectors."),
            "iaea_inspections",
            "PRK",
            ("contradicts", "inspectors_expelled"),
        ),
        (
            event("194", "PRKMIL", "KORMIL", "North Korean artillery shelled Yeonpyeong Island."),
            "armistice_compliance",
            "PRK",
            ("contradicts", "fire_on_the_south"),
        ),
        (
            event(
                "161",
                "PRKGOV",
                "KORGOV",
                "Rodong Sinmun declared the armistice completely nullified.",
            ),
            "armistice_compliance",
            "PRK",
            ("contradicts", "armistice_declared_void"),
        ),
        (
            event(
                "171",
                "PRKGOV",
                "KORBUS",
                "North Korea seized South Korean assets at Mount Kumgang.",
            ),
            "inter_korean_agreements",
            "PRK",
            ("contradicts", "southern_assets_seized"),
        ),
        (
            event("0871", "PRKGOV", None, "North Korea restarted the reactor at Yongbyon."),
            "yongbyon_activities",
            "PRK",
            ("contradicts", "reactor_restarted"),
        ),
        (
            event("073", "USAGOV", "PRKGOV", "The first shipment of U.S. food aid arrived."),
            "food_aid",
            "USA",
            ("fulfils", "food_delivered"),
        ),
        (
            event("162", "USAGOV", "PRKGOV", "Washington suspended the food aid."),
            "food_aid",
            "USA",
            ("contradicts", "food_aid_stopped"),
        ),
        # meetings between the two Koreas, either side as source; not with a third country
        (
            event("044", "KORGOV", "PRKGOV", "The envoys met in Beijing."),
            "inter_korean_talks",
            "PRK",
            ("fulfils", "north_south_meeting"),
        ),
        (
            event("044", "PRKGOV", "USAGOV", "The envoys met in New York."),
            "inter_korean_talks",
            "PRK",
            None,
        ),
        (
            event("040", "PRKGOV", "PRKPTY", "Kim met party officials."),
            "inter_korean_talks",
            "PRK",
            None,
        ),
        # a summit needs a foreign leader on the other side
        (
            event("043", "PRKGOV", "RUSGOV", "Kim Jong Il met President Medvedev."),
            "summit",
            "PRK",
            ("fulfils", "summit_held"),
        ),
        (
            event("042", "PRKGOV", "PRKMIL", "Kim Jong Un visited front-line units."),
            "summit",
            "PRK",
            None,
        ),
        (event("043", "PRKGOV", None, "Kim Jong Un guided the meeting."), "summit", "PRK", None),
        (event("150", "PRKGOV", None, "anything"), "no_such_topic", "PRK", None),
        # only those who act for the state keep or break its pledges: not the opposition
        # ("Moon Jae-in received 48 percent", coded as receiving) nor a former president
        (event("043", "KOROPP", None, "Moon Jae-in received 48 percent."), "talks", "KOR", None),
        (
            event("043", "USAELI", "PRKGOV", "Carter met Kim Yong Nam in Pyongyang."),
            "talks",
            "USA",
            None,
        ),
        # ... though the state on the other side of the same meeting held talks
        (
            event("043", "USAELI", "PRKGOV", "Carter met Kim Yong Nam in Pyongyang."),
            "talks",
            "PRK",
            ("fulfils", "talks_held"),
        ),
        (
            event("195", "PRKREB", None, "Rebels fired a ballistic missile."),
            "missile_launch_moratorium",
            "PRK",
            None,
        ),
    ],
)
def test_match_event(ev: dict, topic: str, promisor: str, expected: tuple[str, str] | None) -> None:
    match = match_event(ev, topic, promisor, load_topic_actions())
    assert (None if match is None else (match.relation, match.rule_id)) == expected


def test_match_reason_names_rule_code_and_words() -> None:
    ev = event("150", "PRKGOV", None, "North Korea launched an Unha-3 rocket.", "launched")
    match = match_event(ev, "missile_launch_moratorium", "PRK", load_topic_actions())
    assert match is not None
    assert match.reason == (
        "rule missile_launch_moratorium.contradicts.long_range_launch: CAMEO 15*; "
        "words 'rocket*', 'launched'"
    )


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("missile*", "two missiles", True),
        ("short range", "a short-range missile", True),
        ("unha*", "the Unha-3 rocket", True),
        ("launched", "it will launch", False),
        ("iaea", "IAEA's inspectors", True),
        ("rounds", "surroundsound", False),
    ],
)
def test_terms(term: str, text: str, found: bool) -> None:
    assert bool(compile_term(term).search(text)) is found


@pytest.mark.parametrize(
    ("ev", "topic", "promisor", "expected"),
    [
        # audit of 2026-11-30: a firing drill into the sea (no target, nothing hit) is no breach
        (
            event(
                "194", "PRKMIL", None, "The North fired 40 rounds of coastal artillery.", "fired"
            ),
            "armistice_compliance",
            "PRK",
            None,
        ),
        (
            event("194", "PRK", "---MIL", "The North fired shells toward the sea line.", "fired"),
            "armistice_compliance",
            "PRK",
            None,
        ),
        # a target on the other side of the line, or an action that says something was hit
        (
            event("194", "PRKMIL", "KORMIL", "Northern artillery hit a southern outpost.", "fired"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "fire_on_the_south"),
        ),
        (
            event("190", "PRK", None, "A northern torpedo sank the patrol boat.", "sank boat"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "attack_on_the_south"),
        ),
        (
            event("194", "PRKMIL", None, "Northern artillery shelled the fishing port.", "shelled"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "attack_on_the_south"),
        ),
        # talks about resuming the six-party talks hold no round; a round does
        (
            event(
                "046",
                "PRKGOV",
                "USAGOV",
                "The envoys discussed better ties and resuming the six-party talks.",
                "resuming six-party talks",
            ),
            "six_party_talks",
            "PRK",
            None,
        ),
        (
            event("043", "PRKGOV", "CHNGOV", "The six-party talks resumed in Beijing.", "resumed"),
            "six_party_talks",
            "PRK",
            ("fulfils", "six_party_round_held"),
        ),
        # an aid noun delivers nothing; a delivery does
        (
            event("073", "USAGOV", None, "The text listed the U.S. food aid first.", "aid"),
            "humanitarian_aid",
            "USA",
            None,
        ),
        (
            event("073", "USAGOV", None, "The text listed the U.S. food aid first.", "aid"),
            "food_aid",
            "USA",
            None,
        ),
        (
            event("071", "USAGOV", "PRKGOV", "Washington shipped wheat to the port.", "shipped"),
            "food_aid",
            "USA",
            ("fulfils", "food_delivered"),
        ),
        (
            event("070", "USAGOV", None, "The first medical supplies were delivered.", "delivered"),
            "humanitarian_aid",
            "USA",
            ("fulfils", "aid_delivered"),
        ),
        (
            event("070", "USAGOV", "PRKGOV", "Heavy fuel oil reached the port.", "reached"),
            "energy_aid",
            "USA",
            ("fulfils", "fuel_delivered"),
        ),
        (
            event("070", "USAGOV", "PRKGOV", "The talks covered heavy fuel oil.", "covered"),
            "energy_aid",
            "USA",
            None,
        ),
    ],
)
def test_audited_rules(ev: dict, topic: str, promisor: str, expected: tuple | None) -> None:
    found = match_event(ev, topic, promisor, load_topic_actions())
    assert ((found.relation, found.rule_id) if found else None) == expected


@pytest.mark.parametrize(
    ("ev", "topic", "expected"),
    [
        # the rest of the sentence is not what was done: a drill stays a drill when the
        # sentence goes on to a hit that did not happen, a past attack or an old shelling
        (
            event(
                "194",
                "PRKMIL",
                None,
                "The North fired 25 rounds of coastal artillery into its own waters, none of "
                "which hit the South.",
                "fired 25 rounds",
            ),
            "armistice_compliance",
            None,
        ),
        (
            event(
                "194",
                "PRKMIL",
                None,
                "Northern gunners fired artillery in a drill near the island they attacked "
                "in 2010.",
                "fired artillery",
            ),
            "armistice_compliance",
            None,
        ),
        (
            event(
                "194",
                "PRKMIL",
                None,
                "The North fired 20 rounds of artillery on Friday, a year after the shelling that "
                "killed four.",
                "fired 20 rounds",
            ),
            "armistice_compliance",
            None,
        ),
        # ... and an attack stays one whatever else the sentence says
        (
            event(
                "194",
                "PRKMIL",
                None,
                "Northern artillery shelled the fishing port, which no drill had reached before.",
                "shelled fishing port",
            ),
            "armistice_compliance",
            ("contradicts", "attack_on_the_south"),
        ),
        # a round held is one though its sentence speaks of resuming or returning to the talks
        (
            event(
                "043",
                "PRKGOV",
                "CHNGOV",
                "Envoys of the six countries met in Beijing on Friday, marking the resumption "
                "of the six-party talks.",
                "met",
            ),
            "six_party_talks",
            ("fulfils", "six_party_round_held"),
        ),
        (
            event(
                "043",
                "PRKGOV",
                "CHNGOV",
                "Six-party talks resumed in Beijing, the first round since the North agreed to "
                "return to the six-party talks in May.",
                "resumed",
            ),
            "six_party_talks",
            ("fulfils", "six_party_round_held"),
        ),
        # talking about restarting them is still no round, in the action text or (an event
        # with no action text) in the evidence
        (
            event(
                "046",
                "PRKGOV",
                "USAGOV",
                "The envoys met in Stockholm and discussed restarting the six-party talks.",
                "restarting six-party talks",
            ),
            "six_party_talks",
            None,
        ),
        (
            event("046", "PRKGOV", "USAGOV", "The envoys talked of reviving the six-party talks."),
            "six_party_talks",
            None,
        ),
        # a delivery word elsewhere in the sentence delivers nothing
        (
            event(
                "073",
                "USAGOV",
                None,
                "The draft put U.S. food aid first, before rice shipped by Seoul.",
                "aid",
            ),
            "food_aid",
            None,
        ),
    ],
)
def test_actions_and_vetoes_are_read_in_the_action_text(
    ev: dict, topic: str, expected: tuple | None
) -> None:
    found = match_event(ev, topic, str(ev["source"])[:3], load_topic_actions())
    assert ((found.relation, found.rule_id) if found else None) == expected


def test_a_drill_does_not_breach_the_armistice_but_a_shelling_does(store: Store) -> None:
    signed = C("armistice_compliance", promisee="KORGOV", first_party=True, formality="formal")
    add_document(
        store,
        "signed",
        "2009-06-01",
        [("The North said it would honour the Armistice.", [commitment_event(signed)])],
    )
    add_document(
        store,
        "drill",
        "2010-02-01",
        [
            (
                "The North fired 40 rounds into its own waters; none hit the South.",
                [E("194", "PRKMIL", None, action_text="fired 40 rounds")],
            )
        ],
    )
    [shelled] = add_document(
        store,
        "shelled",
        "2010-06-01",
        [("Northern artillery shelled a southern island.", [E("194", "PRKMIL", "KOR")])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:armistice_compliance")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [shelled]
    assert pledge_status_at(pledge, D("2010-03-01")).status == PLEDGED
    later = pledge_status_at(pledge, D("2010-12-31"))
    assert (later.status, later.contradicted_on) == (CONTRADICTED, D("2010-06-01"))


def test_story_links_only_what_happened_by_the_promisor_after_the_first_mention(
    store: Store,
) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    missile = load_pledge(store, "PRK:missile_launch_moratorium")
    assert missile is not None
    assert [(lk.event_id, lk.relation, lk.origin) for lk in missile.links] == [
        (ids["launch"], "contradicts", "auto")
    ]
    launch = missile.links[0]
    assert (
        launch.date == D("2012-04-13")
        and launch.doc_id == "launch"
        and launch.sentence_id == "launch:0"
    )
    assert launch.text == "North Korea launched an Unha-3 rocket from Sohae on Friday."
    assert "long_range_launch" in launch.reason
    food = load_pledge(store, "USA:food_aid@PRK")
    assert food is not None and [lk.event_id for lk in food.links] == [ids["food_suspended"]]
    # Kumgang seizure (2011) precedes any PRK pledge on inter-Korean agreements: none exists
    assert load_pledge(store, "PRK:inter_korean_agreements") is None


def test_action_before_the_first_mention_does_not_link(store: Store) -> None:
    add_document(
        store,
        "early",
        "2012-01-05",
        [("North Korea launched a rocket.", [E("150", "PRKGOV", None)])],
    )
    add_document(
        store,
        "pledge",
        "2012-02-01",
        [
            (
                "North Korea pledged a launch moratorium.",
                [
                    commitment_event(
                        C("missile_launch_moratorium", first_party=True, formality="formal")
                    )
                ],
            )
        ],
    )
    rebuild_ledger(store)
    found = load_pledge(store, "PRK:missile_launch_moratorium")
    assert found is not None and found.links == ()


def test_reject_override_drops_the_link_and_survives_rebuilds(store: Store) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    set_link_override(
        store,
        "PRK:missile_launch_moratorium",
        ids["launch"],
        "reject",
        note="satellite, not missile",
    )
    assert ledger_is_stale(store)
    for _ in range(2):
        summary = rebuild_ledger(store)
        missile = load_pledge(store, "PRK:missile_launch_moratorium")
        assert missile is not None and missile.links == ()
        assert pledge_status_at(missile, D("2012-04-14")).status == PLEDGED
    assert summary.overrides_applied == 1
    assert clear_link_override(store, "PRK:missile_launch_moratorium", ids["launch"])
    rebuild_ledger(store)
    missile = load_pledge(store, "PRK:missile_launch_moratorium")
    assert missile is not None and pledge_status_at(missile, D("2012-04-14")).status == CONTRADICTED


def test_confirm_override_keeps_the_link_as_confirmed(store: Store) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    override = set_link_override(store, "PRK:missile_launch_moratorium", ids["launch"], "confirm")
    assert override.relation == "contradicts"  # taken from the automatic link
    rebuild_ledger(store)
    missile = load_pledge(store, "PRK:missile_launch_moratorium")
    assert missile is not None
    assert [(lk.origin, lk.relation) for lk in missile.links] == [("confirmed", "contradicts")]
    assert missile.links[0].reason.startswith(
        "confirmed by analyst; rule missile_launch_moratorium"
    )


def test_confirm_override_adds_a_manual_link(store: Store) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    set_link_override(
        store,
        "PRK:missile_launch_moratorium",
        ids["announcement"],
        "confirm",
        relation="contradicts",
        note="the announcement itself broke the spirit of the deal",
    )
    rebuild_ledger(store)
    missile = load_pledge(store, "PRK:missile_launch_moratorium")
    assert missile is not None
    assert [(lk.event_id, lk.origin) for lk in missile.links] == [
        (ids["announcement"], "manual"),
        (ids["launch"], "auto"),
    ]
    status = pledge_status_at(missile, D("2012-03-20"))
    assert (status.status, status.contradicted_on) == (CONTRADICTED, D("2012-03-16"))
    frame = overrides_frame(store)
    assert list(frame.decision) == ["confirm"] and frame.note[0].startswith("the announcement")


def test_relation_of_a_confirmed_link_can_be_changed(store: Store) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    set_link_override(
        store, "USA:food_aid@PRK", ids["food_suspended"], "confirm", relation="fulfils"
    )
    rebuild_ledger(store)
    food = load_pledge(store, "USA:food_aid@PRK")
    assert food is not None and pledge_status_at(food, D("2012-05-01")).status == FULFILLED


@pytest.mark.parametrize(
    ("pledge_key", "event_key", "decision", "relation", "error", "message"),
    [
        (
            "PRK:no_such_topic",
            "launch",
            "confirm",
            "contradicts",
            NotFound,
            "no pledge 'PRK:no_such_topic'",
        ),
        (
            "PRK:missile_launch_moratorium",
            None,
            "confirm",
            "contradicts",
            NotFound,
            "no event 'nope'",
        ),
        (
            "PRK:missile_launch_moratorium",
            "announcement",
            "confirm",
            None,
            ConfigError,
            "--relation",
        ),
        (
            "PRK:missile_launch_moratorium",
            "launch",
            "approve",
            None,
            ConfigError,
            "decision must be",
        ),
        (
            "PRK:missile_launch_moratorium",
            "launch",
            "confirm",
            "breaks",
            ConfigError,
            "relation must be",
        ),
        (
            "missile_launch_moratorium",
            "launch",
            "confirm",
            None,
            ConfigError,
            "a pledge id looks like",
        ),
    ],
)
def test_override_errors(
    store: Store,
    pledge_key: str,
    event_key: str | None,
    decision: str,
    relation: str | None,
    error: type,
    message: str,
) -> None:
    ids = build_story(store)
    rebuild_ledger(store)
    event_id = ids[event_key] if event_key else "nope"
    with pytest.raises(error, match=message):
        set_link_override(store, pledge_key, event_id, decision, relation=relation)  # type: ignore[arg-type]


def test_actions_for_a_topic_without_a_pledge(store: Store) -> None:
    ids = build_story(store)
    links = actions_for(
        store, "PRKGOV", "inter_korean_talks", since=D("2011-07-24"), until=D("2012-03-01")
    )
    assert [lk.event_id for lk in links] == [ids["beijing"]]
    assert [lk.event_id for lk in actions_for(store, "PRK", "inter_korean_talks")] == [
        ids["bali"],
        ids["beijing"],
    ]
    seized = actions_for(store, "PRK", "inter_korean_agreements")
    assert [(lk.event_id, lk.relation) for lk in seized] == [(ids["kumgang"], "contradicts")]


MAP = "version: 1\ntopics:\n  t:\n    label: T\n    fulfils:\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            MAP + "      - id: a\n        codes: [15x]\n",
            "topics.t.fulfils.0.codes",
        ),
        (
            MAP + "      - id: a\n        codes: ['15']\n        colour: red\n",
            "colour",
        ),
        (
            MAP + "      - {id: a, codes: ['1']}\n      - {id: a, codes: ['2']}\n",
            "rule ids repeat",
        ),
        ("version: [1\n", "not valid UTF-8 YAML"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_bad_topic_action_map_is_a_config_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as caught:
        load_topic_actions(path)
    assert str(path) in str(caught.value)


def test_shipped_map_covers_the_commitment_topics() -> None:
    topics = set(load_topic_actions().spec.topics)
    assert {
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
    } <= topics


@pytest.mark.parametrize(
    ("topic", "label"),
    [
        ("missile_launch_moratorium", "Moratorium on long-range missile launches"),  # map's own
        ("security_assurances", "Security assurances and normalisation"),  # taxonomy's label
        ("user_defined_topic", "User defined topic"),  # known to neither: the id as words
        ("other:send-a-delegation", "send a delegation"),  # generic: its wording
    ],
)
def test_every_topic_gets_a_human_label(topic: str, label: str) -> None:
    assert load_topic_actions().label(topic) == label


@pytest.mark.parametrize(
    ("text", "topic_text", "expected"),
    [
        # the review's sentences: "New York", "more than" and "strongly" tell no way
        (
            "The United States will lift sanctions on Myanmar, a State Department official "
            "said in New York.",
            None,
            ("as written", "lift*"),
        ),
        (
            "Japan would ease sanctions on North Korea, more than a decade after imposing them.",
            "sanctions on North Korea",
            ("as written", "ease"),
        ),
        (
            "China will strongly enforce the existing sanctions.",
            "the existing sanctions",
            ("reversed", "enforc*"),
        ),
        # our own: a place, a number and an adverb are no way either
        (
            "Officials in New Delhi said India would relax its sanctions on Iran.",
            None,
            ("as written", "relax*"),
        ),
        (
            "The European Union will remove sanctions on more than 80 companies.",
            "sanctions on more than 80 companies",
            ("as written", "remov*"),
        ),
        # the words that do tell, before the sanctions they qualify
        (
            "Washington will seek more sanctions on the country.",
            None,
            ("reversed", "more sanction*"),
        ),
        ("They pushed for new sanctions.", "new sanctions", ("reversed", "new sanction*")),
        # "eas*" read "East"; "easing" still reads
        ("Sanctions on East Timor will be in place by easing day.", None, ("as written", "easing")),
        ("Sanctions on East Timor will stay.", None, None),
        # the pledge's own span first: the verb before it when the span names no way
        ("He said Japan would keep sanctions and lift others.", "sanctions", ("reversed", "keep*")),
        ("He said Japan would look at sanctions, easing none.", "sanctions", None),
        # no span: the whole text, which says both ways here
        ("ease some sanctions and keep others", None, None),
    ],
)
def test_direction_of_reads_the_pledges_own_words(
    text: str, topic_text: str | None, expected: tuple[str, str] | None
) -> None:
    topic_map = load_topic_actions()
    assert topic_map.direction_of("sanctions", text, topic_text=topic_text) == expected


def test_a_pledges_way_is_read_in_its_topic_text_not_the_rest_of_its_sentence() -> None:
    """A mention's way comes from its own span (and the words just before it in its sentence);
    a retraction tells none; the latest telling wording before the day decides."""
    from pledgewatch.ledger.linking import pledge_ways, way_before
    from pledgewatch.ledger.records import Mention, Pledge

    def said(day: str, words: str, text: str, retraction: bool = False) -> Mention:
        return Mention(
            event_id=day,
            doc_id=None,
            sentence_id=None,
            date=D(day),
            kind="promise",
            strength="firm",
            conditional=False,
            hedged=False,
            first_party=True,
            formality="official",
            promisor="JPNGOV",
            promisee=None,
            topic_text=words,
            text=text,
            retraction=retraction,
        )

    mentions = (
        said(
            "2012-01-01",
            "sanctions on North Korea",
            "Japan would ease sanctions on North Korea, more than a decade after imposing them.",
        ),
        said("2012-03-01", "tougher sanctions", "Japan said", retraction=True),
        said("2012-05-01", "tougher sanctions", "Japan said"),
        said("2012-07-01", "sanctions", "Japan said"),  # tells no way: the May wording holds
    )
    pledge = Pledge("JPN:sanctions", "JPN", "sanctions", "Sanctions", mentions)
    topic_map = load_topic_actions()
    ways = pledge_ways(pledge, topic_map)
    assert ways == [
        (D("2012-01-01"), ("as written", "ease")),
        (D("2012-05-01"), ("reversed", "tough*")),
    ]
    expected = {
        "2012-01-01": None,
        "2012-01-02": ("as written", "ease"),
        "2012-04-01": ("as written", "ease"),  # the retraction tells no way
        "2012-05-01": ("as written", "ease"),
        "2012-05-02": ("reversed", "tough*"),
        "2013-01-01": ("reversed", "tough*"),
    }
    for day, way in expected.items():
        assert way_before(pledge_ways(pledge, topic_map), D(day)) == way, day
    assert way_before(pledge_ways(pledge, topic_map), None) == ("reversed", "tough*")
