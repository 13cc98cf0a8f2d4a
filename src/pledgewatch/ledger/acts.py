"""An act as the ledger counts it: once however often it is told, and no earlier than its date
allows.

What the coder's events do not say by themselves, which the linking and the status
replay both need:

* *One act, one link.* A meeting is often coded both ways from one sentence ("The chief
  negotiators of South and North Korea met" gives KOR->PRK and PRK->KOR): two events, one act.
  Counted as two links, it doubled the evidence and the link counts. :func:`one_link_per_act`
  keeps one link per pledge, sentence, day and relation; an analyst's confirmed or added link
  of the act stands for it (their word is never dropped for an automatic twin).
* *One act told twice in one report.* A headline and its body sentence ("U.S. and North Korea
  hold talks in Beijing" / "The envoys began talks in Beijing on Thursday"), or the lead and a
  later sentence, tell one act: two links of one document are one act when they have the same
  relation and day, the same kind of act (the same rule of the topic-action map, or, for a
  link an analyst added, which names no rule, the same CAMEO family) and the same parties (by
  country; one that names no other party is taken for the one that does). The kept link lists
  the other sentences in :attr:`ActionLink.also_told`, so the analyst still sees both. A
  launch and a test, or meetings with two different countries, told in one report on one day
  stay two acts.
* *One act told by several reports.* A wire story and the state agency's account of one
  launch, or a report and the next day's follow-up on one shelling, give two links of one
  pledge: two links of two reports are one act when both are dated to the day (the act's day,
  not the report's) and have the same day, relation, kind of act and parties
  (:func:`same_act_in_reports`). The analyst's link stands for it, else the earliest report's
  (the evidence first known, :attr:`ActionLink.reported`); the others are listed, with their
  documents, in :attr:`ActionLink.also_reported`.
* *One act told by two of its days.* "Envoys began two days of talks in Geneva on Monday" and
  "Two days of talks ... ended in Geneva on Tuesday" are dated Monday and Tuesday: two links of
  one pledge are one act when one's day falls inside the span of days the other's sentence
  tells (:mod:`~pledgewatch.ledger.spans`) and they have the same relation, kind of act and
  parties (:func:`same_act_over_days`). The analyst's link stands, else the earlier day's; the
  other is listed like another sentence or report of the act.
* *An act known only to its month or year.* "In March" is stored as the 1st of March, which
  read as before a pledge made on 15 March, so the act neither kept nor broke it (or broke the
  pledge's previous episode before the promise was made again). Such an act may have happened
  any day of its period (:func:`~pledgewatch.ledger.evidence.period_end`): it counts for a
  pledge first stated within that period (:func:`may_follow`), and in the replay it stands on
  the day of the latest wording of the pledge within its period, after that wording
  (:func:`placed_day`). Its own date is kept and shown as known ("2012-03"). For an as-of
  date inside its period it does not count yet (:func:`known_by`): it may have come after
  that date (the Cheonan, sunk "in March" 2010, broke nothing as of 5 March).
* *One act told to the day and to its period.* "Talks in Beijing last week" (a week) or "since
  the North shelled the island last November" (a month) tell an act another report dates to
  its day: a link known only to its week, month or year is that act when exactly one link of
  the pledge dated to a day inside its period has the same relation, kind of act and parties
  (:func:`same_act_in_period`); the day's link stands (it says more), listing the other. With
  two such acts in the period the coarse telling may be either and stays its own link.
* *One act retold by a later report.* "U.S.-DPRK bilateral discussions", in a statement six
  days after the talks, or "North Korea broke its pledge when it launched the rocket", four
  days after the launch, have no time words and are dated by their reports: a link dated only
  by its report and not told as another act (:attr:`ActionLink.may_retell`,
  :mod:`~pledgewatch.ledger.retellings`) is the act of the latest earlier link of its pledge
  dated to the day within the retelling window (14 days) with the same relation, kind of act
  and parties (:func:`same_act_retold`). That link stands and lists it, so the retelling never
  moves a status's date. With no such link (the act's own day is not told in the corpus) the
  telling stays its own link, dated by its report.
* *A seldom act recalled months later.* "The North then tested a nuclear device", in a
  year-end analysis, is dated by that analysis: a telling dated only by its report, in its
  report's body, of an act of a seldom kind (a nuclear test, a long-range launch) is the act of
  the latest earlier link of its pledge from another report, dated to the day within a year,
  with the same relation, kind of act and parties, that names the same act (a shared head word:
  "tested" and "conducted ... test", not "restarted Yongbyon") (:func:`same_act_recalled`);
  it is listed there like a retelling. Meetings are not recalled so: talks come too often.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace

from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.records import (
    AUTO,
    UNKNOWN_COUNTRY,
    ActionLink,
    LinkOrder,
    Mention,
    country_key,
)
from pledgewatch.ledger.retellings import in_report_body, long_reach, retelling_window


def may_follow(day: dt.date | None, precision: str | None, pledge_day: dt.date) -> bool:
    """Whether an act dated ``day`` (to ``precision``) may have happened on or after
    ``pledge_day``: an act "in March 2012" may follow a pledge of 15 March 2012."""
    return day is not None and period_end(day, precision) >= pledge_day


def known_by(link: ActionLink, as_of: dt.date) -> bool:
    """Whether an act is known to have happened by ``as_of``: an act known to the day by its
    day; one known only to its week, month or year once that period has ended. "A torpedo sank
    the Cheonan in March" (stored as 2010-03-01) breaks nothing as of 5 March 2010, nor as of
    any day of March, since it may have come after it (it came on the 26th); as of 31 March it
    has, and then it stands where :func:`placed_day` puts it, shown as "2010-03"."""
    return link.date is not None and period_end(link.date, link.date_precision) <= as_of


def placed_day(link: ActionLink, mentions: Iterable[Mention]) -> dt.date | None:
    """The day a link stands on in a pledge's replay: its own date, or, for an act known only
    to its week, month or year, the day of the pledge's latest wording (no retraction) within
    that period, if later; on that day the wording comes first, so the act keeps or breaks what
    was just said rather than what it replaced. The replay places only acts known by its day
    (:func:`known_by`), whose period has ended, so every wording of the period is said by then."""
    if link.date is None:
        return None
    last = period_end(link.date, link.date_precision)
    days = [m.date for m in mentions if not m.retraction and link.date <= m.date <= last]
    return max([link.date, *days])


#: The rule a link's reason names: "rule talks.fulfils.talks_held: CAMEO 046*".
_RULE = re.compile(r"\brule ([\w.-]+)")


def rule_of(link: ActionLink) -> str | None:
    """The kind of act a link's rule finds: its ``act`` (rules finding one kind under other
    conditions share it), else the rule its reason names (a link stored before ``act``)."""
    if link.act:
        return link.act
    found = _RULE.search(link.reason or "")
    return found.group(1) if found else None


def _parties(link: ActionLink) -> frozenset[str]:
    return frozenset(key for key in (country_key(link.source), country_key(link.target)) if key) - {
        UNKNOWN_COUNTRY
    }


def same_act_in_report(first: ActionLink, second: ActionLink) -> bool:
    """Whether two links of one pledge, told in two sentences, tell one act: the same report,
    day and relation, the same kind of act (rule; a link with no rule: the CAMEO family, its
    first two digits) and the same parties by country, a link naming no other party taken for
    one that does ("North Korea launched a rocket" / "... launched a rocket toward Japan")."""
    if not (first.doc_id and first.doc_id == second.doc_id):
        return False
    if not (first.sentence_id and second.sentence_id):
        return False
    return _same_act(first, second)


def same_act_in_reports(first: ActionLink, second: ActionLink) -> bool:
    """Whether two links of one pledge from two reports tell one act: both dated to the day
    (the act's day, which the coder reads in the text, not the report's; an act known only to
    its month may be two acts of that month), the same day and relation, the same kind of act
    and the same parties, as :func:`same_act_in_report` decides within a report. A wire story
    and the state agency's account of one launch, or a report and the next day's follow-up
    telling the same shelling, are one act."""
    if not (first.doc_id and second.doc_id) or first.doc_id == second.doc_id:
        return False
    if first.date_precision != "day" or second.date_precision != "day":
        return False
    return _same_act(first, second)


def _same_act(first: ActionLink, second: ActionLink) -> bool:
    """The same day and relation, the same kind of act and the same parties (one naming no
    other party taken for one that does)."""
    if (first.date, first.relation) != (second.date, second.relation):
        return False
    return same_kind_and_parties(first, second)


def _span_covers(link: ActionLink, day: dt.date) -> bool:
    """Whether ``day`` falls inside the days a link's sentence says its act lasted."""
    if link.date is None or not (link.span_before or link.span_after):
        return False
    first = link.date - dt.timedelta(days=link.span_before)
    return first <= day <= link.date + dt.timedelta(days=link.span_after)


