"""A pledge's status written as one line of history (:func:`describe`, the ``summary`` of
``pledgewatch ledger --json`` and of the pledge page): who first claimed it, when the promisor
said it, what kept, broke, retracted or lapsed it.

It reads only the finished :class:`~pledgewatch.ledger.records.PledgeStatus`;
:mod:`~pledgewatch.ledger.status` computes the status and re-exports :func:`describe`.
"""

from __future__ import annotations

import re

from pledgewatch.ledger.records import (
    AFTER_BREACH,
    AFTER_KEPT,
    AFTER_LAPSE,
    AFTER_RETRACTION,
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    LAPSED,
    REFUSED,
    RETRACTED,
    ActionLink,
    Episode,
    Mention,
    PledgeStatus,
)

#: The actor part of an attribution level, "RUSGOV (a spokesman) said" -> "RUSGOV (a spokesman)".
_LEVEL_ACTOR = re.compile(r"^\S+ \([^)]*\)")


def _who(mention: Mention) -> str:
    """Who voiced a third-party mention: the speaker, the outermost reporter, or the report
    (named by its publisher when known: "a report by Reuters").

    The last level of an attribution chain is the promise's own clause ("PRK (North Korea)
    will allow"), so a chain of one level names no one but the news report itself.
    """
    if mention.in_headline:
        return f"a headline, {mention.formality}"
    speaker = mention.speaker
    if speaker is None and len(mention.attribution) > 1:
        outer = mention.attribution[0]
        found = _LEVEL_ACTOR.match(outer)
        speaker = found.group(0) if found else _without_verb(outer, mention.reporting_verb)
    reporter = f"a report by {mention.publisher}" if mention.publisher else "the report itself"
    return f"{speaker or reporter}, {mention.formality}"


def _without_verb(level: str, verb: str | None) -> str:
    """An uncoded reporter's level without its verb: "Several headlines said" -> "Several
    headlines" (the summary adds how the claim was made itself)."""
    if verb and level.lower().endswith(" " + verb.lower()):
        return level[: -len(verb) - 1]
    return level


def _contrary_after(status: PledgeStatus) -> ActionLink | None:
    """The first contradicting act after a fulfilled pledge's fulfilment that did not make it
    contradicted (a one-off pledge: :func:`~pledgewatch.ledger.status._replay`)."""
    if status.fulfilled_on is None or status.contradicted_on is not None:
        return None
    return next(
        (
            lk
            for lk in status.links
            if lk.relation == CONTRADICTS and lk.date is not None and lk.date > status.fulfilled_on
        ),
        None,
    )


def _wording(mention: Mention) -> str:
    strength = mention.effective_strength
    if mention.conditional and strength != "conditional":
        return f"{strength}, with conditions"
    return strength


def _episode_end(status: PledgeStatus, earlier: Episode) -> str:
    """How an earlier episode ended and the next opened, each episode told alike: "retracted on
    2013-01-23; pledged again by the promisor itself on 2013-05-24" (a pledge broken, taken
    back, lapsed or kept once, then made again)."""
    own = any(
        m.first_party and not m.retraction and m.date == earlier.until for m in status.mentions
    )
    again = "pledged again by the promisor itself" if own else "claimed again by a third party"
    again = f"{again} on {earlier.until}"
    if earlier.reopened_by == AFTER_BREACH:
        ended = f"contradicted on {earlier.contradicted_on_shown}"
    elif earlier.reopened_by == AFTER_RETRACTION:
        ended = f"retracted on {earlier.retracted_on}"
        if earlier.contradicted_on:  # broken before it was taken back
            ended = f"contradicted on {earlier.contradicted_on_shown}, {ended}"
    elif earlier.reopened_by == AFTER_LAPSE:
        ended = "lapsed"
    elif earlier.reopened_by == AFTER_KEPT:
        ended = f"fulfilled on {earlier.fulfilled_on_shown}"
    else:  # first stated by the promisor after others' claims: told as its first words; the
        # acts on those claims are told here, or a claim kept in that episode goes untold
        return _kept_or_broken(earlier)
    return f"{ended}; {again}"


def _kept_or_broken(episode: Episode) -> str:
    """What the acts of an episode of others' claims did, the latest deciding, told as the
    claim's, not the pledge's: "others' claim fulfilled on 2011-05"; nothing when no act came."""
    if episode.status == CONTRADICTED and episode.contradicted_on:
        return f"others' claim contradicted on {episode.contradicted_on_shown}"
    if episode.status == FULFILLED and episode.fulfilled_on:
        return f"others' claim fulfilled on {episode.fulfilled_on_shown}"
    return ""


def describe(status: PledgeStatus) -> str:
    """One line of history: who first claimed it, when the promisor said it, what happened.

    E.g. "first claimed by a third party (USAELI, reported) on 2010-12-20; first stated by the
    promisor itself on 2012-02-29 (formal, conditional); retracted on 2012-04-17".
    """
    positive = [m for m in status.mentions if not m.retraction]
    parts: list[str] = []
    opened = positive[0].date if positive else None
    earlier_refusals = [
        m for m in status.mentions if m.retraction and (opened is None or m.date < opened)
    ]
    if earlier_refusals:
        parts.append(f"refused on {earlier_refusals[0].when}")
    own = next((m for m in positive if m.first_party), None)
    if positive:
        # on the first day, prefer a body sentence to a headline as "who first claimed it"
        first = min(positive, key=lambda m: (m.date, m.in_headline))
        # a third party's account of the same day as the promisor's own words did not come first
        if not first.first_party and (own is None or own.date > first.date):
            parts.append(f"first claimed by a third party ({_who(first)}) on {first.when}")
    # each earlier episode's end, told in date order with the promisor's first own words
    ends = [(earlier.until, _episode_end(status, earlier)) for earlier in status.episodes[:-1]]
    if positive and own is None:
        parts.append("never stated by the promisor itself")
    elif own is not None:
        how = f"{own.formality}, {_wording(own)}"
        parts += [part for until, part in ends if until is not None and until <= own.date]
        parts.append(f"first stated by the promisor itself on {own.when} ({how})")
        ends = [(until, part) for until, part in ends if until is None or until > own.date]
    parts += [part for _until, part in ends]
    if status.fulfilled_on:
        late = status.deadline is not None and status.fulfilled_on > status.deadline
        after = f", after its deadline {status.deadline}" if late else ""
        parts.append(f"fulfilled on {status.fulfilled_on_shown}{after}")
        contrary = _contrary_after(status)
        if contrary is not None and status.status == FULFILLED:
            parts.append(f"a contrary act on {contrary.when} does not undo it (a one-off pledge)")
    if status.contradicted_on:
        parts.append(f"contradicted on {status.contradicted_on_shown}")
    if status.retracted_on and positive:
        parts.append(f"retracted on {status.retracted_on}")
    closed_on = status.retracted_on if status.status == RETRACTED else None
    if status.status == REFUSED and earlier_refusals:
        closed_on = earlier_refusals[0].date
    if closed_on is not None:
        later = [m for m in positive if m.date > closed_on and not m.first_party]
        if later:
            parts.append(f"claimed again by others on {later[0].when}, which does not revive it")
    if status.status == LAPSED and status.deadline:
        own = next((m for m in positive if m.first_party and m.deadline == status.deadline), None)
        named = f" ({own.deadline_text!r}, said on {own.when})" if own else ""
        parts.append(f"lapsed after its deadline {status.deadline}{named} with no act")
    return "; ".join(part for part in parts if part)
