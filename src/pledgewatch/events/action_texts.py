"""The words an event shows for what was done: its action text and its object text.

``action_text`` keeps the trigger with its particle and its object with the object's modifiers
("seized South Korean assets"), which the ledger reads to tell a short-range launch from a
long-range one; ``object_text`` is the trigger's object or complement as written. Moved out of
:mod:`pledgewatch.events.coder` unchanged (events42), to keep the coder under its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pledgewatch.events.extract import RawEvent

__all__ = ["action_text", "object_text"]


def action_text(raw: RawEvent) -> str:
    """The trigger with its particle and its object with the object's modifiers: "seized South
    Korean assets", "fired three short-range missiles", "fired at".

    The modifiers matter downstream: the ledger tells a short-range launch from a long-range
    one, or artillery from a missile, by these words.
    """
    trigger = raw.trigger
    keep = [trigger]
    for child in trigger.children:
        if child.dep_ in ("prt", "neg"):
            keep.append(child)
        elif child.dep_ in ("dobj", "nsubjpass") and raw.action.pattern.kind == "verb":
            keep.extend(_modified_head(child))
    if raw.content is not None and raw.content.token is not trigger:
        keep.append(raw.content.token)
    return _joined(sorted(set(keep), key=lambda t: t.i))


#: Modifiers kept before an object's head ("three", "short-range", "guided", "South Korean").
_OBJECT_MODIFIERS = frozenset(
    {"amod", "compound", "nummod", "nmod", "npadvmod", "punct", "quantmod"}
)


def _modified_head(head: Token) -> list[Token]:
    """The head and the unbroken run of modifiers just before it (no article, no clause)."""
    tokens = [head]
    index = head.i - 1
    while index >= head.left_edge.i:
        token = head.doc[index]
        inside = token.head.i == head.i or token.head in tokens
        if not inside or token.dep_ not in _OBJECT_MODIFIERS:
            break
        tokens.append(token)
        index -= 1
    while tokens and len(tokens) > 1 and tokens[-1].dep_ == "punct":
        tokens.pop()
    return tokens


def _joined(tokens: list[Token]) -> str:
    """Tokens as text: the original spacing between neighbours, one space across gaps."""
    parts: list[str] = []
    for position, token in enumerate(tokens):
        parts.append(token.text)
        if position + 1 < len(tokens):
            follows = tokens[position + 1].i == token.i + 1
            parts.append(token.whitespace_ if follows else " ")
    return "".join(parts)


def object_text(raw: RawEvent) -> str | None:
    for child in raw.trigger.children:
        if child.dep_ in ("dobj", "nsubjpass", "xcomp", "ccomp"):
            return raw.trigger.doc[child.left_edge.i : child.right_edge.i + 1].text
    return None
