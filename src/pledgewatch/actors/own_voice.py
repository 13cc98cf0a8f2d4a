"""A text in North Korea's own voice: its bare "Korean" is North Korean.

countries.yaml codes a bare "Korea"/"Korean"/"Koreans" KOR, the usage of the Seoul-based and
international press, which call the North "North Korea". The DPRK's own texts (KCNA
commentaries, statements printed in full) call it "the DPRK" and write "the Korean people", "the
Korean nation" for the people it claims to speak for: "The Korean people will defend the
sovereignty of the country with their own strength" in such a text is no South Korean civilians
taking up arms. :func:`own_voice_mentions` recodes the bare-word mentions to the self-named
country when the document names that country only by a self-name or its own news agency
(``self_names``, agents.yaml) and never by a press name (``press_names``): :func:`own_voice`.
The sector stays ("Korean people" PRKCVL).

Limits: a document naming "North Korea" even once keeps the convention (a press story quoting
the DPRK); only mentions whose first word is a bare word (``bare_korean_words``) and whose code is
KOR; "South Korean" is never bare.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch

#: The code the press convention gives the bare words.
_PRESS_CODE = "KOR"


def own_voice(doc: Doc, mentions: list[ActorMatch], dictionary: ActorDictionary) -> str | None:
    """The country whose voice the document speaks in: the one country its ``self_names``
    mentions (all of ``mentions``, the whole document's) name, when no press name is in the
    text; else None."""
    self_names = dictionary.self_names
    named = {m.country for m in mentions if m.text.lower().removeprefix("the ") in self_names}
    if len(named) != 1:
        return None
    # only then the press names: ``doc.text`` walks every token of the document
    text = doc.text.lower()
    if any(name in text for name in dictionary.press_names):
        return None
    return named.pop()


def own_voice_mentions(
    doc: Doc, mentions: list[ActorMatch], country: str | None, dictionary: ActorDictionary
) -> list[ActorMatch]:
    """``mentions`` with the bare "Korean" ones recoded to ``country`` (the document's own
    voice, :func:`own_voice`; nothing changes when it is None)."""
    if not country:
        return mentions
    bare = dictionary.bare_korean_words
    recoded = []
    for mention in mentions:
        first = doc[mention.start]
        before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
        if (
            mention.country == _PRESS_CODE
            and first.lower_ in bare
            and before not in ("south", "north")
        ):
            code = country + mention.code[3:]
            why = f"{mention.why}; '{first.text}' in a text in {country}'s own voice: {code}"
            mention = replace(mention, code=code, country=country, why=why)
        recoded.append(mention)
    return recoded
