"""Combine dictionary hits into actor mentions.

A hit is one dictionary phrase; a mention is what an actor is called in the sentence:

* a country, capital, place, institution, person or organisation alone
  ("North Korea" -> PRK, "Pyongyang" -> PRKGOV, "Kim Jong Il" -> PRKGOV on 2011-12-01);
* something that holds a country, possibly possessive and coordinated, then modifier words, then
  agent nouns: "North Korean troops" -> PRKMIL, "South Korea's new foreign minister" -> KORGOV,
  "U.S. and South Korean officials" -> USAGOV + KORGOV, "Russia's UN ambassador" -> RUSGOV;
* a title before a person or an unknown capitalised name: "President Obama" (the person's dated
  code), "Lebanon's President Michel Suleiman" -> LBNGOV;
* an agent noun linked to a country: "the president of Armenia" -> ARMGOV ("in" links every sector
  but MIL and MED, so "troops in Afghanistan" stays ---MIL and "reporters in Beijing" ---MED;
  "for" links a representative only: "a spokesman for the Korean People's Army" -> PRKMIL,
  "troops for Afghanistan" stay ---MIL);
* an agent noun alone: "officials said" -> ---GOV (country unknown).

Sector rules: in a chain of agent nouns the head noun decides ("government troops" -> MIL) unless
it is a representative ("military spokesman" -> MIL, "opposition leader" -> OPP). An
organisation keeps its code except that military and police nouns extend the code of bodies that
take a sector ("UN troops" -> IGOUNOMIL). "former" turns GOV, MIL and LEG into ELI.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from pledgewatch.actors.dictionary import ActorDictionary
from pledgewatch.actors.mention import ActorMatch, Hit
from pledgewatch.actors.mention import actor_match as _match
from pledgewatch.actors.person_choice import choose_person, role_of_holder, unique_people
from pledgewatch.actors.places_left import place_left
from pledgewatch.actors.seen import ARMED_GROUP_SECTORS

POSSESSIVES = frozenset({"'s", "'", "\u2019s", "\u2019"})
COORDINATORS = frozenset({",", "and", "or", "&"})
HYPHENS = frozenset({"-", "\u2013", "\u2014"})
#: Prepositions that link an agent to the country after it, with the sectors they may not link.
LINKS: dict[str, frozenset[str]] = {
    "of": frozenset(),
    "from": frozenset(),
    "in": frozenset({"MIL", "MED"}),  # "reporters in Beijing" report there, of any country
}
NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "bint", "abu", "de", "van", "von", "da", "di", "le", "la", "der",
     "du", "dos", "del", "ben", "ould", "ag"}
)  # fmt: skip
CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip
ELITE_SECTORS = frozenset({"GOV", "MIL", "LEG"})
NON_STATE = frozenset({"IGO", "NGO", "IMG"})
MAX_FILLERS = 4


class Composer:
    """Turns the hits of one sentence into :class:`ActorMatch` mentions."""

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.modifiers = dictionary.modifiers
        self.former = dictionary.former
        self.representative_words = dictionary.representative_words
        self.ally_nouns = dictionary.ally_nouns
        self.no_country_seat = dictionary.no_country_seat
        self.removal_verbs = dictionary.removal_verbs

    def compose(self, doc: Doc, hits: Sequence[Hit], day: dt.date | None) -> list[ActorMatch]:
        mentions: list[ActorMatch] = []
        i = 0
        while i < len(hits):
            result = self._holder_phrase(doc, hits, i, day)
            if result is None and hits[i].kind == "agent":
                result = self._agent_phrase(doc, hits, i, day)
            if result is None:
                single = self._single(doc, hits[i], day)
                if single is not None:
                    mentions.append(single)
                i += 1
                continue
            found, i = result
            mentions.extend(found)
        return mentions

    # --- phrases headed by a country, person or organisation -------------------------------

    def _holder_phrase(
        self, doc: Doc, hits: Sequence[Hit], i: int, day: dt.date | None
    ) -> tuple[list[ActorMatch], int] | None:
        first = hits[i]
        if not (first.holds_country or first.kind in {"person", "organisation"}):
            return None
        group = [first]
        j = i
        while (
            first.holds_country
            and j + 1 < len(hits)
            and hits[j + 1].holds_country
            and self._coordinated(doc, hits[j].end, hits[j + 1].start)
            and _modifies(doc, hits[j], hits[j + 1])
        ):
            j += 1
            group.append(hits[j])
        pos = group[-1].end
        former = first.start > 0 and doc[first.start - 1].lower_ in self.former
        if pos < len(doc) and doc[pos].text in POSSESSIVES:
            pos += 1
        k = j + 1
        via_org: Hit | None = None
        while k < len(hits):
            if hits[k].kind in ("organisation", "person") and _hyphen_only(doc, pos, hits[k].start):
                return None  # "the Israel-Hamas ceasefire": two parties, not Israel's Hamas
            gap = self._filler_gap(doc, pos, hits[k].start)
            if gap is None:
                return None
            former = former or gap
            nxt = hits[k]
            if nxt.kind == "organisation" and via_org is None and first.holds_country:
                if nxt.entry.national:
                    return self._national(doc, group[-1], nxt), k + 1
                if nxt.entry.country not in NON_STATE:
                    return self._state_body(doc, hits, group[-1], k)
                if k + 1 < len(hits) and hits[k + 1].kind == "agent":
                    via_org, pos, k = nxt, nxt.end, k + 1
                    continue
            break
        else:
            return None
        nxt = hits[k]
        if nxt.kind == "person" and group[-1].kind != "person":
            return self._group_person(doc, group, None, nxt, day), k + 1
        if nxt.kind != "agent":
            return None
        chain, k, end = self._chain(doc, hits, k)
        if (
            k < len(hits)
            and hits[k].kind == "person"
            and group[-1].kind != "person"
            and chain[-1].entry.title
            and self._filler_gap(doc, end, hits[k].start) is not None
        ):
            return self._group_person(doc, group, chain, hits[k], day), k + 1
        if via_org is None and group[-1].kind == "person" and chain[-1].entry.title:
            return None  # "Obama's Secretary of State Kerry": let the title take the name
        end = max(end, self._unknown_name_end(doc, end) if chain[-1].entry.title else end)
        mentions = []
        for index, holder in enumerate(group):
            last = index == len(group) - 1
            span_end = end if last else holder.end
            mentions.append(
                self._holder_with_agent(doc, holder, chain, via_org, former, span_end, day, last)
            )
        return [m for m in mentions if m is not None], k

    def _holder_with_agent(
        self,
        doc: Doc,
        holder: Hit,
        chain: list[Hit],
        via_org: Hit | None,
        former: bool,
        end: int,
        day: dt.date | None,
        last: bool,
    ) -> ActorMatch | None:
        sector, representative = _chain_sector(chain)
        entry = holder.entry
        person_code: str | None = None
        if holder.kind == "person":
            chosen = choose_person(holder.entries, day)
            if chosen is None:
                return None
            person, person_code, _ = chosen
            country = person.country or person_code[:3]
        else:
            country = entry.country or "---"
        if holder.kind == "organisation" and via_org is None:
            code = entry.code or country
            if sector in {"MIL", "COP"} and entry.takes_sector and not representative:
                code += sector
        elif (
            holder.kind in {"capital", "institution"}
            and via_org is None
            and (representative or not sector)
        ):
            code = entry.code or country
        elif holder.kind == "person" and (
            representative or not sector or _armed_group_forces(person_code, sector)
        ):
            code = person_code or country  # "Hemedti's forces": the RSF's, not Sudan's army
        else:
            code = country + (sector or "")
        if former and holder.kind != "person" and code[3:6] in ELITE_SECTORS:
            code = code[:3] + "ELI"
        agent_text = " ".join(hit_text(doc, hit) for hit in chain)
        holder_text = _describe(holder, doc)
        why = f"agent '{agent_text}' + {holder_text}"
        if via_org is not None:
            why += f" (through organisation '{hit_text(doc, via_org)}')"
        if not last:
            why += " (coordinated)"
        if former and code.endswith("ELI"):
            why += " (former: ELI)"
        return _match(doc, code, holder.start, end, why, "agent", chain[-1].entry.plural, end - 1)

    def _group_person(
        self,
        doc: Doc,
        group: list[Hit],
        chain: list[Hit] | None,
        person: Hit,
        day: dt.date | None,
    ) -> list[ActorMatch]:
        """A titled person after a country; the other coordinated countries stand alone."""
        holder = group[-1]
        singles = [self._single(doc, hit, day) for hit in group[:-1]]
        titled = self._titled_person(doc, holder, holder, chain, person, day)
        return [mention for mention in singles if mention is not None] + [titled]

    def _state_body(
        self, doc: Doc, hits: Sequence[Hit], holder: Hit, k: int
    ) -> tuple[list[ActorMatch], int]:
        """ "North Korea's official KCNA news agency": a state body keeps its own code."""
        body = hits[k]
        end, k = body.end, k + 1
        if (
            k < len(hits)
            and hits[k].kind == "agent"
            and self._filler_gap(doc, end, hits[k].start) is not None
        ):
            end, k = hits[k].end, k + 1
        code = body.entry.code or body.entry.country or "---"
        why = f"organisation '{hit_text(doc, body)}' ({code}) of {_describe(holder, doc)}"
        return [_match(doc, code, holder.start, end, why, "organisation", False, body.end - 1)], k

    def _national(self, doc: Doc, holder: Hit, org: Hit) -> list[ActorMatch]:
        code = f"{holder.entry.country}{org.entry.national}"
        why = f"organisation '{hit_text(doc, org)}' + {_describe(holder, doc)} (national branch)"
        return [_match(doc, code, holder.start, org.end, why, "organisation", False, org.end - 1)]

    def _titled_person(
        self,
        doc: Doc,
        holder: Hit | None,
        start_hit: Hit,
        chain: list[Hit] | None,
        person_hit: Hit,
        day: dt.date | None,
    ) -> ActorMatch:
        hint = holder.entry.country if holder is not None and holder.holds_country else None
        chosen = choose_person(person_hit.entries, day, hint)
        title = " ".join(hit_text(doc, hit) for hit in chain) if chain else None
        if chosen is None:
            return self._ambiguous_person(doc, person_hit, start_hit.start, day)
        person, code, reason = chosen
        if day is None and holder is not None:
            code, reason = role_of_holder(person, holder, hit_text(doc, holder), code, reason)
        why = f"person '{person.name}' ({reason})"
        if title:
            why += f", titled '{title}'"
        return _match(doc, code, start_hit.start, person_hit.end, why, "person", False,
                      person_hit.end - 1)  # fmt: skip

    # --- phrases headed by an agent noun -----------------------------------------------------

    def _agent_phrase(
        self, doc: Doc, hits: Sequence[Hit], i: int, day: dt.date | None
    ) -> tuple[list[ActorMatch], int] | None:
        chain, k, end = self._chain(doc, hits, i)
        sector, representative = _chain_sector(chain)
        agent_text = " ".join(hit_text(doc, hit) for hit in chain)
        start = chain[0].start
        if (
            k < len(hits)
            and hits[k].kind == "person"
            and chain[-1].entry.title
            and self._filler_gap(doc, end, hits[k].start) is not None
        ):
            return [self._titled_person(doc, None, chain[0], chain, hits[k], day)], k + 1
        linked = self._linked_holder(doc, hits, k, end, sector, representative, start)
        if linked is not None:
            holder, k = linked
            mention = self._holder_with_agent(doc, holder, chain, None, False, holder.end, day,
                                              True)  # fmt: skip
            if mention is None:
                return [], k
            why = f"agent '{agent_text}' of {_describe(holder, doc)}"
            return [_replace(doc, mention, start=start, why=why, head=chain[-1].end - 1)], k
        if chain[-1].entry.title:
            end = self._unknown_name_end(doc, end)
        if sector is None and not chain[-1].entry.org_agent:
            return [], k  # "sources said": no actor without a sector or an organisation
        code = "---" + (sector or "")
        name = doc[chain[-1].end : end].text
        why = f"agent '{agent_text}' with no country ({code})"
        if name:
            why = f"agent '{agent_text}' + unknown name '{name}' with no country ({code})"
        plural = chain[-1].entry.plural
        return [_match(doc, code, start, end, why, "agent", plural, chain[-1].end - 1)], k

    def _owner_of_ally(self, doc: Doc, holder: Hit) -> bool:
        """Is the holder the possessor of an ally noun ("of Israel's militia ally")?"""
        last = doc[holder.end - 1]
        return (
            holder.end < len(doc)
            and doc[holder.end].text in POSSESSIVES
            and last.dep_ == "poss"
            and last.head.lower_ in self.ally_nouns
        )

    def _linked_holder(
        self,
        doc: Doc,
        hits: Sequence[Hit],
        k: int,
        end: int,
        sector: str | None,
        representative: bool = False,
        start: int | None = None,
    ) -> tuple[Hit, int] | None:
        if k >= len(hits) or end >= len(doc):
            return None
        word = doc[end].lower_
        # "a spokesman for the Korean People's Army": one who speaks for a body is its; "troops
        # for Afghanistan" are not Afghan
        speaks_for = word == "for" and representative
        if not speaks_for and (word not in LINKS or (sector in LINKS[word])):
            return None
        if word == "from" and doc[end].head.pos_ in ("VERB", "AUX"):
            return None  # "withdrew its troops from Iraq": whence the verb moves them, not theirs
        if word == "from" and place_left(doc[end - 1], self.removal_verbs):
            return None  # "evacuated some of its nationals from Syria": not Syrians
        first = end - 1 if start is None else start
        if word == "in" and any(
            t.lower_ in self.no_country_seat and t.i < first for t in doc[end - 1].lefts
        ):  # before the agent's own words: "the foreign minister in Damascus" is Syria's
            # "an international tribunal in The Hague": sits there, is not Dutch; "foreign
            # embassies in Damascus" are not Syria's
            return None
        pos = end + 1
        if pos < len(doc) and doc[pos].lower_ == "the":
            pos += 1
        holder = hits[k]
        if holder.start != pos or not (holder.holds_country or holder.kind == "organisation"):
            return None
        if self._owner_of_ally(doc, holder):
            return None  # "a commander of Israel's militia ally": not Israel's commander
        return holder, k + 1

    # --- single hits ---------------------------------------------------------------------------

    def single(self, doc: Doc, hit: Hit, day: dt.date | None) -> ActorMatch | None:
        """One dictionary hit alone as a mention, with no phrase composed around it."""
        return self._single(doc, hit, day)

    def _single(self, doc: Doc, hit: Hit, day: dt.date | None) -> ActorMatch | None:
        entry = hit.entry
        text = hit_text(doc, hit)
        head = hit.end - 1
        if hit.kind == "country":
            code = entry.country or "---"
            prefix = "demonym" if entry.form == "demonym" else f"country {entry.form}"
            why = f"{prefix} '{text}'"
            return _match(doc, code, hit.start, hit.end, why, "country", entry.plural, head)
        if hit.kind == "place":
            code = entry.country or "---"
            why = f"place '{text}' ({code})"
            return _match(doc, code, hit.start, hit.end, why, "place", False, head, location=True)
        if hit.kind in {"capital", "institution", "organisation"}:
            code = entry.code or entry.country or "---"
            why = f"{hit.kind} '{text}' ({code})"
            return _match(doc, code, hit.start, hit.end, why, hit.kind, False, head)
        if hit.kind == "person":
            chosen = choose_person(hit.entries, day)
            if chosen is None:
                return self._ambiguous_person(doc, hit, hit.start, day)
            person, code, reason = chosen
            why = f"person '{person.name}' ({reason})"
            if text.lower() != person.name.lower():
                why = f"person '{person.name}' as '{text}' ({reason})"
            return _match(doc, code, hit.start, hit.end, why, "person", False, head)
        return None

    def _ambiguous_person(self, doc: Doc, hit: Hit, start: int, day: dt.date | None) -> ActorMatch:
        people = unique_people(hit.entries)
        codes = {person.code_at(day)[0] for person in people}
        countries = {code[:3] for code in codes}
        sectors = {code[3:] for code in codes}
        code = (countries.pop() if len(countries) == 1 else "---") + (
            sectors.pop() if len(sectors) == 1 else ""
        )
        names = ", ".join(person.name for person in people)
        why = f"ambiguous name '{hit_text(doc, hit)}' ({names}); coded {code}"
        return _match(doc, code, start, hit.end, why, "person", False, hit.end - 1)

    # --- token-level helpers -----------------------------------------------------------------

    def _chain(self, doc: Doc, hits: Sequence[Hit], k: int) -> tuple[list[Hit], int, int]:
        """Consecutive agent hits from ``k`` (modifier words between), then representative words."""
        chain = [hits[k]]
        k += 1
        while (
            k < len(hits)
            and hits[k].kind == "agent"
            and self._filler_gap(doc, chain[-1].end, hits[k].start) is not None
        ):
            chain.append(hits[k])
            k += 1
        end = chain[-1].end
        limit = hits[k].start if k < len(hits) else len(doc)
        while end < limit and doc[end].lower_ in self.representative_words:
            end += 1
        return chain, k, end

    def _filler_gap(self, doc: Doc, start: int, end: int) -> bool | None:
        """None when the tokens between are not all modifier words; else whether one is "former"."""
        if end < start or end - start > MAX_FILLERS:
            return None
        former = False
        for token in doc[start:end]:
            lower = token.lower_
            if token.text in HYPHENS and _spaced(token):
                return None  # "Raipur, India - Rights activists": a dash, not a hyphen
            if _predicate_verb(token):
                return None  # "Israel arrested Hamas leaders": the verb, not "arrested leaders"
            if lower in self.modifiers or token.text in HYPHENS or token.like_num:
                former = former or lower in self.former
                continue
            return None
        return former

    @staticmethod
    def _coordinated(doc: Doc, start: int, end: int) -> bool:
        words = [token.text.lower() for token in doc[start:end]]
        return bool(words) and len(words) <= 2 and all(word in COORDINATORS for word in words)

    @staticmethod
    def _unknown_name_end(doc: Doc, start: int) -> int:
        """End of an unknown capitalised name right after a title ("President Michel Suleiman")."""
        if start < len(doc) and doc[start].ent_type_ == "PERSON" and doc[start].ent_iob_ == "B":
            end = start + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            return end
        end = start
        last_capital = start
        while end < len(doc) and end - start < 6:
            token = doc[end]
            text = token.text
            if token.lower_ in CALENDAR_WORDS:
                break
            if token.is_alpha and text[0].isupper():
                last_capital = end + 1
            elif token.lower_ in NAME_PARTICLES or text in HYPHENS:
                pass
            elif token.is_alpha and end > start and doc[end - 1].text in HYPHENS:
                last_capital = end + 1  # "Sung-hwan": the part after the hyphen
            else:
                break
            end += 1
        return last_capital


#: Dependencies of a verb that heads a clause: such a verb is no modifier inside a name.
CLAUSE_VERB_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "parataxis"}
)


def _predicate_verb(token: Token) -> bool:
    """Is ``token`` the verb of a clause in the parse ("Israel *arrested* Hamas leaders"),
    rather than a participle modifying a noun ("the *arrested* leaders")? False without a
    parse (a blank pipeline), so the word lists alone decide there."""
    return token.tag_.startswith("VB") and token.dep_ in CLAUSE_VERB_DEPS


def _modifies(doc: Doc, earlier: Hit, later: Hit) -> bool:
    """Whether two coordinated country hits can share the agent noun after the second.

    Adjectives and acronyms can ("Hungarian and Romanian officials", "US and British activists");
    a country name before an adjective cannot ("Syria and Palestinian leaders").
    """
    if earlier.entry.form != "name" or later.entry.form == "name":
        return True
    text = hit_text(doc, earlier)
    return not any(ch.islower() for ch in text)


def _chain_sector(chain: list[Hit]) -> tuple[str | None, bool]:
    """The sector a chain of agent nouns gives, and whether its head is a representative."""
    head = chain[-1].entry
    if head.representative:
        for hit in reversed(chain[:-1]):
            if hit.entry.sector and not hit.entry.representative:
                return hit.entry.sector, True
    for hit in reversed(chain):
        if hit.entry.sector:
            return hit.entry.sector, head.representative
    return None, head.representative


def _hyphen_only(doc: Doc, start: int, end: int) -> bool:
    """Only a hyphen joins the two names ("Israel-Hamas", "Russia-Ukraine")."""
    return end - start == 1 and doc[start].text in HYPHENS


def _spaced(token: Token) -> bool:
    """A dash with spaces around it ("India - Rights") rather than a hyphen ("U.S.-led")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return bool(token.whitespace_) and before is not None and bool(before.whitespace_)


def hit_text(doc: Doc, hit: Hit) -> str:
    return doc[hit.start : hit.end].text


def _describe(hit: Hit, doc: Doc) -> str:
    text = hit_text(doc, hit)
    kind = "country" if hit.kind in {"country", "place"} else hit.kind
    return f"{kind} '{text}'"


def _replace(doc: Doc, match: ActorMatch, *, start: int, why: str, head: int) -> ActorMatch:
    return ActorMatch(
        code=match.code,
        text=doc[start : match.end].text,
        start=start,
        end=match.end,
        why=why,
        kind=match.kind,
        country=match.country,
        sector=match.sector,
        plural=match.plural,
        head=head,
        is_location=False,
    )


def _armed_group_forces(person_code: str | None, sector: str | None) -> bool:
    """Are these forces or fighters of an armed group's leader ("Hemedti's forces", "Prigozhin's
    fighters")? They are the group's own (SDNREB, RUSUAF), not the country's military or
    rebels."""
    return (
        sector in ("MIL", "REB")
        and person_code is not None
        and person_code[3:6] in ARMED_GROUP_SECTORS
    )
