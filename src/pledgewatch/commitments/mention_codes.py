"""The actor code a word of the parse stands in: the mention that holds it.

The answers read from the story (an offer's maker, a measure's taker, the one asked) all ask
which coded actor a word belongs to; one reading keeps them alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from pledgewatch.model import ActorMention


def code_at(token: Token, mentions: Sequence[ActorMention]) -> str | None:
    """The actor code of the mention that holds ``token``, or None."""
    for mention in mentions:
        if mention.start <= token.i < mention.end:
            return mention.code
    return None
