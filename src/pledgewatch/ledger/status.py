"""A pledge's status at any date, read from its mentions and action links up to that date.

The pledge is replayed in date order (on one day: new wording, then the acts that keep it, then
those that break it, then refusals; talks held and broken off on one day end broken):

* a promise or offer opens the pledge, or reopens it after a refusal (a new *episode*); the
  promisor's first own statement after actions were judged against others' claims of it also
  opens a new episode (those actions broke or kept a claim, not its pledge); after
  the promisor's own refusal or retraction only the promisor reopens it: an outsider recalling
  or claiming the pledge then is kept as a mention but does not revive it, unless its report
  tells, as a fact, the promisor concluding an agreement that day, whose term it states
  (:attr:`Mention.in_agreement`: "Iran and six powers reached an interim deal ... Iran will
  stop enriching uranium above 5 percent");
* a refusal or retraction ends the episode (``retracted``; ``refused`` if nothing was ever
  pledged), except another country's accusation of a refusal ("Pyongyang blamed Seoul for
  refusing", :mod:`~pledgewatch.ledger.accusations`) in an episode the promisor stated itself;
* a linked action during an open episode fulfils or contradicts it; the latest one decides,
  except that a *one-off* pledge (``one_off`` in the topic-action map: a detainee released, a
  summit held), once fulfilled, stays fulfilled: a later contrary act is shown among its links,
  not made its status (an act an analyst confirmed or linked is never set aside); the pledge
  stated again after it was kept opens a new episode (a second release promised). An ongoing
  pledge (a moratorium, a freeze) can be broken after it was kept;
* on every topic, the promisor's own pledge dated after a breach that stands (the episode's
  latest act breaks it) opens a new episode, whose status starts again ("postponed the talks",
  then "we propose senior-level talks"); a third party's account does not. The earlier episode
  keeps its breach: :attr:`PledgeStatus.episodes` lists every episode up to the date (the last
  is the current one, from ``since``), and the summary says "contradicted on D; pledged again by
  the promisor itself on D2". A status as of a date replays only what came by then, so an item
  met in 2012 and broken in 2013 reads met in 2012;
* a deadline the promisor itself named ("will hold the exercise later this month": the
  mention's :attr:`~Mention.deadline`, :mod:`~pledgewatch.ledger.deadlines`) that passes with
  no act on the pledge since those words lapses the episode the next day (``lapsed``, the
  words that named it marked as deciding). An act within one more such period keeps it late
  (the summary says "after its deadline"); later acts are shown but change nothing, as after
  a retraction; the promisor's own words after the lapse open a new episode. Others' dates
  (a reporter's "talks next week") set no deadline. A pledge kept or broken within its
  deadline (and grace) is bound to that period: a later act (the next year's drill) is another
  occasion, set aside and not shown among its links, until the promisor's own words speak of
  it again (:func:`_beyond_its_period`);
* an act told, on the day an episode opens, in a sentence that states the pledge that day is
  its backdrop, not its keeping or breach, for every episode as for the first
  (:func:`_told_in_its_wording`); it is left out of the status's links;
* an act known only to its week, month or year stands on the day of the pledge's latest
  wording within that period, after it (:func:`~pledgewatch.ledger.acts.placed_day`): "in
  March" neither comes before a pledge made on 15 March nor breaks the episode that the pledge
  of 15 March replaced. Its own date (the 1st) is kept and shown as "2012-03". It counts only
  once its period has ended (:func:`~pledgewatch.ledger.acts.known_by`): as of a day inside
  March it may not have happened yet.

The status as of a date is then, in this order: ``refused``; ``contradicted`` if a contradicting
action came last before the pledge was retracted (a breach outranks the later retraction),
else ``retracted``; ``lapsed`` when the promisor's deadline passed with no act since its words
(and none came within the grace); ``fulfilled``/``contradicted`` by the latest action;
``claimed by others only`` when the promisor never said it itself in the
episode; otherwise ``pledged``.

Strength as of a date is that of the latest first-party wording in the episode (third-party
wording only counts while there is none), the weakest of that day's wordings, lowered to
``conditional``/``hedged`` when flagged; ``refused`` once retracted or refused, except that a
pledge breached before it was retracted keeps the strength and conditional flag it was broken
with. Formality is the highest first-party formality so far.

The status's one line of history (``summary``) is written by
:mod:`~pledgewatch.ledger.status_summary`; :func:`describe` is re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from pledgewatch.ledger.acts import known_by, placed_day
from pledgewatch.ledger.day_order import LATER, UNTOLD, told_after_acts
from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.records import (
    AFTER_BREACH,
    AFTER_KEPT,
    AFTER_LAPSE,
    AFTER_OTHERS_CLAIMS,
    AFTER_RETRACTION,
    CLAIMED_BY_OTHERS,
    CONFIRMED,
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    LAPSED,
    MANUAL,
    NOT_YET,
    PLEDGED,
    REFUSED,
    RETRACTED,
    ActionLink,
    Episode,
    Mention,
    Pledge,
    PledgeStatus,
    shown_act_date,
)
from pledgewatch.ledger.status_summary import describe as describe
from pledgewatch.model import FORMALITY_ORDER, STRENGTH_ORDER


@dataclass
class _Episode:
    start: dt.date
    mentions: list[Mention] = field(default_factory=list)
    last_link: ActionLink | None = None
    fulfilled_on: dt.date | None = None
    contradicted_on: dt.date | None = None
    retracted_on: dt.date | None = None
    opened_by: str | None = None
    #: the sentences of the wordings of its first day: an act told in one of them that day is
    #: the backdrop of the pledge, not its keeping or breach (:func:`_told_in_its_wording`)
    opening: set[str] = field(default_factory=set)
    #: the reports of the promisor's own statement of the pledge that day: what else they tell
    #: that day announces the pledge (:attr:`Mention.own_statement`, :func:`_told_in_its_wording`)
    announced_in: set[str] = field(default_factory=set)
    #: the promisor's words naming the deadline still due (no act since), and the day after
    #: it passed, if it has (:func:`_lapse`)
    due: Mention | None = None
    lapsed_on: dt.date | None = None
    #: the last day of the period the promisor's deadline set, once an act kept or broke the
    #: pledge within it (the grace included): a later act is another occasion, not this
    #: pledge's (:func:`_beyond_its_period`); the promisor's own words again lift it
    period_end: dt.date | None = None


def _timeline(pledge: Pledge, as_of: dt.date) -> list[tuple[dt.date, int, Mention | ActionLink]]:
    """Mentions and links up to ``as_of``; on one day first where their sentences place them
    (``told``: "Hours later, the North pledged to halt launches" comes after the day's launch,
    :mod:`~pledgewatch.ledger.day_order`), then new wording, the acts that keep the pledge,
    those that break it (in :attr:`ActionLink.order`, also for links stored before that
    order), then refusals; wording its own report tells after one of the day's acts, neither
    placed by its sentence, comes after that act (:func:`~.day_order.told_after_acts`). An
    act known only to its month or year stands on the day of the pledge's latest wording in
    that period, after it (:func:`acts.placed_day`): "in March" does not come before a pledge
    of 15 March, whatever its sentence tells."""
    items: list[tuple[dt.date, int, int, Mention | ActionLink]] = []
    # ranks of a day's items: wording 0, keeping 2, breaking 4, refusals 6; wording its report
    # tells after one of the day's acts ranks just after that act (told_after_acts)
    acts_of_day: dict[dt.date, list[tuple[str, int, int]]] = {}
    for link in pledge.links:
        if link.date is not None and known_by(link, as_of):
            day = placed_day(link, pledge.mentions) or link.date
            told = _told_on(link, day)
            rank = 2 if link.relation == FULFILS else 4
            items.append((day, told, rank, link))
            if day == link.date and link.date_precision == "day":
                acts_of_day.setdefault(day, []).append((link.event_id, told, rank))
    # a pledge first told in the report of an act that keeps it is told as the act's
    # background ("as promised"): its first day's words stay before the day's acts
    first_day = min((m.date for m in pledge.mentions), default=None)
    for mention in pledge.mentions:
        if mention.date <= as_of:
            rank = 6 if mention.retraction else 0
            after = None
            if (
                not mention.retraction
                and mention.date_precision == "day"
                and mention.date != first_day
            ):
                after = told_after_acts(
                    mention.event_id, mention.told, acts_of_day.get(mention.date, ())
                )
            items.append(
                (mention.date, mention.told, rank if after is None else after + 1, mention)
            )
    ordered = sorted(items, key=lambda item: (item[0], item[1], item[2]))
    return [(day, kind, item) for day, _told, kind, item in ordered]


def _told_on(link: ActionLink, day: dt.date) -> int:
    """Where a link stands on ``day`` by its sentence (:attr:`ActionLink.told`): an act dated
    to its day where it says; one known only to its period says nothing about a day, and one
    placed on its period's latest wording comes after that wording."""
    if day != link.date:
        return LATER
    return link.told if link.date_precision == "day" else UNTOLD


