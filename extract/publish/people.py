"""Who is who: one person per real person within a council.

Minutes name the same councillor as "Councillor Joycelyn Redsell", "Cllr Redsell"
or "Joycelyn Redsell", and officers by the role acronym they were introduced
with ("the ADCPH"). Full names found in attendance lists define the people of a
council; shorter references resolve to one of them only when exactly one fits
(first by surname across the council, then among those at the same meeting), so
two people who share a surname — David Potter and Myra Potter — stay two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.archive import Catalogue, Council, Meeting, bare_name
from extract.model import Person
from extract.text import slugify

_MINOR_WORDS = {"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "with"}

# (frontmatter list, how the person took part); members before officers, so a
# councillor listed both as present and in attendance counts as present.
MINUTES_LISTS = (("present", "present"), ("substitutes", "substitute"), ("apologies", "apologies"),
                 ("absent", "absent"), ("in_attendance", "in attendance"))
# Taking part in one of these means the person was expected as a member.
MEMBER_STATUSES = {"present", "substitute", "apologies", "absent", "member"}
PRESENT_STATUSES = {"present", "substitute"}


def role_acronym(role: str) -> str:
    """The initials a role is abbreviated to in minutes: "Assistant Director and Consultant in Public Health" → "ADCPH"."""
    words = re.findall(r"[A-Za-z][A-Za-z']*", role)
    return "".join(w if w.isupper() and len(w) > 1 else w[0].upper()
                   for w in words if w.lower() not in _MINOR_WORDS)


@dataclass
class Appearance:
    """One person's part in one meeting."""

    meeting: Meeting
    status: str  # present | substitute | apologies | absent | in attendance | member
    role: str | None = None

    @property
    def expected(self) -> bool:
        return self.status in MEMBER_STATUSES


@dataclass
class Individual:
    name: str
    council: Council
    page: str = ""  # people/<council-slug>/<name-slug>.md
    appearances: list[Appearance] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


class People:
    """Everyone named in the archive's attendance lists, and how to find them from a reference."""

    def __init__(self, catalogue: Catalogue):
        self.individuals: dict[tuple[Council, str], Individual] = {}  # (council, casefolded full name)
        self._by_surname: dict[tuple[Council, str], list[Individual]] = {}
        self._by_meeting: dict[int, list[tuple[Individual, Appearance]]] = {}
        listed = [(m, p, status) for m in catalogue.meetings for p, status in _listed(m)]
        # Full names first, then initials ("D Bellsham") that match no full name, so that
        # surnames alone can resolve to either.
        for meeting, person, _ in listed:
            name = bare_name(person.name)
            if len(name.split()) >= 2 and not _abbreviated(name):
                self._add(meeting.council, name)
        for meeting, person, _ in listed:
            name = bare_name(person.name)
            if _abbreviated(name) and not self.resolve(meeting, name):
                self._add(meeting.council, name)
        for meeting, person, status in listed:
            individual = self.resolve(meeting, person.name) or self._add(meeting.council, bare_name(person.name))
            if individual is None:
                continue
            seen = individual.appearances[-1] if individual.appearances else None
            if seen and seen.meeting is meeting:
                seen.role = seen.role or person.role
                continue  # listed twice at one meeting: the first (member) list wins
            appearance = Appearance(meeting, status, person.role)
            individual.appearances.append(appearance)
            self._by_meeting.setdefault(id(meeting), []).append((individual, appearance))
        self._assign_pages()

    def _add(self, council: Council, name: str) -> Individual | None:
        if not name:
            return None
        key = (council, name.casefold())
        if key not in self.individuals:
            individual = Individual(name=name, council=council)
            self.individuals[key] = individual
            self._by_surname.setdefault((council, individual.surname), []).append(individual)
        return self.individuals[key]

    def _assign_pages(self) -> None:
        taken: set[str] = set()
        for individual in sorted(self.individuals.values(), key=lambda i: (i.council.slug, i.name)):
            base = f"people/{individual.council.slug}/{slugify(individual.name)}"
            page, n = f"{base}.md", 2
            while page in taken:
                page, n = f"{base}-{n}.md", n + 1
            taken.add(page)
            individual.page = page

    def at_meeting(self, meeting: Meeting) -> list[tuple[Individual, Appearance]]:
        """Everyone listed at a meeting, with how they took part."""
        return self._by_meeting.get(id(meeting), [])

    def resolve(self, meeting: Meeting, reference: str | None) -> Individual | None:
        """The one person a name, surname or role reference means at this meeting, if exactly one fits."""
        name = bare_name(reference or "")
        if not name:
            return None
        council = meeting.council
        exact = self.individuals.get((council, name.casefold()))
        if exact:
            return exact
        words = name.split()
        candidates = self._by_surname.get((council, words[-1].lower()), [])
        if _abbreviated(name):
            candidates = [c for c in candidates if c.name[0].lower() == words[0][0].lower()]
        elif len(words) > 1:
            candidates = []
        if len(candidates) > 1:
            listed_here = {id(i) for i, _ in self.at_meeting(meeting)}
            candidates = [c for c in candidates if id(c) in listed_here]
        if len(candidates) == 1:
            return candidates[0]
        return self._by_role(meeting, name)

    def _by_role(self, meeting: Meeting, reference: str) -> Individual | None:
        """"Chair" or "ADCPH": the one person at the meeting whose role is that, or abbreviates to it."""
        wanted = reference.casefold()
        matches = []
        for person, status in _listed(meeting):
            role = person.role or ""
            if role and (role.casefold() == wanted or role_acronym(role) == reference):
                matches.append(person)
        if len(matches) != 1:
            return None
        return self.individuals.get((meeting.council, bare_name(matches[0].name).casefold()))


def _abbreviated(name: str) -> bool:
    """Initials and a surname: "J Todd", "J. H. Todd"."""
    words = name.split()
    return len(words) >= 2 and all(len(w.rstrip(".")) == 1 for w in words[:-1])


def _listed(meeting: Meeting) -> list[tuple[Person, str]]:
    """Every person a meeting's minutes and agenda list, with how they took part."""
    out = []
    minutes, agenda = meeting.minutes, meeting.agenda
    if minutes:
        for key, status in MINUTES_LISTS:
            out += [(p, status) for p in getattr(minutes, key)]
    if agenda:
        out += [(p, "member") for p in agenda.members]
    return out
