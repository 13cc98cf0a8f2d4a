"""Which person a name means on a day, and which of a person's roles a title before it names.

One name can be several people ("Kim" alone, two presidents of one name) and one person holds
roles that change with the date (Kim Jong Il leads PRKGOV until 17 Dec 2011). The matcher's
:class:`~pledgewatch.actors.compose.Composer` asks here, so the dated choice has one home.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pledgewatch.actors.dictionary import Entry, Person
from pledgewatch.actors.mention import Hit


def choose_person(
    entries: Sequence[Entry], day: dt.date | None, country: str | None = None
) -> tuple[Person, str, str] | None:
    """The person a name refers to: one candidate, else the one of ``country``, else the one in
    office on ``day``; None when still ambiguous. Returns the person, the code and the reason."""
    people = unique_people(entries)
    if len(people) > 1 and country:
        local = [person for person in people if person.country == country]
        people = local or people
    if len(people) > 1:
        serving = [person for person in people if person.in_office(day)]
        people = serving if len(serving) == 1 else people
    if len(people) != 1:
        return None
    person = people[0]
    code, reason = person.code_at(day)
    return person, code, reason


def role_of_holder(
    person: Person, holder: Hit, written: str, code: str, reason: str
) -> tuple[str, str]:
    """With no document date, the role that matches the body written before the name:
    "NATO Secretary General Jens Stoltenberg" is IGOWSTNAT although his latest role is NORGOV."""
    prefix = holder.entry.code if holder.kind == "organisation" else holder.entry.country
    if not prefix or code.startswith(prefix):
        return code, reason
    matching = [role for role in person.roles if role.code.startswith(prefix)]
    if not matching:
        return code, reason
    role = max(matching, key=lambda role: role.end or dt.date.max)
    return role.code, f"{role.describe()}; no document date, the role of '{written}'"


def unique_people(entries: Sequence[Entry]) -> list[Person]:
    """The distinct people among a name's dictionary entries (one person may be listed under
    several spellings)."""
    seen: dict[int, Person] = {}
    for entry in entries:
        if entry.person is not None:
            seen.setdefault(id(entry.person), entry.person)
    return list(seen.values())
