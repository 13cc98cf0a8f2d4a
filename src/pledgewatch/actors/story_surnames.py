"""A surname that is also a title or another person's name is the person the story named.

"U.S. envoy Robert King left North Korea ... King said ..." : the dictionary reads the bare
"King" as a title (an agent noun, ---GOV) and "Secretary of State Condoleezza Rice ... Rice
said" reads the bare "Rice" as the one Rice the dictionary lists alone (Susan Rice). Within one
story the person named in full earlier is meant, as :func:`matcher._short_names` already
assumes for surnames the dictionary does not list. :func:`story_surnames` swaps such a
one-word mention for the story's person, so that "he" and a quoted "we" after it follow.

Limits (each a reading of the word that is not the person):

* a title keeps its reading when a determiner or possessive comes before it ("the King said",
  "Jordan's King"), when it is lower case ("the king"), or when a capitalised name follows
  ("King Abdullah");
* only one-word mentions are swapped, and only for a person whose short name is unambiguous in
  the story (``people`` holds None for a word two people share);
* the person must be named in an earlier sentence (or, in the headline, anywhere in the story),
  which is what ``people`` holds when this is called.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from pledgewatch.actors.mention import ActorMatch

#: Words before a title that make it the title ("the King", "his Lord", "Jordan's King").
_TITLE_DETERMINERS = frozenset({"DT", "PRP$", "POS", "WP$"})


def story_surnames(
    sentence: Span, mentions: list[ActorMatch], people: dict[str, ActorMatch | None]
) -> list[ActorMatch]:
    """``mentions`` of ``sentence`` with each bare title or other person's surname that is the
    short name of a person named in full earlier (``people``) replaced by that person."""
    if not people:
        return mentions
    swapped = []
    for mention in mentions:
        person = _story_person(sentence, mention, people)
        if person is None:
            swapped.append(mention)
            continue
        why = (
            f"{person.why}; '{mention.text}' short for '{person.text}' earlier in the document"
            f" (not the {mention.kind} '{mention.code}')"
        )
        swapped.append(
            replace(
                person,
                start=mention.start,
                end=mention.end,
                text=mention.text,
                head=mention.start,
                why=why,
            )
        )
    return swapped


def _story_person(
    sentence: Span, mention: ActorMatch, people: dict[str, ActorMatch | None]
) -> ActorMatch | None:
    if mention.end - mention.start != 1 or mention.kind not in {"agent", "person"}:
        return None
    token = sentence.doc[mention.start]
    person = people.get(token.text)
    if person is None or not token.is_title or person.code == mention.code:
        return None
    if mention.kind == "agent":
        if mention.country not in {None, "---"}:
            return None
        before = token.nbor(-1) if token.i > sentence.start else None
        if before is not None and (
            before.tag_ in _TITLE_DETERMINERS
            or (before.is_title and before.ent_type_ not in {"DATE", "TIME"})
        ):
            return None  # "the King", "Jordan's King", "Saudi King"
    following = token.nbor(1) if token.i + 1 < sentence.end else None
    if following is not None and following.is_title and following.pos_ == "PROPN":
        return None  # "King Abdullah", "Rice Krispies"
    return person
