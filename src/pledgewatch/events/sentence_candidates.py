"""Which sentences of a text the coder parses: its pre-filter, read on the unparsed tokens.

A sentence goes to the tagger and parser only when it has both an event trigger (a form of a
lexicon verb or noun) and an actor trigger (a word that can start an actor mention, or a word
the matcher may resolve to one from context). Moved out of :mod:`pledgewatch.events.coder`
unchanged; :class:`~pledgewatch.events.coder.EventCoder` calls :func:`candidate_sentences`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pledgewatch.actors.doc_words import doc_words

if TYPE_CHECKING:
    from pledgewatch.events.lexicon import Lexicon
    from pledgewatch.nlp.pipeline import SentenceSplit

__all__ = ["actor_tokens", "candidate_sentences"]


def candidate_sentences(
    split: SentenceSplit,
    matcher: Any,
    lexicon: Lexicon,
    *,
    require_actor: bool = True,
    headline_end: int = 0,
    voiced: list[bool] | None = None,
) -> list[bool]:
    """Which sentences to parse: an event trigger and an actor (a dictionary phrase or a
    pronoun the matcher may resolve), both found on the unparsed tokens; or a sentence marked
    in ``voiced`` (a verdict its statement's issuer may speak, with no actor of its own)."""
    found = actor_tokens(split, matcher, require_actor=require_actor, headline_end=headline_end)
    # words the matcher may resolve to an actor from context ("it fired", "the regime")
    anaphors = matcher.anaphor_words
    lowers = doc_words(split.doc)[1]  # the Doc's words read once, for the matcher too
    out = []
    for n, (start, end) in enumerate(split.token_bounds):
        words = lowers[start:end]
        has_actor = not require_actor or any(
            i in found or word in anaphors for i, word in enumerate(words, start)
        )
        in_voice = voiced is not None and voiced[n]
        out.append((has_actor and lexicon.sentence_has_trigger(words)) or in_voice)
    for i in range(len(out) - 1):
        start, end = split.token_bounds[i + 1]
        if not out[i] and out[i + 1] and "they" in lowers[start:end]:
            # "In return, the six powers will release ... They will not impose ...": the
            # group "they" stands for may be one no dictionary knows; parsed, the resolver
            # sees it and leaves "they" unresolved rather than give it an earlier country
            out[i] = True
    return out


def actor_tokens(
    split: SentenceSplit, matcher: Any, *, require_actor: bool = True, headline_end: int = 0
) -> set[int]:
    """Token indices inside actor dictionary phrases (the matcher's phrase hits, no parse)."""
    if not require_actor or not split.token_bounds:
        return set()
    hits = getattr(matcher, "hits", None)
    if hits is None:  # a matcher with only trigger words
        words = matcher.trigger_words
        return {t.i for t in split.doc if t.lower_ in words}
    found_hits = hits(split.doc)
    found = {i for hit in found_hits for i in range(hit.start, hit.end)}
    # "Lee" after "President Lee Myung-bak", "the North" after Seoul: actors by context
    by_context = getattr(matcher, "context_reference_tokens", None)
    if by_context is not None:
        found |= by_context(split.doc, found_hits, headline_end=headline_end)
    return found
