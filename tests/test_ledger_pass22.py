"""Pass 22 of the ledger: a promisor renouncing an agreement ("no longer bound by the
agreement") renounces what others said it held, not only what it stated itself; and a round
of talks told by its first day ("began two days of talks") and its last ("Two days of talks
... ended") is one act. Every sentence and story is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    FULFILS,
    RETRACTED,
    ActionLink,
    Mention,
    Pledge,
    group_mentions,
    pledge_status_at,
)
from pledgewatch.ledger.acts import one_link_per_act, same_act_over_days
from pledgewatch.ledger.event_rows import candidate_events, link_from_event
from pledgewatch.ledger.grouping import Candidate
from pledgewatch.ledger.records import HELD_BY_AGREEMENT
from pledgewatch.ledger.spans import told_span
from pledgewatch.ledger.topic_actions import load_topic_actions
from pledgewatch.store import Store
from tests.test_ledger_story import E, add_document

D = dt.date.fromisoformat
DEAL = "2031-05-02"  # the day of the (invented) Harbour Accord
RENOUNCED = "2031-06-20"


def said(
    event: str,
    day: str,
    *,
    first_party: bool = False,
    formality: str = "formal",
    doc: str | None = None,
    sentence: str | None = None,
    promisee: str | None = "USAGOV",
    retraction: bool = False,
    text: str = "agreed",
) -> Mention:
    """A mention of a pledge of Ruritania (RUR); ``event`` names its report and sentence."""
    report = doc or event.split(":")[0]
    return Mention(
        event_id=event,
        doc_id=report,
        sentence_id=sentence or ":".join(event.split(":")[:2]),
        date=D(day),
        kind="refusal" if retraction else "promise",
        strength="refused" if retraction else "firm",
        conditional=False,
        hedged=False,
        first_party=first_party,
        formality=formality,
        promisor="RURGOV",
        promisee=promisee,
        text=text,
        retraction=retraction,
    )


def on(topic: str, mention: Mention, *, generic: bool = False) -> Candidate:
    return Candidate("RUR", topic, mention, generic)


def no_longer_bound(
    day: str = RENOUNCED, *, first_party: bool = True, promisee: str | None = None
) -> Candidate:
    mention = said(
        "renounce:3:0",
        day,
        first_party=first_party,
        formality="official",
        promisee=promisee,
        retraction=True,
        text="Ruritania said it was no longer bound by the accord",
    )
    return on("other:bound-accord", mention, generic=True)


def the_accord() -> list[Candidate]:
    """Ruritania's own statement of the accord states a test moratorium; the partner's
    statement of the same day states it with a freeze at the Port Vell reactor in one sentence
    ("Ruritania agreed to a moratorium on nuclear tests and activities at Port Vell"), and a
    second sentence of that report claims an inspection pledge."""
    return [
        on("nuclear_test_moratorium", said("own:1:0", DEAL, first_party=True)),
        on("nuclear_test_moratorium", said("partner:2:0", DEAL)),
        on("yongbyon_activities", said("partner:2:0", DEAL)),
        on("iaea_inspections", said("partner:4:0", DEAL)),
    ]


def pledges(candidates: list[Candidate]) -> dict[str, Pledge]:
    return {p.id: p for p in group_mentions(candidates, load_topic_actions())}


def renounced(pledge: Pledge) -> list[Mention]:
    return [m for m in pledge.mentions if m.event_id == "renounce:3:0"]


# --- 1. an agreement renounced reaches every pledge it held -------------------------------------


def test_the_renouncing_reaches_a_pledge_others_stated_in_the_accords_sentence() -> None:
    found = pledges([*the_accord(), no_longer_bound()])
    reactor = found["RUR:yongbyon_activities"]
    (retraction,) = renounced(reactor)
    assert retraction.via is not None and retraction.via.endswith(HELD_BY_AGREEMENT)
    assert DEAL in retraction.via and "no longer bound" in retraction.via
    assert "agreement" in retraction.role
    assert pledge_status_at(reactor, D("2031-05-30")).status == CLAIMED_BY_OTHERS
    status = pledge_status_at(reactor, D("2031-07-01"))
    assert (status.status, status.retracted_on) == (RETRACTED, D(RENOUNCED))
    assert any(e.sentence == "renounce:3" for e in status.evidence)


def test_the_renouncing_reaches_a_pledge_others_stated_in_a_report_of_the_accords_day() -> None:
    found = pledges([*the_accord(), no_longer_bound()])
    assert renounced(found["RUR:iaea_inspections"])  # another sentence of the partner's report


def test_the_promisors_own_pledge_is_reached_as_before() -> None:
    found = pledges([*the_accord(), no_longer_bound()])
    (retraction,) = renounced(found["RUR:nuclear_test_moratorium"])
    assert retraction.via is not None and not retraction.via.endswith(HELD_BY_AGREEMENT)
    assert "agreement" not in retraction.role


def test_a_claim_of_another_agreement_is_left_untouched() -> None:
    """Claimed a week later in another report that tells none of the accord's terms."""
    other = on("remains_recovery", said("search:1:0", "2031-05-09"))
    found = pledges([*the_accord(), other, no_longer_bound()])
    remains = found["RUR:remains_recovery"]
    assert not renounced(remains)
    assert pledge_status_at(remains, D("2031-07-01")).status == CLAIMED_BY_OTHERS