def _replay(
    pledge: Pledge,
    as_of: dt.date,
    set_aside: list[ActionLink] | None = None,
    beyond_period: list[ActionLink] | None = None,
) -> tuple[list[_Episode], list[Mention]]:
    """The episodes up to ``as_of`` (the last is the current one) and the refusals before any
    pledge; the links set aside (an episode's backdrop, an act beyond the period of a deadline
    it met) are added to ``set_aside``, those beyond the period also to ``beyond_period``."""
    episodes: list[_Episode] = []
    episode: _Episode | None = None
    refusals: list[Mention] = []
    closed_by_promisor = False  # the promisor's own "no" stands until the promisor speaks again
    for date, _order, item in _timeline(pledge, as_of):
        if episode is not None:
            _lapse(episode, date)
        if isinstance(item, ActionLink):
            if episode is None or episode.retracted_on is not None:
                continue
            if not _within_deadline(episode, date):
                continue  # lapsed: a later act is another matter, shown among the links
            if _beyond_its_period(episode, item, date):
                if set_aside is not None:
                    set_aside.append(item)
                if beyond_period is not None:
                    beyond_period.append(item)
                continue
            if _told_in_its_wording(episode, item, date):
                if set_aside is not None:
                    set_aside.append(item)
                continue
            if _kept_once_and_for_all(pledge, episode, item):
                continue  # a later contrary act is shown, not a breach
            episode.last_link = item
            if episode.due is not None and episode.due.deadline is not None:
                episode.period_end = _period_end(episode.due.deadline, episode.due.deadline_grace)
            episode.due = episode.lapsed_on = None  # kept or broken, if late
            when = item.date or date  # its own date, shown to its precision ("2012-03")
            if item.relation == CONTRADICTS:
                episode.contradicted_on = episode.contradicted_on or when
            else:
                episode.fulfilled_on = episode.fulfilled_on or when
        elif item.retraction:
            if item.accused_by and episode and any(m.first_party for m in episode.mentions):
                continue  # another's charge is no retraction of the promisor's own words
            if _retold_to_its_period(pledge, item):
                continue  # "last month, it said talks were over": the dated statement decides
            if episode is None:
                refusals.append(item)
                closed_by_promisor = closed_by_promisor or item.first_party
            elif episode.retracted_on is None:
                episode.retracted_on = date
                closed_by_promisor = item.first_party
        else:
            closed = episode.retracted_on is not None if episode else bool(refusals)
            if closed and closed_by_promisor and not (item.first_party or item.in_agreement):
                continue  # others' recaps revive nothing; an agreement it concluded does
            reason = _reopens(pledge, episode, item)
            if episode is None or reason is not None:
                episode = _Episode(start=date, opened_by=reason)
                episodes.append(episode)
                closed_by_promisor = False
            episode.mentions.append(item)
            if item.first_party:  # its own words again: no longer bound to the period it met
                episode.period_end = None
            if _names_a_later_deadline(episode, item):
                episode.due = item
            if date == episode.start and item.sentence_id:
                episode.opening.add(item.sentence_id)
            if date == episode.start and item.doc_id and item.own_statement:
                episode.announced_in.add(item.doc_id)
    if episode is not None:
        _lapse(episode, as_of + dt.timedelta(days=1))
    return episodes, refusals