def same_act_over_days(first: ActionLink, second: ActionLink) -> bool:
    """Whether two links of one pledge dated to two days tell one act that lasted days: both
    dated to the day, one's day inside the span the other's sentence tells ("began two days of
    talks" on Monday, "Two days of talks ... ended" on Tuesday: :mod:`~.spans`), with the same
    relation, kind of act and parties, in one report or two."""
    if first.date is None or second.date is None or first.date == second.date:
        return False
    if first.date_precision != "day" or second.date_precision != "day":
        return False
    if first.relation != second.relation:
        return False
    if not (_span_covers(first, second.date) or _span_covers(second, first.date)):
        return False
    return same_kind_and_parties(first, second)


def same_act_in_period(coarse: ActionLink, day: ActionLink) -> bool:
    """Whether ``coarse``, known only to its week, month or year, may tell the act ``day``
    tells, dated to a day inside that period: the same relation, kind of act and parties
    ("talks in Beijing last week" and "began talks in Beijing on Thursday")."""
    if coarse.date is None or day.date is None or coarse.date_precision == "day":
        return False
    if day.date_precision != "day" or coarse.relation != day.relation:
        return False
    if not coarse.date <= day.date <= period_end(coarse.date, coarse.date_precision):
        return False
    return same_kind_and_parties(coarse, day)