def test_a_claim_first_made_before_the_accord_and_recalled_in_its_report_is_untouched() -> None:
    """First claimed in the window in another report; the partner's report recalls it."""
    older = on("remains_recovery", said("search:1:0", "2031-04-10"))
    recalled = on("remains_recovery", said("partner:5:0", DEAL))
    found = pledges([*the_accord(), older, recalled, no_longer_bound()])
    assert not renounced(found["RUR:remains_recovery"])


def test_a_claim_towards_another_promisee_than_the_renouncing_names_is_untouched() -> None:
    claims = [
        on("nuclear_test_moratorium", said("own:1:0", DEAL, first_party=True, promisee=None)),
        on("yongbyon_activities", said("own:1:0", DEAL, promisee="JPNGOV")),
    ]
    found = pledges([*claims, no_longer_bound(promisee="KORGOV")])
    assert not renounced(found["RUR:yongbyon_activities"])


def test_with_nothing_stated_by_the_promisor_the_renouncing_reaches_no_claim() -> None:
    claims = [
        on("nuclear_test_moratorium", said("partner:2:0", DEAL)),
        on("yongbyon_activities", said("partner:2:0", DEAL)),
    ]
    found = pledges([*claims, no_longer_bound()])
    assert not renounced(found["RUR:yongbyon_activities"])
    assert "RUR:other:bound-accord" in found  # the retraction stays a pledge of its own


def test_the_accords_day_is_that_of_its_most_formal_statement() -> None:
    """A speech (official) after the accord (formal) states an army pledge; a claim told in a
    report of the speech's day, or with the army pledge in one sentence, is no term of the
    accord."""
    speech = [
        on(
            "armistice_compliance",
            said("speech:1:0", "2031-06-01", first_party=True, formality="official"),
        ),
        on("ceasefire", said("speech:1:0", "2031-06-01")),
        on("summit", said("speech:2:0", "2031-06-01")),
    ]
    found = pledges([*the_accord(), *speech, no_longer_bound()])
    assert renounced(found["RUR:armistice_compliance"])  # stated by the promisor: as before
    assert not renounced(found["RUR:ceasefire"])
    assert not renounced(found["RUR:summit"])
    assert renounced(found["RUR:yongbyon_activities"])


def test_a_claim_after_the_renouncing_does_not_revive_the_pledge() -> None:
    later = on("yongbyon_activities", said("recap:1:0", "2031-08-01"))
    found = pledges([*the_accord(), later, no_longer_bound()])
    assert pledge_status_at(found["RUR:yongbyon_activities"], D("2031-09-01")).status == RETRACTED


def test_a_renouncing_told_by_a_third_party_reaches_the_accord_too() -> None:
    """ "Ruritania says it is no longer bound by the accord" in a headline reaches what its own
    retraction would: the promisor's pledges as before, and those the accord holds."""
    found = pledges([*the_accord(), no_longer_bound(first_party=False)])
    reactor = found["RUR:yongbyon_activities"]
    assert renounced(reactor)
    assert renounced(found["RUR:nuclear_test_moratorium"])
    assert pledge_status_at(reactor, D("2031-07-01")).status == RETRACTED


# --- 2. a span of days told by its first and last day -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Envoys of Ruritania and Borduria began two days of talks in Vienna on Monday.", (0, 1)),
        ("Two days of talks between Ruritania and Borduria ended in Vienna on Tuesday.", (1, 0)),
        ("Three-day talks between the two neighbours opened in Oslo.", (0, 2)),
        ("The envoys began 3 days of high-level talks in Lisbon.", (0, 2)),
        ("The four-day negotiations concluded on Friday.", (3, 0)),
        ("The two sides held three days of talks in the capital.", (0, 0)),
        ("The accord was signed after four days of talks.", (0, 0)),
        ("Talks that began on Monday ended after three days of talks.", (0, 0)),
        # drills are spans since ledger31 (test_ledger31_counted_days); an act not listed is not
        ("The two capitals began four days of mourning on Monday.", (0, 0)),
        ("The envoys began ten days of talks in Lisbon.", (0, 0)),
        ("The envoys began talks in Lisbon on Monday.", (0, 0)),
        # the stop's second review: only a verb near the count tells its day
        (
            "Envoys began two days of talks in Vienna on Monday aimed at an end to the standoff.",
            (0, 1),
        ),
        ("Envoys began two days of talks behind closed doors in Vienna.", (0, 1)),
        ("The two sides will start three days of talks in Oslo on Monday.", (0, 2)),
        (
            "The two sides will start three days of talks on the future of the old reactor"
            " that ended operations in 2007.",
            (0, 0),
        ),
        (None, (0, 0)),
    ],
)
def test_told_span(sentence: str | None, span: tuple[int, int]) -> None:
    assert told_span(sentence) == span


