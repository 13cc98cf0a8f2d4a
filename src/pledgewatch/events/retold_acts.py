"""An act told again later in its document, with no time words, takes the date it was told on.

A story tells an act with its day ("A North Korean torpedo sank the warship in March") and
later tells it again without one ("The investigators said a North Korean submarine fired the
torpedo"); an analysis recalls an act it has dated before ("In February the North tested a
nuclear device. ... After the North tested a nuclear device, ..."). The retelling had no time
words, so it took the report's day, weeks or months after the act. Here, after a document's
events are coded, an event dated by its report's day (:class:`~pledgewatch.model.DateBasis`
``report``), told as done (asserted or reported, a verb in the past:
:func:`~pledgewatch.events.past_tellings.told_as_done`), takes the date of an
earlier telling of the same act in the same document: an event of an earlier sentence with the
same CAMEO code, the same doer by country (no country-less doer), told as done, dated by its
own time words (or by its body twin, for a headline) before the report's day, and the same act
by its words: the same verb with the same object noun (when both have one), or a definite
object naming a thing the earlier sentence named ("fired the torpedo" after "a North Korean
torpedo sank ..."). The retelling must not say it is another act: "again", "another" (word
class ``@repetition``) or a date of its own. When the earlier tellings give different dates
the act is not known, and the retelling keeps the report's day. The date basis is ``twin``: it
names the earlier event and its time words; the "why" says so.
A killing in "the" attack ("Two marines were killed in the barrage", its doer lent by
:class:`~pledgewatch.events.anaphoric_acts.AnaphoricActs`) is dated so too, by the latest act of
force of the same doer told before with a date of its own: they died in it (saying54).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pledgewatch.events.casualty_acts import attack_died_in
from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.dependency_roles import OBJECT_DEPS
from pledgewatch.events.past_tellings import told_as_done
from pledgewatch.events.types import EventFinding
from pledgewatch.model import FACTUAL_MODALITIES, DateBasis, Event, Sentence

#: Roles of events that do not tell an act of the story itself (a temporal or relative clause,
#: "after the North tested a device", does: it is where a retelling is most often found).
NO_TELLING_ROLES = frozenset({"mentioned", "allegation"})
#: Date bases of an earlier telling whose date is the act's own.
DATING_BASES = frozenset({"words", "twin"})
ATTACK_DATING_BASES = DATING_BASES | {"recalled"}
#: Determiners that make an object a thing already named ("the torpedo").
DEFINITE = frozenset({"the", "this", "that", "its", "their"})


def date_retold_acts(
    findings: Sequence[EventFinding],
    sentences: Sequence[Sentence],
    report_date: dt.date | None,
    repetition: frozenset[str],
) -> None:
    """Give each retold act of ``findings`` the date of its earlier telling (in place)."""
    if report_date is None:
        return
    index = {s.id: s.index for s in sentences}
    position = [index.get(f.event.sentence_id or "", -1) for f in findings]
    for n, finding in enumerate(findings):
        if not _retelling(finding, report_date, repetition):
            continue
        earlier = [
            (m, f)
            for m, f in enumerate(findings)
            if 0 <= position[m] < position[n] and _earlier_telling(f, finding, report_date)
        ]
        dates = {(f.event.date, f.event.date_precision) for _, f in earlier}
        if len(dates) != 1:
            continue  # untold, or told on several days: which one is not known
        first, told = earlier[0]
        _take_date(finding.event, told.event, position[first])


def date_casualties_by_attack(
    findings: Sequence[EventFinding],
    sentences: Sequence[Sentence],
    report_date: dt.date | None,
    casualty: tuple[frozenset[str], frozenset[str]],
) -> None:
    """Give a killing in "the" attack ("two marines were killed in the barrage"), dated only by
    its report, the date of the latest act of force its doer was told doing before (in place):
    they died in that act. ``casualty``: the verbs of dying or hurt, and of dying in any voice
    (:func:`~pledgewatch.events.casualty_acts.casualty_words`)."""
    if report_date is None:
        return
    index = {s.id: s.index for s in sentences}
    position = [index.get(f.event.sentence_id or "", -1) for f in findings]
    for n, finding in enumerate(findings):
        event = finding.event
        basis = event.date_basis
        if basis is None or basis.kind != "report" or event.source is None:
            continue
        if (
            event.cameo[:2] not in ARMED_FORCE_ROOTS
            or attack_died_in(finding.trigger, *casualty) is None
        ):
            continue
        earlier = [
            (m, f)
            for m, f in enumerate(findings)
            if 0 <= position[m] < position[n]
            and f.event.cameo[:2] in ARMED_FORCE_ROOTS
            and f.event.source is not None
            and f.event.source[:3] == event.source[:3]
            and f.event.date_basis is not None
            and f.event.date_basis.kind in ATTACK_DATING_BASES
            and f.event.date is not None
            and f.event.date < report_date
        ]
        if earlier:
            first, told = earlier[-1]
            _take_date(event, told.event, position[first])


def _retelling(finding: EventFinding, report_date: dt.date, repetition: frozenset[str]) -> bool:
    """Is the event an act told as done, dated only by its report, and not said to be another
    act ("tested again", "another test", a date of its own)?"""
    event, trigger = finding.event, finding.trigger
    basis = event.date_basis
    if basis is None or basis.kind != "report" or event.date != report_date:
        return False
    if finding.role in NO_TELLING_ROLES or event.modality not in FACTUAL_MODALITIES:
        return False
    if event.cameo.startswith("01") or not told_as_done(trigger):
        return False  # a saying is told again as a new saying
    if any(t.lower_ in repetition for t in trigger.subtree):
        return False
    return not any(e.label_ == "DATE" for e in finding.sent.ents)


def _earlier_telling(earlier: EventFinding, later: EventFinding, report_date: dt.date) -> bool:
    """Does ``earlier`` tell the act of ``later``, with a date of its own before the report?"""
    first, second = earlier.event, later.event
    if earlier.role in NO_TELLING_ROLES or first.modality not in FACTUAL_MODALITIES:
        return False
    if first.cameo != second.cameo or not _same_doer(first, second):
        return False
    basis = first.date_basis
    if basis is None or basis.kind not in DATING_BASES or first.date is None:
        return False
    if first.date >= report_date:
        return False
    return _same_words(earlier, later)


def _same_doer(first: Event, second: Event) -> bool:
    if first.source is None or second.source is None or second.source.startswith("---"):
        return False
    return first.source[:3] == second.source[:3]


def _same_words(earlier: EventFinding, later: EventFinding) -> bool:
    """The same verb and object noun, or a definite object the earlier sentence named."""
    objects = _object_lemmas(later.trigger)
    if earlier.trigger.lemma_.lower() == later.trigger.lemma_.lower():
        before = _object_lemmas(earlier.trigger)
        return not objects or not before or bool(objects & before)
    named = {t.lemma_.lower() for t in earlier.sent if t.pos_ in {"NOUN", "PROPN"}}
    return any(
        obj.lemma_.lower() in named and any(c.lower_ in DEFINITE for c in obj.children)
        for obj in _objects(later.trigger)
    )


def _objects(trigger: Any) -> list[Any]:
    return [c for c in trigger.children if c.dep_ in OBJECT_DEPS]


def _object_lemmas(trigger: Any) -> set[str]:
    return {c.lemma_.lower() for c in _objects(trigger)}


def _take_date(event: Event, earlier: Event, sentence: int) -> None:
    event.date, event.date_precision = earlier.date, earlier.date_precision
    words = earlier.date_basis.text if earlier.date_basis is not None else None
    event.date_basis = DateBasis("twin", words, earlier.id)
    event.why += (
        f"; dated as its earlier telling ('{earlier.evidence}', sentence {sentence}):"
        f" {earlier.date}"
    )
