"""Precondition checklists: the file format, its errors, and each outcome on the story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pledgewatch.checklists import (
    CONTRADICTED,
    MET,
    NOT_MET,
    PLEDGED,
    evaluate_checklist,
    evaluations_frame,
    load_checklist,
    shipped_checklists,
)
from pledgewatch.errors import ConfigError
from pledgewatch.store import Store, schema
from tests.test_ledger_pass17 import two_sanctions_pledges
from tests.test_ledger_story import C, E, add_document, build_story, commitment_event

ALLIED = "allied-preconditions-2011"
D = dt.date.fromisoformat


def statuses(store: Store, day: str) -> dict[str, str]:
    result = evaluate_checklist(store, ALLIED, day)
    return {item.id: item.status for item in result.items}


def test_shipped_checklist_loads_by_name() -> None:
    checklist = load_checklist(ALLIED)
    assert ALLIED in shipped_checklists()
    assert [i.id for i in checklist.items] == [
        "iaea_inspectors",
        "missile_moratorium",
        "nuclear_test_moratorium",
        "enrichment_freeze",
        "armistice_and_agreements",
        "inter_korean_meetings",
    ]
    meetings = checklist.items[-1]
    assert meetings.requires_pledge is None and meetings.since == D("2011-07-24")


def test_before_leap_day_no_item_is_met_or_formally_pledged(store: Store) -> None:
    build_story(store)
    result = evaluate_checklist(store, ALLIED, "2011-08-29")
    items = {item.id: item for item in result.items}
    assert {i.status for i in result.items} == {NOT_MET}
    assert items["iaea_inspectors"].missing == ("only third-party claims", "no formal statement")
    assert items["nuclear_test_moratorium"].missing == (
        "only third-party claims",
        "strength hedged < conditional",
        "no formal statement",
    )
    assert items["missile_moratorium"].missing == (
        "no pledge by PRK on missile_launch_moratorium as of 2011-08-29",
    )
    # the envoy refused an enrichment halt: not met (nothing pledged to contradict), and says so
    assert items["enrichment_freeze"].missing == (
        "enrichment_freeze: refused by the promisor on 2011-07-29",
        "no pledge by PRK on yongbyon_activities as of 2011-08-29",
    )
    # the Bali meeting came before the demand for further meetings
    assert items["inter_korean_meetings"].status == NOT_MET
    assert items["iaea_inspectors"].evidence[0].to_dict() == {
        "doc": "richardson",
        "sentence": "richardson:0",
        "date": "2010-12-20",
        "when": "2010-12-20",
        "text": "Richardson said North Korea will allow IAEA personnel to go to Yongbyon.",
        "role": "third-party claim (reported, firm)",
        "decides": False,
    }


def test_after_leap_day_the_pledge_items_stand_pledged_conditionally(store: Store) -> None:
    build_story(store)
    result = evaluate_checklist(store, ALLIED, "2012-03-01")
    for item_id in (
        "iaea_inspectors",
        "missile_moratorium",
        "nuclear_test_moratorium",
        "enrichment_freeze",
    ):
        item = result.item(item_id)
        assert (item.status, item.strength, item.conditional, item.first_party, item.formality) == (
            PLEDGED,
            "conditional",
            True,
            True,
            "formal",
        ), item_id
        assert item.missing == ("no fulfilling action yet",)
        assert any(e.doc == "kcna-leap-day" and e.date == D("2012-02-29") for e in item.evidence)
    assert result.item("armistice_and_agreements").status == NOT_MET
    assert result.item("inter_korean_meetings").status == MET
    assert [e.doc for e in result.item("inter_korean_meetings").evidence] == ["beijing"]


def test_after_the_launch_the_missile_moratorium_is_contradicted(store: Store) -> None:
    build_story(store)
    got = statuses(store, "2012-04-14")
    assert got["missile_moratorium"] == CONTRADICTED
    assert got["nuclear_test_moratorium"] == PLEDGED
    assert got["iaea_inspectors"] == PLEDGED
    result = evaluate_checklist(store, ALLIED, "2012-04-14")
    missile = result.item("missile_moratorium")
    assert missile.missing == (
        "contradicted on 2012-04-13: North Korea launched an Unha-3 rocket from Sohae on Friday.",
    )
    assert (
        missile.evidence[-1].doc == "launch" and missile.evidence[-1].role == "contradicting action"
    )


def test_the_breach_named_is_the_one_on_the_day_it_broke(store: Store) -> None:
    """A later launch of the same kind must not stand in for the April launch in the text."""
    build_story(store)
    add_document(
        store,
        "december-launch",
        "2012-12-12",
        [
            (
                "North Korea launched a second Unha-3 rocket in December.",
                [E("150", "PRKGOV", None, action_text="launched")],
            )
        ],
    )
    missile = evaluate_checklist(store, ALLIED, "2013-01-01").item("missile_moratorium")
    assert missile.missing == (
        "contradicted on 2012-04-13: North Korea launched an Unha-3 rocket from Sohae on Friday.",
    )


def test_the_breach_is_quoted_in_its_whole_sentence(store: Store) -> None:
    """'contradicted on ...: DPRK launched' says little; the sentence it was read from says it."""
    from sqlalchemy import update

    ids = build_story(store)
    with store.transaction() as connection:
        connection.execute(
            update(schema.events)
            .where(schema.events.c.id == ids["launch"])
            .values(evidence="North Korea launched an Unha-3 rocket")
        )
    missile = evaluate_checklist(store, ALLIED, "2012-04-14").item("missile_moratorium")
    assert missile.missing == (
        "contradicted on 2012-04-13: North Korea launched an Unha-3 rocket from Sohae on Friday.",
    )


def test_after_no_longer_bound_every_pledge_item_is_contradicted(store: Store) -> None:
    build_story(store)
    got = statuses(store, "2012-04-18")
    for item_id in (
        "iaea_inspectors",
        "missile_moratorium",
        "nuclear_test_moratorium",
        "enrichment_freeze",
    ):
        assert got[item_id] == CONTRADICTED
    result = evaluate_checklist(store, ALLIED, "2012-04-18")
    assert result.item("iaea_inspectors").missing == ("retracted on 2012-04-17",)


def test_demands_by_others_come_as_context(store: Store) -> None:
    build_story(store)
    item = evaluate_checklist(store, ALLIED, "2012-03-01").item("iaea_inspectors")
    assert [e.doc for e in item.context] == ["state-leap-day"]
    assert item.context[0].role == "demand by USAGOV"
    assert "context" not in item.to_dict()


def test_a_demand_naming_several_topics_is_context_for_each(store: Store) -> None:
    demand = C("iaea_inspections", kind="demand", promisor="USAGOV", promisee="PRK").build()
    demand.speaker = "USAGOV"
    demand.other_topics = [{"topic": "missile_launch_moratorium", "topic_text": "launches"}]
    add_document(
        store,
        "four-steps",
        "2011-07-27",
        [
            (
                "Washington said the North must let inspectors back and stop missile launches.",
                [E("102", "USAGOV", "PRK", commitment=demand)],
            )
        ],
    )
    result = evaluate_checklist(store, ALLIED, "2011-08-29")
    for item_id in ("iaea_inspectors", "missile_moratorium"):
        context = result.item(item_id).context
        assert [e.doc for e in context] == ["four-steps"], item_id
        assert context[0].role == "demand by USAGOV"


def test_met_when_the_pledge_is_kept_by_an_action(store: Store, tmp_path: Path) -> None:
    build_story(store)
    add_document(
        store,
        "inspectors-arrive",
        "2012-03-20",
        [
            (
                "IAEA inspectors arrived at Yongbyon on Tuesday.",
                [E("042", "IGOUNOIAE", "PRKGOV", action_text="arrived")],
            )
        ],
    )
    assert statuses(store, "2012-03-21")["iaea_inspectors"] == MET
    assert statuses(store, "2012-03-19")["iaea_inspectors"] == PLEDGED


def write(tmp_path: Path, text: str, name: str = "list.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


ONE_ITEM = """
title: Test
items:
  - id: moratorium
    label: A test moratorium
    promisor: PRKGOV
    topic: nuclear_test_moratorium
    requires_pledge: {min_strength: %s, first_party: %s, min_formality: %s}
    requires_action: %s