TALKS = "rule talks.fulfils.talks_held: CAMEO 046*"


def talks(
    doc: str,
    day: str,
    *,
    span: tuple[int, int] = (0, 0),
    sentence: int = 1,
    target: str | None = "BDR",
    relation: str = FULFILS,
    origin: str = "auto",
    precision: str = "day",
) -> ActionLink:
    """Ruritania's talks with Borduria, told by sentence ``sentence`` of report ``doc``."""
    return ActionLink(
        "RUR:talks",
        f"{doc}:{sentence}:0",
        relation,
        TALKS,
        origin,
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:{sentence}",
        text=f"{doc} tells the talks",
        cameo="046",
        source="RUR",
        target=target,
        date_precision=precision,
        reported=D(day),
        act="talks.fulfils.talks_held",
        span_before=span[0],
        span_after=span[1],
    )


BEGAN = talks("began", "2031-10-20", span=(0, 1))
ENDED = talks("ended", "2031-10-21", span=(1, 0))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (BEGAN, ENDED, True),
        (talks("headline", "2031-10-20"), ENDED, True),  # the last day's span reaches back
        (BEGAN, talks("next", "2031-10-21"), True),  # the first day's span reaches forward
        (talks("headline", "2031-10-20"), talks("next", "2031-10-21"), False),  # no span told
        (BEGAN, talks("later", "2031-10-22", span=(1, 0)), False),  # outside both spans
        (BEGAN, dataclasses.replace(ENDED, target="KOR"), False),  # other parties
        (BEGAN, dataclasses.replace(ENDED, relation="contradicts"), False),
        (BEGAN, talks("week", "2031-10-21", precision="week"), False),
        (BEGAN, dataclasses.replace(BEGAN, event_id="again"), False),  # one day: not this step
        (BEGAN, dataclasses.replace(ENDED, act="talks.fulfils.other_kind"), False),
    ],
)
def test_same_act_over_days(first: ActionLink, second: ActionLink, same: bool) -> None:
    assert same_act_over_days(first, second) is same
    assert same_act_over_days(second, first) is same


def test_the_first_day_stands_and_lists_the_last_days_report() -> None:
    (kept,) = one_link_per_act([ENDED, BEGAN])
    assert kept.event_id == BEGAN.event_id
    assert kept.also_reported == ((ENDED.event_id, ENDED.doc_id, ENDED.sentence_id, ENDED.text),)
    assert kept.also_told == ()


def test_in_one_report_the_last_day_is_told_again() -> None:
    ended_here = talks("began", "2031-10-21", span=(1, 0), sentence=4)
    (kept,) = one_link_per_act([BEGAN, ended_here])
    assert kept.event_id == BEGAN.event_id
    assert kept.also_told == ((ended_here.event_id, ended_here.sentence_id, ended_here.text),)
    assert kept.also_reported == ()


def test_the_analysts_link_of_the_last_day_stands() -> None:
    confirmed = dataclasses.replace(ENDED, origin="confirmed")
    (kept,) = one_link_per_act([BEGAN, confirmed])
    assert kept.event_id == ENDED.event_id
    assert [t[0] for t in kept.also_reported] == [BEGAN.event_id]


def test_two_analysts_links_of_two_days_both_stand() -> None:
    links = [dataclasses.replace(link, origin="confirmed") for link in (BEGAN, ENDED)]
    assert len(one_link_per_act(links)) == 2


def test_two_rounds_a_week_apart_stay_two_acts() -> None:
    second_round = talks("round2", "2031-10-27", span=(0, 1))
    assert len(one_link_per_act([BEGAN, ENDED, second_round])) == 2


def test_the_span_survives_the_stored_form() -> None:
    again = ActionLink.from_dict(ENDED.to_dict())
    assert (again.span_before, again.span_after) == (1, 0)


def test_the_event_read_from_the_store_carries_its_sentences_span(store: Store) -> None:
    add_document(
        store,
        "vienna",
        "2031-10-21",
        [
            (
                "Two days of talks between Ruritania and Borduria ended in Vienna on Tuesday.",
                [E("046", "RURGOV", "BDRGOV", action_text="talks")],
            )
        ],
    )
    with store.reading() as connection:
        (row,) = candidate_events(connection, "RUR", ["04"])
    link = link_from_event("RUR:talks", row, FULFILS, TALKS, "auto", None)
    assert (link.span_before, link.span_after) == (1, 0)
