"""An act recalled as "N months after" or "before" another is dated from that other act.

"North and South Korea agreed on Wednesday to reopen the complex, four months after the North
pulled out its workers": the withdrawal is told as background, and the sentence dates it --
four months before the agreement -- though the only date expression ("on Wednesday") is the
agreement's. Without this the recalled act took the nearest expression, Wednesday's. Here an
act in an adverbial clause opened by "after" or "before" (a ``mark``) with a counted span of its
own ("four months", "two years", "a week") is dated from the date of the verb the clause
hangs on, moved back ("after") or ahead ("before") by the span, at the span's precision. An
act with a date expression of its own in its clause ("after the North pulled out its workers
in April") keeps that date; "months after" with no count is left to the usual reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgewatch.model import DateRef
from pledgewatch.nlp.dates import TIME_UNITS, shifted_date

__all__ = ["recalled_date", "recalled_span"]

#: The mark of the clause, and which way the recalled act lies from the act it is told against.
_DIRECTIONS = {"after": -1, "before": 1}


def recalled_span(trigger: Any) -> tuple[Any, str, str, int] | None:
    """(the verb the act is told against, the count word, the unit, -1 or +1) for a trigger
    heading an "N units after/before" clause; None otherwise."""
    if trigger.dep_ != "advcl" or trigger.head is trigger:
        return None
    marks = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in _DIRECTIONS]
    if not marks:
        return None
    for span in trigger.children:
        if span.dep_ != "npadvmod" or span.lemma_.lower() not in TIME_UNITS:
            continue
        counts = [c for c in span.children if c.dep_ in ("nummod", "det")]
        if counts:
            return trigger.head, counts[0].text, span.lemma_.lower(), _DIRECTIONS[marks[0].lower_]
    return None


def recalled_date(
    text: str, trigger: Any, date: DateRef, date_at: Callable[[Any], DateRef]
) -> DateRef:
    """The date of the act ``trigger`` names: ``date`` (as read from the sentence), or, for an
    act recalled "N units after/before" another with no date expression in its own clause, the
    other act's date (``date_at`` its verb, read in that verb's own tense) moved by the span."""
    recalled = recalled_span(trigger)
    if recalled is None:
        return date
    tokens = list(trigger.subtree)
    clause = text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    if date.text and date.text in clause:
        return date  # "after the North pulled out its workers in April": its own date
    told, count, unit, sign = recalled
    return shifted_date(date_at(told).date, count, unit, sign) or date