def _names_a_later_deadline(episode: _Episode, mention: Mention) -> bool:
    """The promisor's own words name a deadline still ahead of them, later than the one due
    (a deadline others name, or one already past when said, a recap, sets none)."""
    if not mention.first_party or mention.deadline is None or episode.lapsed_on is not None:
        return False
    if mention.deadline < mention.date:
        return False
    due = episode.due.deadline if episode.due is not None else None
    return due is None or mention.deadline >= due


def _lapse(episode: _Episode, day: dt.date) -> None:
    """The episode lapses the day after the promisor's deadline, when nothing was done on
    the pledge since its words and ``day`` (the next item, or the day after the as-of date)
    comes later."""
    due = episode.due
    if due is None or due.deadline is None or episode.lapsed_on is not None:
        return
    if episode.retracted_on is None and day > due.deadline:
        episode.lapsed_on = due.deadline + dt.timedelta(days=1)


def _within_deadline(episode: _Episode, day: dt.date) -> bool:
    """Whether an act on ``day`` still counts: the episode has not lapsed, or the act comes
    within the grace its deadline allows (one more period: "later this month" -> a month), so
    it keeps the pledge late. A naval exercise promised for "later this month" is not kept by
    the next year's drill."""
    due = episode.due
    if episode.lapsed_on is None or due is None or due.deadline is None:
        return True
    return day <= _period_end(due.deadline, due.deadline_grace)


