"""A court named without a country is the court of the state that acts on its verdict.

"North Korea executed the official after a military tribunal found him guilty of treason": the
tribunal is North Korea's (PRKJUD), not a country-less ---JUD. A judicial agent (sector JUD:
"a court", "the tribunal", "a judge", "a military court") with no country, as the subject of
a clause of its own (not an infinitive's), in a sentence whose earlier subject is a state or
an actor of one, takes that subject's country, as "the army" does under the national-bodies
rule (:mod:`pledgewatch.actors.group_refs`). It is left alone:

* as an object ("urged the court to ...", "appealed to the tribunal"): any country's;
* after a subject that is an organisation, a place or has no country;
* when another country is named between that subject and the court ("The United States
  criticised Egypt after a court jailed ..."): the court may be either's;
* when the subject only reports it ("Kerry said a court had jailed ...") and is no state
  itself ("North Korea said a military court ..." is) nor of the dateline's country;
* when a modifier seats it in no country ("an international tribunal": ``no_country_seat``).

A mixin of :class:`~pledgewatch.actors.salience.Salience`.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch
from pledgewatch.actors.seen import NOT_COUNTRIES, SUBJECT_DEPS, Seen, anaphor

__all__ = ["JudicialBodies", "JUDICIAL_SECTOR"]

JUDICIAL_SECTOR = "JUD"


class JudicialBodies:
    """The judicial-body rule (a mixin: it reads the salience state below)."""

    dictionary: ActorDictionary
    _current: list[Seen]
    _parsed: bool
    #: the story's dateline (``group_refs.Home``), once known
    _home: Any

    def _judicial_body(self, mention: ActorMatch, doc: Doc) -> ActorMatch | None:
        """ "a military tribunal found him guilty" after a state's subject: that state's."""
        if (
            mention.sector != JUDICIAL_SECTOR
            or mention.country != "---"
            or not self._parsed
            or not 0 <= mention.head < len(doc)
        ):
            return None
        head = doc[mention.head]
        if head.dep_ not in SUBJECT_DEPS or head.head.dep_ == "xcomp":
            return None
        seat = self.dictionary.no_country_seat
        if any(t.lower_ in seat for t in doc[mention.start : mention.end + 1]):
            return None  # "an international tribunal": no state's
        if any(c.lower_ in seat for c in head.children):
            return None
        subjects = [s for s in self._current if s.subject and s.mention.end <= mention.start]
        if not subjects:
            return None
        seen = subjects[-1]
        country = seen.mention.country
        if (
            not country
            or country in NOT_COUNTRIES
            or seen.mention.is_location
            or seen.mention.kind == "organisation"
        ):
            return None
        if self._foreign_voice(seen, doc):
            return None
        between = {
            s.mention.country
            for s in self._current
            if seen.mention.start <= s.mention.start and s.mention.end <= mention.start
        }
        if {c for c in between if c and c not in NOT_COUNTRIES} - {country}:
            return None  # "criticised Egypt after a court ...": either's court
        code = country + JUDICIAL_SECTOR
        why = (
            f"resolved '{mention.text}' to {code} (a court of the subject "
            f"'{seen.mention.text}''s country)"
        )
        return anaphor(doc, code, mention.start, mention.end, why, mention.plural)

    def _foreign_voice(self, seen: Seen, doc: Doc) -> bool:
        """Does the subject only report on the court, being neither a state speaking of its
        own ("North Korea said ...") nor an actor of the dateline's country?"""
        mention = seen.mention
        if not 0 <= mention.head < len(doc):
            return True
        if doc[mention.head].head.lemma_.lower() not in self.dictionary.reporting_lemmas:
            return False
        home = self._home
        if home is not None and home.country:
            return bool(home.country != mention.country)
        return mention.kind not in ("country", "capital")