def same_act_retold(earlier: ActionLink, later: ActionLink, window: dt.timedelta) -> bool:
    """Whether ``later``, dated only by its report (:attr:`ActionLink.may_retell`), retells the
    act of ``earlier``, dated to a day before it within ``window``: the same relation, kind of
    act and parties ("the recent DPRK-U.S. talks" in a statement four days after the talks)."""
    if not _day_dated_after(earlier, later, window):
        return False
    return earlier.relation == later.relation and same_kind_and_parties(earlier, later)


def _day_dated_after(earlier: ActionLink, later: ActionLink, window: dt.timedelta) -> bool:
    """``later`` may retell (dated only by its report) and, like ``earlier``, is dated to a
    day, after ``earlier`` and within ``window`` of it."""
    if not later.may_retell or later.date is None or earlier.date is None:
        return False
    if earlier.date_precision != "day" or later.date_precision != "day":
        return False
    return earlier.date < later.date <= earlier.date + window


def same_act_recalled(
    earlier: ActionLink, later: ActionLink, reach: dt.timedelta, kinds: frozenset[str]
) -> bool:
    """Whether ``later``, dated only by its report (:attr:`ActionLink.may_retell`) and told in
    its report's body, recalls the act of ``earlier``, from another report and dated to a day
    before it within ``reach``: an act of a seldom kind (its rule among ``kinds``), with the
    same relation, kind and parties, that names the same act (a shared head word,
    :attr:`ActionLink.heads`). A year-end analysis's "The North then tested a nuclear device"
    is February's test; its "restarted Yongbyon" is no test."""
    if not _day_dated_after(earlier, later, reach):
        return False
    if earlier.doc_id == later.doc_id or not in_report_body(later.sentence_id):
        return False
    kind = rule_of(later) or ""  # "nuclear_test_moratorium.contradicts.nuclear_test"
    if kind.rpartition(".")[2] not in kinds or not set(earlier.heads) & set(later.heads):
        return False
    return earlier.relation == later.relation and same_kind_and_parties(earlier, later)


def _one_link_per_retelling(links: list[ActionLink]) -> list[ActionLink]:
    """The links without the automatic tellings dated only by their reports that retell an
    earlier act of the pledge (:func:`same_act_retold`), or recall a seldom one months before
    (:func:`same_act_recalled`): the latest such act's link stands and lists the telling (the
    act nearest it, when two of its kind came within the window). One an analyst confirmed or
    added stays; a retelling of a retelling joins the act's own link."""
    window = retelling_window()
    reach, kinds = long_reach()
    kept: list[ActionLink] = []
    for link in sorted(links, key=lambda lk: lk.order):
        if link.origin == AUTO and link.may_retell:
            acts = [i for i, k in enumerate(kept) if same_act_retold(k, link, window)]
            if not acts:
                acts = [i for i, k in enumerate(kept) if same_act_recalled(k, link, reach, kinds)]
            if acts:
                latest = max(acts, key=lambda i: kept[i].order)
                kept[latest] = _listing(kept[latest], link)
                continue
        kept.append(link)
    return sorted(kept, key=lambda lk: lk.order)