def _period_end(deadline: dt.date, grace: int) -> dt.date:
    """The last day an act still answers the words that named a deadline: the deadline and
    its grace (one more period)."""
    return deadline + dt.timedelta(days=max(grace, 0))


def _beyond_its_period(episode: _Episode, link: ActionLink, day: dt.date) -> bool:
    """An act after the period of a pledge that was kept or broken within the deadline its
    promisor named, with no own words of the promisor since: the next year's drill neither
    keeps nor breaks "the allies will hold a naval exercise later this month", which the
    month's exercise kept; it is set aside, not shown as the pledge's act. (A lapsed pledge's
    late act is shown: it answers whether the act came at all.) An analyst's confirmed or
    added link is never set aside."""
    end = episode.period_end
    return end is not None and day > end and link.origin not in (CONFIRMED, MANUAL)


#: A day after every act and word a store holds: the replay of a pledge's whole history.
_WHOLE_HISTORY = dt.date(9998, 12, 31)


def acts_beyond_their_period(pledge: Pledge) -> frozenset[str]:
    """The events of the links that came after the period of a deadline the pledge met, with no
    own words of the promisor since (:func:`_beyond_its_period`), over its whole history: the
    next year's drill after "a naval exercise later this month" that the month's exercise kept.
    No status shows them, as of any date (the replay is in date order, so a later as-of date
    cannot bring them back), and an act after the period closed cannot keep or break the
    pledge: the linking does not store them
    (:func:`~pledgewatch.ledger.linking.link_pledges`), so the stored links, the exports, the
    web pages and ``ledger`` agree. An analyst's confirmed or added link is never among them."""
    beyond: list[ActionLink] = []
    _replay(pledge, _WHOLE_HISTORY, beyond_period=beyond)
    return frozenset(link.event_id for link in beyond)


def _told_in_its_wording(episode: _Episode, link: ActionLink, day: dt.date) -> bool:
    """An act told, on the day an episode opens, in a sentence that states the pledge that
    day is its backdrop, neither keeping nor breaking it: "Seoul said it would hold talks with
    the North, which postponed the last round" does not break the talks it reopens. The
    linking sets such acts aside for the pledge's first day
    (:func:`~pledgewatch.ledger.linking.first_statement_sentences`); here every episode's
    opening wording does the same (pledged again after a breach, a retraction, a kept one-off
    pledge). So does an act keeping it told that day in the promisor's own statement of the
    pledge, which announces it (:func:`~pledgewatch.ledger.linking.first_statement_reports`);
    a breach it tells is no announcement. An analyst's confirmed or added link is never set
    aside."""
    told = (link.sentence_id is not None and link.sentence_id in episode.opening) or (
        link.relation == FULFILS
        and {link.doc_id, *(doc for _e, doc, _s, _t in link.also_reported)} <= episode.announced_in
    )
    return day == episode.start and told and link.origin not in (CONFIRMED, MANUAL)