"""


@pytest.mark.parametrize(
    ("requirement", "day", "status", "missing"),
    [
        (("hedged", "false", "anonymous", "false"), "2011-08-29", MET, ()),
        (
            ("firm", "false", "anonymous", "false"),
            "2011-08-29",
            NOT_MET,
            ("strength hedged < firm",),
        ),
        (
            ("hedged", "false", "formal", "false"),
            "2011-08-29",
            NOT_MET,
            ("no formal statement (highest: official)",),
        ),
        (
            ("hedged", "true", "anonymous", "false"),
            "2011-08-29",
            NOT_MET,
            ("only third-party claims",),
        ),
        (("conditional", "true", "formal", "false"), "2012-03-01", MET, ()),
        (
            ("firm", "true", "formal", "false"),
            "2012-03-01",
            NOT_MET,
            ("strength conditional < firm",),
        ),
        (
            ("conditional", "true", "formal", "true"),
            "2012-03-01",
            PLEDGED,
            ("no fulfilling action yet",),
        ),
        (
            ("conditional", "true", "formal", "true"),
            "2011-01-01",
            NOT_MET,
            ("no pledge by PRK on nuclear_test_moratorium as of 2011-01-01",),
        ),
    ],
)
def test_requirements(
    store: Store,
    tmp_path: Path,
    requirement: tuple[str, ...],
    day: str,
    status: str,
    missing: tuple[str, ...],
) -> None:
    build_story(store)
    path = write(tmp_path, ONE_ITEM % requirement)
    item = evaluate_checklist(store, path, day).items[0]
    assert (item.status, item.missing) == (status, missing)


def test_any_of_topics_breach_of_either_contradicts(store: Store, tmp_path: Path) -> None:
    build_story(store)
    add_document(
        store,
        "armistice-pledge",
        "2012-02-29",
        [
            (
                "The DPRK will abide by the Armistice Agreement.",
                [commitment_event(C("armistice_compliance", first_party=True, formality="formal"))],
            ),
            (
                "The DPRK will respect its agreements with the South.",
                [
                    commitment_event(
                        C(
                            "inter_korean_agreements",
                            promisee="KORGOV",
                            first_party=True,
                            formality="formal",
                        )
                    )
                ],
            ),
        ],
    )
    add_document(
        store,
        "shelling",
        "2012-06-01",
        [
            (
                "North Korean artillery shelled Yeonpyeong Island.",
                [E("194", "PRKMIL", "KORMIL", action_text="shelled")],
            )
        ],
    )
    before = evaluate_checklist(store, ALLIED, "2012-03-01").item("armistice_and_agreements")
    assert (before.status, before.topic) == (PLEDGED, "armistice_compliance")
    after = evaluate_checklist(store, ALLIED, "2012-06-02").item("armistice_and_agreements")
    # the no-longer-bound retraction hits both pledges first; the shelling comes after it
    assert after.status == CONTRADICTED
    assert after.missing == ("retracted on 2012-04-17",)


def test_a_broken_third_party_claim_is_not_a_broken_pledge(store: Store) -> None:
    build_story(store)
    add_document(
        store,
        "hotline-claim",
        "2010-12-21",
        [
            (
                "Richardson said his hosts would respect their agreements with the South.",
                [
                    commitment_event(
                        C("inter_korean_agreements", strength="hedged", promisee="KORGOV")
                    )
                ],
            )
        ],
    )
    item = evaluate_checklist(store, ALLIED, "2011-08-29").item("armistice_and_agreements")
    assert item.status == NOT_MET
    assert item.missing == (
        "no pledge by PRK on armistice_compliance as of 2011-08-29",
        "inter_korean_agreements: only third-party claims",
        "inter_korean_agreements: contradicted on 2011-08-22: North Korea seized South Korean"
        " assets at Mount Kumgang. (a claim the promisor never made itself)",
    )
    # the ledger itself does record the claim as contradicted
    from pledgewatch.ledger import ledger_frame

    frame = ledger_frame(store, as_of=D("2011-08-29")).set_index("id")
    assert frame.loc["PRK:inter_korean_agreements"].status == CONTRADICTED


def test_action_only_item_is_contradicted_by_a_breakdown(store: Store, tmp_path: Path) -> None:
    build_story(store)
    add_document(
        store,
        "walkout",
        "2011-10-05",
        [
            (
                "North Korea broke off the talks with the South.",
                [E("164", "PRKGOV", "KORGOV", action_text="broke off")],
            )
        ],
    )
    got = evaluate_checklist(store, ALLIED, "2011-10-10").item("inter_korean_meetings")
    assert got.status == CONTRADICTED
    assert got.missing == (
        "contradicted on 2011-10-05: North Korea broke off the talks with the South.",
    )


def test_evaluations_are_stored_once_per_date(store: Store) -> None:
    build_story(store)
    evaluate_checklist(store, ALLIED, "2012-04-14")
    evaluate_checklist(store, ALLIED, "2012-04-14")
    evaluate_checklist(store, ALLIED, "2012-03-01", save=True)
    evaluate_checklist(store, ALLIED, "2011-01-01", save=False)
    with store.reading() as connection:
        count = connection.execute(
            select(func.count()).select_from(schema.checklist_evaluations)
        ).scalar_one()
    assert count == 12
    frame = evaluations_frame(store, ALLIED)
    row = frame[(frame.item_id == "missile_moratorium") & (frame.as_of == D("2012-04-14"))].iloc[0]
    assert row.status == CONTRADICTED
    assert row.evidence[-1]["doc"] == "launch"
    assert row.missing[0].startswith("contradicted on 2012-04-13")


def test_result_json_shape(store: Store) -> None:
    build_story(store)
    data = evaluate_checklist(store, ALLIED, "2012-04-14").to_dict()
    assert set(data) == {"as_of", "checklist", "items"}
    assert data["as_of"] == "2012-04-14" and data["checklist"] == ALLIED
    for item in data["items"]:
        assert set(item) == {"id", "label", "status", "strength", "missing", "evidence"}
        for evidence in item["evidence"]:
            assert set(evidence) == {"doc", "sentence", "date", "when", "text", "role", "decides"}


ITEM = "title: T\nitems:\n  - {id: a, label: L, promisor: PRK, topic: t, %s}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: T\nitems: [\n", "not valid YAML"),
        ("- a list\n", "a checklist is a mapping"),
        ("title: T\nitems: []\n", "items: List should have at least 1 item"),
        (
            ITEM % "requires_pledge: {min_strength: strong}",
            "items[0] (id 'a').requires_pledge.min_strength: "
            "Input should be 'hedged', 'conditional' or 'firm'",
        ),
        (
            "title: T\nitems:\n  - {id: a, label: L, promisor: PRK, topic: t, colour: red}\n",
            "items[0] (id 'a').colour: Extra inputs are not permitted",
        ),
        (
            "title: T\nitems:\n  - {id: a, label: L, topic: t}\n",
            "items[0] (id 'a').promisor: Field required",
        ),
        (
            "title: T\nitems:\n  - {id: a, label: L, promisor: PRK, topic: t}\n"
            "  - {id: a, label: M, promisor: PRK, topic: u}\n",
            "item id 'a' appears twice",
        ),
        (
            ITEM % "requires_pledge: null",
            "nothing to check",
        ),
        (
            "title: T\nitems:\n  - {id: a, label: L, promisor: PRK, topic: t, since: yesterday}\n",
            "items[0] (id 'a').since",
        ),
    ],
)
def test_bad_checklist_is_a_config_error_naming_file_and_field(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, text, "bad.yaml")
    with pytest.raises(ConfigError) as caught:
        load_checklist(path)
    assert str(path) in str(caught.value)
    assert message in str(caught.value)


def test_unknown_checklist_name_lists_the_shipped_ones() -> None:
    with pytest.raises(ConfigError, match=f"shipped: .*{ALLIED}"):
        load_checklist("no-such-checklist")


def test_bad_as_of_is_a_config_error(store: Store) -> None:
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        evaluate_checklist(store, ALLIED, "29 Feb 2012")


def test_name_defaults_to_the_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, ONE_ITEM % ("hedged", "false", "anonymous", "false"), "my-list.yaml")
    assert load_checklist(path).name == "my-list"


SANCTIONS_ITEM = """
title: Sanctions
items:
  - id: sanctions
    label: Washington keeps up the pressure
    promisor: USAGOV
    topic: sanctions
