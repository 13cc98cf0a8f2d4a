"""Group references that name no actor but imply one: "his hosts", "bombers flew from Missouri".

Four rules of :class:`~pledgewatch.actors.salience.Salience`, kept here so that module stays small:

* **hosts** ("his hosts", "their host", ``host_nouns`` after a possessive pronoun): the
  government of the country being visited, i.e. the most recent country, capital or place of
  the current sentence (before the noun) or of the three sentences before, whose country is not
  the visitor's own (the visitor is what the pronoun refers to). "Blinken arrived in Riyadh. His
  hosts pledged ..." -> SAUGOV.
* **origin** (a country-less agent noun as the subject of one of the ``origin_verbs``, with
  "from" + a place): the place's country plus the agent's sector. "Seven B-2 bombers flew from
  Missouri" -> USAMIL. Only with a parse; "troops from Chad" (no verb between) is composed by
  the matcher itself.
* **apposition** (a country-less agent noun in apposition to a person with a country): that
  country plus the agent's sector (a person only: in "... of Serb refugees, a human rights
  group protested" the parse hangs the group on the refugees). "Juan Guaido, the opposition
  leader, ..." -> VENOPP.
* **national bodies** ("the army", "the government", ``national_nouns`` after "the", no country
  named with them) as the subject of a clause of their own: the country of the same
  sentence's last subject before them, plus the noun's sector; nothing when that subject has
  no country ("The Defense Ministry said the military would ...") or when the sentence has no
  subject before them (an earlier sentence's subject is too often the other side: "If the
  North goes ahead, it will face a firm response. The government will take ..." in Seoul's
  statement). "Israeli jets struck Gaza, the army said" -> ISRMIL. As an object, or the
  subject of an infinitive ("The United States urged the army to return to barracks"), the
  noun may be another country's and is left alone, and so is it after a subject that is an
  organisation or has no country.

Every resolution says in its ``why`` what it chose.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import LOOKBACK_SENTENCES, NOT_COUNTRIES, SUBJECT_DEPS, Seen, anaphor

#: Possessive pronouns before a host noun, and the subject pronoun each stands for.
HOST_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
_PLACE_KINDS = frozenset({"country", "capital", "place", "institution"})


class GroupReferences:
    """The host and origin rules (a mixin of :class:`~pledgewatch.actors.salience.Salience`,
    which sets the state below)."""

    dictionary: ActorDictionary
    history: list[Seen]
    _current: list[Seen]
    _sentence: int
    _parsed: bool
    #: the mentions of the sentence being read (set by ``read_sentence``)
    _sentence_mentions: list[ActorMatch]
    _antecedent: Callable[[str, int], Seen | None]

    def _host(self, token: Token) -> ActorMatch | None:
        """ "his hosts": the government of the country the pronoun's actor is visiting."""
        doc = token.doc
        if token.lower_ not in self.dictionary.host_nouns or token.i == 0:
            return None
        owner = doc[token.i - 1]
        pronoun = HOST_POSSESSIVES.get(owner.lower_)
        if pronoun is None:
            return None
        visitor = self._antecedent(pronoun, owner.i)
        if visitor is None:
            return None
        own = visitor.mention.country
        earliest = self._sentence - LOOKBACK_SENTENCES
        current = [seen for seen in self._current if seen.mention.end <= owner.i]
        for seen in reversed(
            [seen for seen in self.history if seen.sentence >= earliest] + current
        ):
            country = seen.mention.country
            if (
                seen.mention.kind in _PLACE_KINDS
                and country not in NOT_COUNTRIES
                and country
                and country != own
            ):
                code = f"{country}GOV"
                why = (
                    f"resolved '{owner.text} {token.text}' to {code} (the country "
                    f"'{visitor.mention.text}' is visiting: '{seen.mention.text}' "
                    f"in sentence {seen.sentence})"
                )
                return anaphor(doc, code, owner.i, token.i + 1, why, token.lower_.endswith("s"))
        return None

    def _apposition(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "Juan Guaido, the opposition leader": the agent takes the country of its anchor."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        head = doc[mention.head]
        if head.dep_ != "appos":
            return None
        anchor = head.head.i
        for other in self._sentence_mentions:
            if (
                other.start <= anchor < other.end
                and other.kind == "person"  # not "Serb refugees, a human rights group"
                and other.country not in NOT_COUNTRIES
                and other.country
                and not other.is_location
            ):
                code = other.country + (mention.sector or "")
                why = f"agent '{mention.text}' in apposition to '{other.text}' ({other.code})"
                return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return None

    def _national_body(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "the army" as a subject after a subject of one country in the same sentence."""
        if mention.plural or mention.start == 0 or doc[mention.start - 1].lower_ != "the":
            return None
        if mention.text.lower() not in self.dictionary.national_nouns:
            return None
        head = doc[mention.head] if self._parsed and 0 <= mention.head < len(doc) else None
        if head is None or head.dep_ not in SUBJECT_DEPS or head.head.dep_ == "xcomp":
            return None  # "The United States urged the army to ...": another country's army
        subjects = [
            seen for seen in self._current if seen.subject and seen.mention.end <= mention.start
        ]
        if not subjects:  # across sentences it guesses wrong too often: "If the North goes
            # ahead, it will face ... The government will take all measures" (Seoul's statement)
            return None
        seen = subjects[-1]
        country = seen.mention.country
        if seen.mention.is_location or country in NOT_COUNTRIES or not country:
            return None  # "The Defense Ministry said the military would ...": whose military?
        code = country + (mention.sector or "")
        why = (
            f"resolved '{mention.text}' to {code} (country of the subject "
            f"'{seen.mention.text}' in sentence {seen.sentence})"
        )
        return anaphor(doc, code, mention.start, mention.end, why, False)

    def _origin(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "bombers flew from Missouri": a country-less agent takes the country it set out from."""
        if not self._parsed or not 0 <= mention.head < len(doc):
            return None
        head = doc[mention.head]
        verb = head.head
        if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in self.dictionary.origin_verbs:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for place in self._sentence_mentions:
                    if (
                        place.start <= obj.i < place.end
                        and place.kind in _PLACE_KINDS
                        and place.country not in NOT_COUNTRIES
                        and place.country
                    ):
                        code = place.country + (mention.sector or "")
                        why = (
                            f"agent '{mention.text}' set out from '{place.text}' "
                            f"({place.country}) = {code}"
                        )
                        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)
        return None