def _reopens(pledge: Pledge, episode: _Episode | None, mention: Mention) -> str | None:
    """Why a (non-retraction) mention opens a new episode after ``episode``, or None."""
    if episode is None:
        return None
    if episode.retracted_on is not None:
        return AFTER_RETRACTION
    if episode.lapsed_on is not None and mention.first_party:
        return AFTER_LAPSE
    if _first_own_word_after_actions(episode, mention):
        return AFTER_OTHERS_CLAIMS
    if _pledged_again_after_kept(pledge, episode, mention):
        return AFTER_KEPT
    if _pledged_again_after_breach(episode, mention):
        return AFTER_BREACH
    return None


def _pledged_again_after_breach(episode: _Episode, mention: Mention) -> bool:
    """The promisor makes a pledge again in its own voice after it stood broken (the latest act
    of the episode a breach): a new pledge, which later acts keep or break ("The North
    unilaterally postponed the talks", then, five days later, "We propose senior-level talks
    with the United States"). The breach stays in the episode it closed. A third party's
    account does not reopen it: others recalling a broken pledge make no new one."""
    last = episode.last_link
    return (
        mention.first_party
        and last is not None
        and last.relation == CONTRADICTS
        and last.date is not None
        and mention.date > last.date
    )


def _kept_once_and_for_all(pledge: Pledge, episode: _Episode, link: ActionLink) -> bool:
    """A contrary act after a one-off pledge was kept (in this episode) leaves it kept, unless
    an analyst confirmed or added the link: their word is never overruled."""
    return (
        pledge.one_off
        and episode.fulfilled_on is not None
        and link.relation == CONTRADICTS
        and link.origin not in (CONFIRMED, MANUAL)
    )


def _pledged_again_after_kept(pledge: Pledge, episode: _Episode, mention: Mention) -> bool:
    """A one-off pledge stated again by its promisor after it was kept is a new pledge (a
    second detainee, a second summit): it opens a new episode that later acts keep or break.
    Others' later accounts do not: a report recalling that the North "had promised to free"
    the man it freed is no new promise, and must not turn a kept pledge into a mere claim."""
    return (
        pledge.one_off
        and mention.first_party
        and episode.fulfilled_on is not None
        and mention.date > episode.fulfilled_on
    )


def _first_own_word_after_actions(episode: _Episode, mention: Mention) -> bool:
    """The promisor states a pledge itself for the first time after actions were judged
    against others' claims of it: those actions broke (or kept) a claim, not its pledge."""
    return (
        mention.first_party
        and episode.last_link is not None
        and not any(m.first_party for m in episode.mentions)
    )


def current_strength(mentions: list[Mention]) -> tuple[str | None, bool]:
    """Strength and conditional flag of the latest wording (first party preferred)."""
    if not mentions:
        return None, False
    first_party = [m for m in mentions if m.first_party]
    pool = first_party or mentions
    latest = max(m.date for m in pool)
    today = [m for m in pool if m.date == latest]
    weakest = min(today, key=lambda m: STRENGTH_ORDER[m.effective_strength])
    return weakest.effective_strength, any(m.conditional for m in today)


def _highest_formality(mentions: list[Mention]) -> str | None:
    if not mentions:
        return None
    return max(mentions, key=lambda m: FORMALITY_ORDER.get(m.formality, 0)).formality


def _decide(episode: _Episode | None, as_of: dt.date) -> str:
    if episode is None:
        return REFUSED
    last = episode.last_link
    if episode.retracted_on is not None:
        return CONTRADICTED if last is not None and last.relation == CONTRADICTS else RETRACTED
    if episode.lapsed_on is not None and episode.lapsed_on <= as_of:
        return LAPSED
    if last is not None:
        return CONTRADICTED if last.relation == CONTRADICTS else FULFILLED
    if not any(m.first_party for m in episode.mentions):
        return CLAIMED_BY_OTHERS
    return PLEDGED


