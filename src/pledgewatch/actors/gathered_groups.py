"""Bare "the ministers", "the envoys": the delegation named before with the same noun.

"The foreign ministers of Japan, South Korea and the United States met in Bali ... The ministers
asked China to ..." names the group once and then only its noun. A country-less plural of
``gathered_group_nouns`` (agents.yaml: ministers, foreign ministers, envoys, negotiators,
delegates) after "the", "these", "those" or "both" (a number may stand between: "the three
ministers"), or with no determiner at all ("Ministers gathered in Brussels"), is the group last
named with the same head noun in this sentence or the eight before it: each member of that
naming (the mention with the noun and the actors inside its phrase, "of Japan, South Korea and
the United States"), or the group an earlier such reference stood for. The first member is
returned, the others wait in ``_twins`` (as :mod:`pledgewatch.actors.pairs` does for "the two
leaders"), and a "they" resolved to one member later is all of them. So a group met in a
capital keeps its members and is not the host's government; a group named nowhere before
("Ministers gathered in Brussels" alone) is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import NOT_COUNTRIES, Seen, anaphor

__all__ = ["GatheredGroups", "GROUP_SENTENCES"]

#: How many sentences back "the ministers" looks for the group named with its noun.
GROUP_SENTENCES = 8
_DETERMINERS = frozenset({"the", "these", "those", "both"})
#: Dependency labels on the way from a group's member up to its noun.
_NAMING_DEPS = frozenset(
    {"prep", "pobj", "conj", "compound", "amod", "nmod", "poss", "appos", "npadvmod"}
)


class GatheredGroups:
    """The delegation rule of :class:`~pledgewatch.actors.salience.Salience` (a mixin: it reads
    the salience state below)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _parsed: bool
    _twins: list[ActorMatch]
    #: the members each gathered-group reference stood for (set by ``Salience.__init__``)
    _groups: list[list[ActorMatch]]

    def _gathered_group(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "the ministers" after a group named with "ministers": each of its members."""
        if (
            not self._parsed
            or mention.kind != "agent"
            or mention.country != "---"
            or not mention.plural
            or not 0 <= mention.head < len(doc)
        ):
            return None
        head = doc[mention.head]
        if not _bare_reference(doc, mention, head, self.dictionary.gathered_group_nouns):
            return None
        members = self._last_group(head.lower_, mention.start, doc)
        if not members:
            return None
        named = members[0]
        matches = []
        for seen in members:
            code = seen.mention.code
            if len(code) == 3 and mention.sector:  # "the foreign ministers of Japan"
                code += mention.sector
            why = (
                f"resolved '{mention.text}' to {code} (one of the {head.lower_} named as "
                f"'{named.mention.text}' ... in sentence {seen.sentence})"
            )
            matches.append(anaphor(doc, code, mention.start, mention.end, why, True))
        self._twins = matches[1:]
        self._groups.append(matches)
        return matches[0]

    def _group_of(
        self, antecedent: Seen | None, token: Token, they: ActorMatch
    ) -> list[ActorMatch]:
        """When "they" (``token``, resolved to ``they``) stands for one member of a gathered
        group ("The three ministers condemned ... They also said ..."), the other members, as
        "they"; a later "they" may stand for this one."""
        if antecedent is None:
            return []
        for group in reversed(self._groups):
            if any(antecedent.mention is member for member in group):
                why = f"resolved '{they.text}' to a member of '{group[0].text}'"
                others = [
                    anaphor(token.doc, member.code, token.i, token.i + 1, why, True)
                    for member in group
                    if member is not antecedent.mention
                ]
                self._groups.append([they, *others])
                return others
        return []

    def _last_group(self, noun: str, position: int, doc: Doc) -> list[Seen]:
        """The members of the latest group named with ``noun`` before ``position``: the
        mentions headed by that noun's token and those inside its phrase, of one sentence."""
        earliest = self._sentence - GROUP_SENTENCES
        earlier = [s for s in self.history if s.sentence >= earliest]
        here = [s for s in self._current if s.mention.end <= position]
        candidates = earlier + here
        for seen in reversed(candidates):
            found = seen.mention
            if not _member(found) or not 0 <= found.head < len(doc):
                continue
            token = doc[found.head]
            if token.lower_ != noun:
                continue
            members: list[Seen] = []
            codes: set[str] = set()
            for other in candidates:
                mention = other.mention
                if (
                    other.sentence == seen.sentence
                    and _member(mention)
                    and (mention.head == found.head or _names_member(doc, mention.head, token))
                    and mention.code not in codes
                ):
                    members.append(other)
                    codes.add(mention.code)
            return members
        return []


def _names_member(doc: Doc, index: int, noun: Token) -> bool:
    """Does the word at ``index`` name a member of the group ``noun`` heads: a modifier or
    conjunct of it, or of an "of"/"from" phrase on it ("the foreign ministers of Japan, South
    Korea and the United States", "U.S. and Russian negotiators"), not a word of a clause on
    it ("the ministers of Japan, who condemned Iran")?"""
    if not 0 <= index < len(doc):
        return False
    token = doc[index]
    for _ in range(8):
        if token.i == noun.i:
            return True
        if token.dep_ not in _NAMING_DEPS or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.lower_ not in ("of", "from"):
            return False
        token = token.head
    return False


def _member(mention: ActorMatch) -> bool:
    if mention.is_location:
        return False
    return (mention.country or "---") not in NOT_COUNTRIES or (
        mention.country in ("IGO", "NGO") and mention.code != mention.country
    )


def _bare_reference(doc: Doc, mention: ActorMatch, head: Token, nouns: frozenset[str]) -> bool:
    """Is the mention "the ministers", "the three envoys", "both negotiators" or a bare
    "Ministers": a listed noun with only a determiner, a number or its own modifier before it,
    and no "of" after it ("the ministers of ..." names its group)?"""
    words = [t for t in doc[mention.start : mention.end] if t.pos_ not in ("DET", "NUM")]
    if " ".join(t.lower_ for t in words) not in nouns or head.tag_ != "NNS":
        return False
    following = doc[mention.end] if mention.end < len(doc) else None
    if following is not None and following.lower_ in ("of", "from"):
        return False
    before = [t for t in doc[mention.start : mention.head] if t not in words]
    start = mention.start
    while start > 0 and doc[start - 1].pos_ == "NUM":  # "the three" outside the mention
        start -= 1
    outside = doc[start - 1] if start > 0 else None
    determiners = [t.lower_ for t in before if t.pos_ == "DET"]
    if outside is not None and outside.pos_ == "DET":
        determiners.append(outside.lower_)
    numbers = any(t.pos_ == "NUM" for t in doc[start : mention.head])
    if determiners:
        return all(word in _DETERMINERS for word in determiners)
    return not numbers  # "Ministers gathered ...", not "Two ministers resigned"
