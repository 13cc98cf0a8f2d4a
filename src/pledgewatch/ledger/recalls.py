"""Recalled acts: a link that a later report's look back gives, not a new act.

A report often recalls an act of weeks or months before as background: "the North, which
launched a rocket in April, ..." in a December story, or a year-end review's "The North then
tested a nuclear device, declared the armistice void and restarted Yongbyon". Where the ledger
can tell which earlier link the telling is, it folds it into that link
(:mod:`~pledgewatch.ledger.acts`: retold within the window, a seldom act recalled, one act of
its kind in a period). Where it cannot (two launches in April; an act the review names beside
one it recalls; a look back past the window), the telling stays its own link, dated as its
words or its report date it, and a reader counting the pledge's acts would count it as a new
one. Such a link is kept as evidence but marked :attr:`ActionLink.recalled`, shown as
"recalled, by <day>" (its report's day), when the pledge already has, from an earlier report,
a link of the same relation, kind of act and parties that it may be recalling, and:

* it is known only to a week, month or year that ended before its report, and that earlier
  link is dated inside it ("launched a rocket in April", told in December); or
* it is dated only by its report (:attr:`ActionLink.may_retell`), in its report's body, is of a
  seldom kind (a nuclear test, a long-range launch: ``long_reach_acts`` of
  ``data/ledger/retellings.yaml``) and names the same act as that earlier link, dated before it
  (a shared head word, :attr:`ActionLink.heads`), past the reach within which it is folded: a
  new act told in a report's body takes its lead's date, not the report's. Talks and drills
  come too often, and their words ("spoke", "began") are too common, to be read so; or
* it is dated only by its report and its sentence is one the ledger folded, in this pledge or
  another, into the link of an act of an earlier day: a sentence that looks back at one act
  looks back at those it tells with it ("... tested a nuclear device ... and restarted
  Yongbyon", where the test is February's).

An analyst's link is never marked: their word says what it is. The status is not changed by
the mark; it is what a reader, or a view, reads to tell a look back from the news.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from pledgewatch.ledger.acts import rule_of, same_kind_and_parties
from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.records import AUTO, ActionLink, Pledge
from pledgewatch.ledger.retellings import in_report_body, long_reach


def _told_on(link: ActionLink) -> dt.date | None:
    """The day a link's report told it (its date when the report's is not known)."""
    return link.reported or link.date


def _told_before(earlier: ActionLink, later: ActionLink) -> bool:
    """``earlier`` comes from another report, published before ``later``'s."""
    first, then = _told_on(earlier), _told_on(later)
    if earlier.doc_id == later.doc_id or first is None or then is None:
        return False
    return first < then


def _period_told_after(link: ActionLink, earlier: ActionLink) -> bool:
    """``link`` is known only to a period that ended before its report, holding ``earlier``'s
    day."""
    if link.date is None or earlier.date is None or link.date_precision == "day":
        return False
    last = period_end(link.date, link.date_precision)
    reported = link.reported
    return reported is not None and last < reported and link.date <= earlier.date <= last


def _same_act_looked_back(link: ActionLink, earlier: ActionLink, seldom: frozenset[str]) -> bool:
    """``link``, dated only by its report, told in its body and of a seldom kind, names the act
    ``earlier`` (dated before it) names."""
    if not link.may_retell or not in_report_body(link.sentence_id):
        return False
    if (rule_of(link) or "").rpartition(".")[2] not in seldom:
        return False
    if link.date is None or earlier.date is None or not earlier.date < link.date:
        return False
    return bool(set(link.heads) & set(earlier.heads))


def folded_sentences(pledges: Iterable[Pledge]) -> dict[str, dt.date]:
    """The sentences folded into the pledges' links as tellings of their acts by other
    reports (:attr:`ActionLink.also_reported`), each with the earliest day of an act it was
    folded into: a sentence dated by its report after that day looks back at it (one told the
    same day, a wire story beside the agency's, does not)."""
    found: dict[str, dt.date] = {}
    for pledge in pledges:
        for lk in pledge.links:
            if lk.date is None:
                continue
            for _e, _d, sentence, _t in lk.also_reported:
                if sentence and (sentence not in found or lk.date < found[sentence]):
                    found[sentence] = lk.date
    return found


def _looks_back(
    link: ActionLink,
    links: Sequence[ActionLink],
    folded: dict[str, dt.date],
    seldom: frozenset[str],
) -> bool:
    """Whether an automatic ``link`` looks back at an act ``links`` already has (see the
    module)."""
    alike = [
        k
        for k in links
        if k is not link
        and k.relation == link.relation
        and _told_before(k, link)
        and same_kind_and_parties(k, link)
    ]
    if not alike:
        return False
    act_day = folded.get(link.sentence_id or "")
    if link.may_retell and act_day is not None and link.date is not None and act_day < link.date:
        return True
    return any(_period_told_after(link, k) or _same_act_looked_back(link, k, seldom) for k in alike)


def mark_recalled(pledges: Sequence[Pledge]) -> list[Pledge]:
    """The pledges, each automatic link that looks back at an act its pledge already has marked
    :attr:`ActionLink.recalled` (see the module); read across all pledges, since a sentence
    folded into one pledge's act tells the others' acts too."""
    folded = folded_sentences(pledges)
    seldom = long_reach()[1]
    marked: list[Pledge] = []
    for pledge in pledges:
        links = [
            dataclasses.replace(lk, recalled=True)
            if lk.origin == AUTO and _looks_back(lk, pledge.links, folded, seldom)
            else lk
            for lk in pledge.links
        ]
        marked.append(dataclasses.replace(pledge, links=tuple(links)))
    return marked