def pledge_status_at(pledge: Pledge, as_of: dt.date | None = None) -> PledgeStatus:
    """What the ledger says about ``pledge`` as of ``as_of`` (default: today).

    A pledge not mentioned by that date gets the status ``not mentioned yet``.
    """
    as_of = as_of or dt.date.today()
    known = tuple(m for m in pledge.mentions if m.date <= as_of)
    counterparts = pledge.counterparts_on(as_of)
    base = PledgeStatus(
        pledge_id=pledge.id,
        promisor=pledge.promisor,
        topic=pledge.topic,
        label=pledge.label,
        as_of=as_of,
        status=NOT_YET,
        counterparts=counterparts,
    )
    if not known:
        return base
    backdrop: list[ActionLink] = []
    episodes, _refusals = _replay(pledge, as_of, backdrop)
    episode = episodes[-1] if episodes else None
    status = _decide(episode, as_of)
    positive = [m for m in known if not m.retraction]
    first_party = [m for m in positive if m.first_party]
    episode_mentions = episode.mentions if episode else []
    strength: str | None
    if status in (REFUSED, RETRACTED):
        strength, conditional = "refused", False
    else:  # standing, or breached before it was retracted: the pledge's last wording
        strength, conditional = current_strength(episode_mentions)
    due = episode.due if episode else None
    result = PledgeStatus(
        pledge_id=pledge.id,
        promisor=pledge.promisor,
        topic=pledge.topic,
        label=pledge.label,
        as_of=as_of,
        status=status,
        strength=strength,
        conditional=conditional,
        first_party=any(m.first_party for m in episode_mentions),
        formality=_highest_formality([m for m in episode_mentions if m.first_party]),
        formality_any=_highest_formality(episode_mentions),
        first_mention=known[0].date,
        first_party_mention=first_party[0].date if first_party else None,
        last_mention=known[-1].date,
        since=episode.start if episode else None,
        fulfilled_on=episode.fulfilled_on if episode else None,
        contradicted_on=episode.contradicted_on if episode else None,
        retracted_on=episode.retracted_on if episode else None,
        deadline=due.deadline if due else _last_deadline(episode_mentions),
        mentions=known,
        links=tuple(
            lk
            for lk in pledge.links
            if lk.date is not None and known_by(lk, as_of) and lk not in backdrop
        ),
        counterparts=counterparts,
    )
    result = replace(result, episodes=_episode_records(episodes, result.links, as_of))
    return replace(result, summary=describe(result))


def _last_deadline(mentions: list[Mention]) -> dt.date | None:
    """The latest deadline the promisor named in the episode (met, or none is due)."""
    days = [m.deadline for m in mentions if m.first_party and m.deadline is not None]
    return max(days) if days else None


def _episode_records(
    episodes: list[_Episode], links: tuple[ActionLink, ...], as_of: dt.date
) -> tuple[Episode, ...]:
    """The episodes as records: each with its status at its end (the next one's opening, or
    ``as_of`` for the last) and why the next opened."""
    records = []
    for index, episode in enumerate(episodes):
        following = episodes[index + 1] if index + 1 < len(episodes) else None
        records.append(
            Episode(
                since=episode.start,
                status=_decide(episode, following.start if following else as_of),
                fulfilled_on=episode.fulfilled_on,
                fulfilled_on_shown=shown_act_date(episode.fulfilled_on, FULFILS, links),
                contradicted_on=episode.contradicted_on,
                contradicted_on_shown=shown_act_date(episode.contradicted_on, CONTRADICTS, links),
                retracted_on=episode.retracted_on,
                until=following.start if following else None,
                reopened_by=following.opened_by if following else None,
            )
        )
    return tuple(records)


def strength_timeline(
    pledge: Pledge, as_of: dt.date | None = None
) -> list[tuple[dt.date, str, bool]]:
    """(date, strength, conditional) at each date the wording changed, up to ``as_of``."""
    changes: list[tuple[dt.date, str, bool]] = []
    for date in sorted({m.date for m in pledge.mentions}):
        if as_of is not None and date > as_of:
            break
        status = pledge_status_at(pledge, date)
        if status.strength is None:
            continue
        if not changes or changes[-1][1:] != (status.strength, status.conditional):
            changes.append((date, status.strength, status.conditional))
    return changes


def _retold_to_its_period(pledge: Pledge, mention: Mention) -> bool:
    """Whether ``mention``, a retraction known only to its week or month ("Last month, it said
    that talks were over"), retells a retraction of the same pledge dated to a day inside that
    period: one statement, whose own day decides (a month-only telling would date it the 1st)."""
    if mention.date_precision not in ("week", "month"):
        return False
    end = period_end(mention.date, mention.date_precision)
    return any(
        other.retraction
        and other.date_precision == "day"
        and mention.date <= other.date <= end
        and not other.accused_by
        for other in pledge.mentions
    )