%s"""


@pytest.mark.parametrize(
    ("object_line", "status", "pledge", "missing"),
    [
        ("    object: prk\n", MET, "USA:sanctions@PRK", ()),
        ("    object: MMR\n", MET, "USA:sanctions@MMR", ()),
        (
            "",
            NOT_MET,
            None,
            (
                "no pledge by USA on sanctions as of 2012-06-30 (kept per country: "
                "USA:sanctions@MMR, USA:sanctions@PRK; name one with `object:`)",
            ),
        ),
    ],
)
def test_an_item_on_a_topic_kept_per_country_names_its_object(
    store: Store,
    tmp_path: Path,
    object_line: str,
    status: str,
    pledge: str | None,
    missing: tuple[str, ...],
) -> None:
    two_sanctions_pledges(store)
    path = write(tmp_path, SANCTIONS_ITEM % object_line)
    item = evaluate_checklist(store, path, "2012-06-30", save=False).item("sanctions")
    assert (item.status, item.pledge_id, item.missing) == (status, pledge, missing)


def test_an_object_that_is_no_country_code_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, SANCTIONS_ITEM % "    object: North Korea\n")
    with pytest.raises(ConfigError, match=r"sanctions.*object"):
        load_checklist(path)


ACTION_ONLY_SANCTIONS = """
title: Sanctions acts
items:
  - id: sanctions
    label: Washington eases sanctions
    promisor: USAGOV
    topic: sanctions
    requires_pledge: null
    requires_action: true