def _one_link_per_period(links: list[ActionLink]) -> list[ActionLink]:
    """The links without the automatic tellings known only to their period that tell the one
    act of their kind dated to a day inside it (:func:`same_act_in_period`): that day's link
    stands and lists them. A coarse telling with two such acts in its period, or none, or one
    an analyst confirmed or added, stays."""
    kept = list(links)
    for coarse in links:
        if coarse.origin != AUTO or coarse.date_precision == "day":
            continue
        matches = [i for i, k in enumerate(kept) if same_act_in_period(coarse, k)]
        if len(matches) == 1:
            kept[matches[0]] = _listing(kept[matches[0]], coarse)
            kept.remove(coarse)
    return sorted(kept, key=lambda lk: lk.order)


def same_kind_and_parties(first: ActionLink, second: ActionLink) -> bool:
    """The same kind of act (rule; with no rule, the CAMEO family) and the same parties (one
    naming no other party taken for one that does)."""
    rules = (rule_of(first), rule_of(second))
    if rules[0] and rules[1]:
        if rules[0] != rules[1]:
            return False
    elif not (first.cameo and second.cameo and first.cameo[:2] == second.cameo[:2]):
        return False
    one, other = _parties(first), _parties(second)
    return bool(one and other) and (one <= other or other <= one)


def _act_key(link: ActionLink) -> tuple[str, dt.date | None, str] | None:
    if not link.sentence_id:
        return None  # a row with no sentence (an import, a hand-written link) is its own act
    return (link.sentence_id, link.date, link.relation)


def one_link_per_act(links: Iterable[ActionLink]) -> list[ActionLink]:
    """The links with one per act: per sentence, day and relation, the first in
    :attr:`ActionLink.order` (lowest event id); when an analyst confirmed or added one of an
    act's links, those stand and its automatic twins go. Links with no sentence are kept.
    Then one per act told in several sentences of one report (:func:`same_act_in_report`),
    the kept link listing the others in :attr:`ActionLink.also_told`; then one per act told by
    several reports (:func:`same_act_in_reports`), listed in :attr:`ActionLink.also_reported`;
    then one per act told by two of its days (:func:`same_act_over_days`), the earlier day's
    link standing and listing the other in the same way; then a telling dated only by its
    report joins the earlier act it retells (:func:`same_act_retold`) or, of a seldom kind,
    recalls (:func:`same_act_recalled`); last, a telling known only to its period joins the
    one act of its kind dated to a day inside it (:func:`same_act_in_period`)."""
    ordered = sorted(links, key=lambda lk: lk.order)
    analysts = {_act_key(lk) for lk in ordered if lk.origin != AUTO} - {None}
    kept: list[ActionLink] = []
    seen: set[tuple[str, dt.date | None, str]] = set()
    for link in ordered:
        key = _act_key(link)
        if key is None or link.origin != AUTO:
            kept.append(link)
            continue
        if key in analysts or key in seen:
            continue
        seen.add(key)
        kept.append(link)
    across = _one_link_across_reports(_one_link_per_report_act(kept))
    return _one_link_per_period(_one_link_per_retelling(_one_link_over_days(across)))


def _one_link_per_report_act(links: list[ActionLink]) -> list[ActionLink]:
    """The links with one per act told in several sentences of one report
    (:func:`same_act_in_report`): an analyst's link stands for its act (the first of them by
    :attr:`ActionLink.order` if several), else the first automatic one; the kept link lists
    the others' sentences in :attr:`ActionLink.also_told`."""
    kept: list[ActionLink] = []
    by_report: dict[tuple[str | None, dt.date | None, str], list[int]] = {}
    for link in sorted(links, key=lambda lk: (lk.origin == AUTO, lk.order)):
        places = by_report.setdefault((link.doc_id, link.date, link.relation), [])
        twin = next((i for i in places if same_act_in_report(kept[i], link)), None)
        if twin is None or (kept[twin].origin != AUTO and link.origin != AUTO):
            places.append(len(kept))
            kept.append(link)
            continue
        stands = kept[twin]
        told = list(stands.also_told)
        for again in ((link.event_id, link.sentence_id, link.text), *link.also_told):
            if again[1] != stands.sentence_id and again[1] not in {t[1] for t in told}:
                told.append(again)
        kept[twin] = replace(stands, also_told=tuple(told))
    return sorted(kept, key=lambda lk: lk.order)