%s"""


@pytest.mark.parametrize(
    ("object_line", "as_of", "status"),
    [
        # the reviewer's case: an action-only item about one country ignores acts on another
        # (the easing on Myanmar of 2012-07-01 is no act on the North)
        ("    object: PRK\n", "2012-07-15", NOT_MET),
        ("    object: MMR\n", "2012-07-15", MET),
        # the new penalties on the North contradict the item on the North, not Myanmar's
        ("    object: PRK\n", "2012-12-31", CONTRADICTED),
        ("    object: MMR\n", "2012-12-31", MET),
        # no object: any act counts, the latest decides
        ("", "2012-12-31", CONTRADICTED),
    ],
)
def test_an_action_only_item_about_one_country_counts_only_acts_on_it(
    store: Store, tmp_path: Path, object_line: str, as_of: str, status: str
) -> None:
    two_sanctions_pledges(store)
    path = write(tmp_path, ACTION_ONLY_SANCTIONS % object_line)
    item = evaluate_checklist(store, path, as_of, save=False).item("sanctions")
    assert item.status == status


TALKS_ITEM = """
title: Talks
items:
  - id: talks
    label: Talks with Washington
    promisor: PRK
    topic: %s
    object: USA
"""


@pytest.mark.parametrize("topic", ["talks", "missile_launch_moratorium"])
def test_an_object_on_a_topic_not_kept_per_country_is_a_config_error(
    store: Store, tmp_path: Path, topic: str
) -> None:
    """The ledger keeps no ``PRK:talks@USA``: the item would be "not met" with no hint."""
    path = write(tmp_path, TALKS_ITEM % topic)
    with pytest.raises(ConfigError, match=rf"talks.*{topic}.*not kept per country.*object"):
        evaluate_checklist(store, path, "2012-12-31", save=False)