def _first_known(link: ActionLink) -> tuple[bool, dt.date, LinkOrder]:
    """Which of an act's links stands: an analyst's, else the one whose report came first
    (the evidence first known), else the first by :attr:`ActionLink.order`."""
    return (link.origin == AUTO, link.reported or link.date or dt.date.max, link.order)


def _one_link_across_reports(links: list[ActionLink]) -> list[ActionLink]:
    """The links with one per act told by several reports (:func:`same_act_in_reports`): an
    analyst's link stands for its act (two analysts' links both stand), else the earliest
    report's; the kept link lists the others, with their own report's other tellings, in
    :attr:`ActionLink.also_reported` (event, document, sentence, text), so every report is
    still shown."""
    kept: list[ActionLink] = []
    by_day: dict[tuple[dt.date | None, str], list[int]] = {}
    for link in sorted(links, key=_first_known):
        places = by_day.setdefault((link.date, link.relation), [])
        twin = next((i for i in places if same_act_in_reports(kept[i], link)), None)
        if twin is None or (kept[twin].origin != AUTO and link.origin != AUTO):
            places.append(len(kept))
            kept.append(link)
            continue
        stands = kept[twin]
        reported = list(stands.also_reported)
        shown = {stands.sentence_id or stands.event_id}
        shown |= {sentence or event for event, sentence, _text in stands.also_told}
        shown |= {sentence or event for event, _doc, sentence, _text in reported}
        others = [
            (link.event_id, link.doc_id, link.sentence_id, link.text),
            *((event, link.doc_id, sentence, text) for event, sentence, text in link.also_told),
            *link.also_reported,
        ]
        for event, doc, sentence, text in others:
            if (sentence or event) not in shown:
                shown.add(sentence or event)
                reported.append((event, doc, sentence, text))
        kept[twin] = replace(stands, also_reported=tuple(reported))
    return sorted(kept, key=lambda lk: lk.order)


def _earlier_day(link: ActionLink) -> tuple[bool, dt.date, LinkOrder]:
    """Which of an act's days stands: an analyst's link, else the earlier day's."""
    return (link.origin == AUTO, link.date or dt.date.max, link.order)


def _one_link_over_days(links: list[ActionLink]) -> list[ActionLink]:
    """The links with one per act told by two of the days it lasted
    (:func:`same_act_over_days`): an analyst's link stands (two analysts' links both stand),
    else the earlier day's; the other is listed with its own tellings, in
    :attr:`ActionLink.also_told` when its report is the same, else in
    :attr:`ActionLink.also_reported`."""
    kept: list[ActionLink] = []
    for link in sorted(links, key=_earlier_day):
        twin = next((i for i, k in enumerate(kept) if same_act_over_days(k, link)), None)
        if twin is None or (kept[twin].origin != AUTO and link.origin != AUTO):
            kept.append(link)
            continue
        kept[twin] = _listing(kept[twin], link)
    return sorted(kept, key=lambda lk: lk.order)


def _listing(stands: ActionLink, other: ActionLink) -> ActionLink:
    """``stands`` listing ``other`` and every telling ``other`` listed: those of its own report
    in :attr:`ActionLink.also_told`, those of other reports in :attr:`ActionLink.also_reported`
    (each sentence once)."""
    told = list(stands.also_told)
    reported = list(stands.also_reported)
    shown = {stands.sentence_id or stands.event_id}
    shown |= {sentence or event for event, sentence, _text in told}
    shown |= {sentence or event for event, _doc, sentence, _text in reported}
    tellings = [
        (other.event_id, other.doc_id, other.sentence_id, other.text),
        *((event, other.doc_id, sentence, text) for event, sentence, text in other.also_told),
        *other.also_reported,
    ]
    for event, doc, sentence, text in tellings:
        if (sentence or event) in shown:
            continue
        shown.add(sentence or event)
        if doc is not None and doc == stands.doc_id:
            told.append((event, sentence, text))
        else:
            reported.append((event, doc, sentence, text))
    return replace(stands, also_told=tuple(told), also_reported=tuple(reported))
