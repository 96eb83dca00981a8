"""Who is who: one person per real person within a council.

Minutes name the same councillor as "Councillor Joycelyn Redsell", "Cllr Redsell"
or "Joycelyn Redsell", agendas as "Cllr J Redsell", reports by the officer's name
before their job title, and officers by the role acronym they were introduced
with ("the ADCPH"). Full names found in attendance lists, agendas and reports
define the people of a council; shorter references resolve to one of them only
when exactly one fits (first by surname across the council, then among those at
the same meeting), so two people who share a surname — David Potter and Myra
Potter — stay two, and different first names or initials are never merged. A
name printed with a middle initial and without it ("Malcolm W Taylor", "Malcolm
Taylor") is one person when no other person of the council has that first name
and surname with another middle initial, and no meeting lists both; when one
does, the two are kept apart and told to the officer (``People.unsure``), as is a surname or
initials listed alone that fit several people ("Mayor Smith" beside John and Karen Smith).

An officer's ``people.yml`` (:class:`extract.archive.PersonEntry`) comes first:
its aliases merge printed names, its committees and dates split one printed name
between two people, and it gives party and ward.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from extract.archive import (NAMES_REMEMBERED, Catalogue, Council, Meeting, PersonEntry, bare_name, council_key,
                             name_words, surname)
from extract.model import Person, Report
from extract.parse.people import split_trailing_office
from extract.patterns import FAMILIAR_FIRST_NAMES, FAMILIAR_PREFIX_MIN, NAME_SUFFIXES, SURNAME_PARTICLES
from extract.text import slugify

_MINOR_WORDS = {"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "with"}

# (frontmatter list, how the person took part); members before officers, so a
# councillor listed both as present and in attendance counts as present.
MINUTES_LISTS = (("present", "present"), ("substitutes", "substitute"), ("apologies", "apologies"),
                 ("absent", "absent"), ("in_attendance", "in attendance"))
# Taking part in one of these means the person was expected as a member.
MEMBER_STATUSES = {"present", "substitute", "apologies", "absent", "member"}
PRESENT_STATUSES = {"present", "substitute"}

# "Alyson Grice/Samantha Morris, Overview and Scrutiny Officers", "Joseph Tynan – Service Manager":
# the names come before the first comma or dash, several names split by a slash.
_JOB_AFTER = re.compile(r"\s*(?:,|\s[–—-]\s).*$", re.S)


def officer_names(text: str | None) -> list[str]:
    """The names at the head of a report's author or "report of" field, without a job title run on
    after one ("Joseph Tynan Service Manager Multi Agency Safeguarding Hub, …" is Joseph Tynan)."""
    head = _JOB_AFTER.sub("", text or "")
    names = []
    for printed in head.split("/"):
        words = printed.split()
        name, _ = split_trailing_office(words)
        if words:
            names.append(" ".join(name or words))
    return names


def report_names(report: Report) -> list[str]:
    """Everyone a report names as its author, whose report it is, or accountable for it."""
    return [*officer_names(report.author), *officer_names(report.report_of), *(p.name for p in report.accountable)]


@functools.lru_cache(maxsize=NAMES_REMEMBERED)  # asked of every role at a meeting, for each name found by role
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
    def as_member(self) -> bool:
        """Sat, sent apologies or was absent as a member, or is on the meeting's membership."""
        return self.status in MEMBER_STATUSES

    @property
    def expected(self) -> bool:
        """A member at a minuted meeting: one that counts towards attendance."""
        return self.as_member and self.meeting.minutes is not None

    @property
    def pending(self) -> bool:
        """On the membership of a meeting whose minutes are not in yet: neither present nor absent."""
        return self.as_member and self.meeting.minutes is None


@dataclass
class Attendance:
    """A member's attendance over some meetings: present at ``present`` of ``minuted`` minuted meetings."""

    minuted: int  # minuted meetings at which they were a member
    present: int
    apologies: int
    pending: int  # meetings on whose membership they are, with no minutes yet

    @property
    def absent(self) -> int:
        return self.minuted - self.present - self.apologies

    @property
    def rate(self) -> str:
        return f"{round(100 * self.present / self.minuted)}%" if self.minuted else "–"

    @property
    def figure(self) -> str:
        """ "1 of 2 minuted meetings (50%)" """
        return (f"{self.present} of {self.minuted} minuted meeting{'s' * (self.minuted != 1)}"
                + (f" ({self.rate})" if self.minuted else ""))

    def __str__(self) -> str:
        return self.figure + (f", {self.pending} pending (no minutes yet)" if self.pending else "")


def attendance(appearances: list[Appearance]) -> Attendance:
    expected = [a for a in appearances if a.expected]
    return Attendance(minuted=len(expected), present=sum(a.status in PRESENT_STATUSES for a in expected),
                      apologies=sum(a.status == "apologies" for a in expected),
                      pending=sum(a.pending for a in appearances))


@dataclass(eq=False)
class Individual:
    name: str
    council: Council
    page: str = ""  # people/<council-slug>/<name-slug>.md
    appearances: list[Appearance] = field(default_factory=list)
    party: str | None = None
    ward: str | None = None

    @property
    def surname(self) -> str:
        return surname(self.name)


class People:
    """Everyone the archive's minutes, agendas and reports name, and how to find them from a reference."""

    def __init__(self, catalogue: Catalogue):
        self.individuals: dict[tuple[Council, str], Individual] = {}  # (council, full name folded: _folded)
        self._by_surname: dict[tuple[Council, str], list[Individual]] = {}
        self._by_inner_word: dict[tuple[Council, str], list[Individual]] = {}  # words between first name and last
        self._by_meeting: dict[int, list[tuple[Individual, Appearance]]] = {}
        # (meeting, reference) → whom it resolves to, once everyone is known: pages, registers and what a
        # build digests ask for the same declarations and departures again and again
        self._resolved: dict[tuple[int, str | None], Individual | None] | None = None
        self._entries = catalogue.settings.people
        self._councils = catalogue.councils
        listed = [(m, p, status) for m in catalogue.meetings for p, status in _listed(m)]
        named = [(m, name) for m in catalogue.meetings for doc in m.reports for name in report_names(doc.record)]
        names = [(m, p.name) for m, p, _ in listed] + named
        # Full names first, then initials ("D Bellsham") that match no full name, so that
        # surnames alone can resolve to either. Counted per council: a council's names are
        # printed at meeting after meeting.
        full = Counter((meeting.council, name) for meeting, name in ((m, bare_name(printed)) for m, printed in names)
                       if _full_name(name) and not self._entry(meeting, name))
        together = {(id(m), _folded(bare_name(p.name))) for m, p, _ in listed}
        self._joined, self.unsure = _middle_initials(full, together)
        for council, name in full:
            self._add(council, self._joined.get((council, _folded(name)), name))
        for meeting, printed in names:
            name = bare_name(printed)
            if not _abbreviated(name):
                continue
            individual = self.resolve(meeting, name)
            if individual is None:
                self._kept_apart(meeting, name)
            elif self._listed_beside(meeting, name, individual):
                self._told(Unsure(meeting.council, name, [individual.name]))
                self._add(meeting.council, name)
        for meeting, person, status in listed:
            individual = self.resolve(meeting, person.name) or self._kept_apart(meeting, bare_name(person.name))
            if individual is None:
                continue
            seen = individual.appearances[-1] if individual.appearances else None
            if seen and seen.meeting is meeting:
                seen.role = seen.role or person.role
                continue  # listed twice at one meeting: the first (member) list wins
            appearance = Appearance(meeting, status, person.role)
            individual.appearances.append(appearance)
            self._by_meeting.setdefault(id(meeting), []).append((individual, appearance))
        self.unsure += self._familiar_forms()
        self._assign_pages()
        self._resolved = {}

    def _add(self, council: Council, name: str, key: str | None = None) -> Individual | None:
        """The council's person of this name (or ``key``), new if need be."""
        if not bare_name(name):
            return None
        key = (council, key or _folded(name))
        if key not in self.individuals:
            individual = Individual(name=name, council=council)
            self.individuals[key] = individual
            self._by_surname.setdefault((council, individual.surname), []).append(individual)
            for word in set(name_words(name)[1:-1]):
                self._by_inner_word.setdefault((council, word), []).append(individual)
        return self.individuals[key]

    def _listed_beside(self, meeting: Meeting, name: str, individual: Individual) -> bool:
        """Whether initials and a surname are listed beside the full name they resolve to in one record: a list
        naming "John Smith" and "J Smith" names two people (the second perhaps Jane), where an agenda's
        "J Smith" and its minutes' "John Smith" are one."""
        own, known_as = _folded(name), _folded(individual.name)
        if own == known_as:
            return False
        for listed in _listed_by_record(meeting):
            # each name as the council's people are known (a full name joined to its form with middle initials)
            names = {_folded(self._joined.get((meeting.council, n), n)) for n in
                     (_folded(bare_name(person.name)) for person, _ in listed)}
            if own in names and known_as in names:
                return True
        return False

    def _told(self, unsure: "Unsure") -> None:
        if (unsure.council, unsure.name) not in {(u.council, u.name) for u in self.unsure}:
            self.unsure.append(unsure)

    def _kept_apart(self, meeting: Meeting, name: str) -> Individual | None:
        """A person of their own for a name that resolves to no one; told to the officer where it could be
        several people ("Cllr Smith" where the council has a John Smith and a Karen Smith, neither or both
        listed at the meeting), or a surname that is the first of someone's two ("Councilmember García" beside
        Ana García López: Spanish and Portuguese names carry the father's surname, then the mother's)."""
        fitting = self._fitting(meeting, name)
        inner = [] if fitting or len(name.split()) > 1 else self._by_inner_word.get((meeting.council, _folded(name)), [])
        if len(fitting) > 1 or inner:
            self._told(Unsure(meeting.council, name, sorted(i.name for i in fitting or inner)))
        return self._add(meeting.council, name)

    def _familiar_forms(self) -> list[Unsure]:
        """People of one council and surname whose first names are one name's full and familiar forms ("Bob
        Smith", "Robert Smith"), never listed at one meeting: perhaps one person, told."""
        told = []
        for people in self._by_surname.values():
            named = [i for i in people if _full_name(i.name)]
            for familiar in named:
                fuller = sorted(i.name for i in named if i is not familiar and _familiar_form(familiar, i)
                                and not {id(a.meeting) for a in i.appearances} & {id(a.meeting) for a in familiar.appearances})
                if fuller:
                    told.append(Unsure(familiar.council, familiar.name, fuller))
        return told

    def _assign_pages(self) -> None:
        taken: set[str] = set()
        for individual in sorted(self.individuals.values(), key=lambda i: (i.council.slug, i.name)):
            base = f"people/{individual.council.slug}/{slugify(individual.name)}"
            page, n = f"{base}.md", 2
            while page in taken:
                page, n = f"{base}-{n}.md", n + 1
            taken.add(page)
            individual.page = page

    # --- people.yml ---

    def _entry(self, meeting: Meeting, name: str) -> PersonEntry | None:
        """The people.yml entry that claims this printed name at this meeting, if one does."""
        if not self._entries:
            return None
        wanted = _folded(name)
        for entry in self._entries:
            if wanted in {_folded(bare_name(n)) for n in [entry.name, *entry.aliases]} and self._claims(entry, meeting):
                return entry
        return None

    def _claims(self, entry: PersonEntry, meeting: Meeting) -> bool:
        """Whether an entry speaks for this meeting: its council, its committees, its dates."""
        if entry.council and len(self._councils) > 1:
            key = council_key(entry.council)
            if key is None or key[0] != meeting.council.own_words:
                return False
        if entry.committees and name_words(meeting.committee.name) not in [name_words(c) for c in entry.committees]:
            return False
        date = meeting.date or ""
        return not ((entry.since and date < entry.since) or (entry.until and date > entry.until))

    def _from_entry(self, meeting: Meeting, entry: PersonEntry) -> Individual:
        # Known by the entry itself, not a name: a split gives two entries names in common.
        individual = self._add(meeting.council, entry.name, key=f"people.yml: {entry.name.casefold()}")
        individual.party, individual.ward = entry.party, entry.ward
        return individual

    # --- Finding people ---

    def at_meeting(self, meeting: Meeting) -> list[tuple[Individual, Appearance]]:
        """Everyone listed at a meeting, with how they took part."""
        return self._by_meeting.get(id(meeting), [])

    def resolve(self, meeting: Meeting, reference: str | None) -> Individual | None:
        """The one person a name, surname or role reference means at this meeting, if exactly one fits."""
        if self._resolved is None:  # still finding who everyone is: the answer may change
            return self._resolve(meeting, reference)
        key = (id(meeting), reference)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(meeting, reference)
        return self._resolved[key]

    def _resolve(self, meeting: Meeting, reference: str | None) -> Individual | None:
        name = bare_name(reference or "")
        if not name:
            return None
        entry = self._entry(meeting, name)
        if entry:
            return self._from_entry(meeting, entry)
        council = meeting.council
        exact = self.individuals.get((council, _folded(self._joined.get((council, _folded(name)), name))))
        if exact:
            return exact
        fitting = self._fitting(meeting, name)
        if len(fitting) == 1:
            return fitting[0]
        return self._by_role(meeting, name)

    def _fitting(self, meeting: Meeting, name: str) -> list[Individual]:
        """The council's people a surname, or initials and a surname, may mean: the one of them listed at
        the meeting where several are and one is listed; else all of them."""
        words = name.split()
        initialled, particled = _abbreviated(name), _particled(name)
        if not (initialled or particled or len(words) == 1):
            return []
        # "J Todd" by the initial; "ap Gwilym", "Ó Súilleabháin" (an initial's shape) by the surname; a surname of
        # several words by all of them: "Brunton-Reed" is Sue Brunton-Reed, not John Reed
        last = name_words(words[-1])
        candidates = [c for c in self._by_surname.get((meeting.council, surname(name)), [])
                      if (initialled and c.name[0].lower() == words[0][0].lower()
                          and _ends(c.name, name_words(_surname_after_initials(name))))
                      or (particled and _ends(c.name, name_words(name)) and c.name != name)
                      or (len(words) == 1 and _ends(c.name, last))]
        if len(candidates) > 1:
            listed_here = {id(i) for i, _ in self.at_meeting(meeting)}
            here = [c for c in candidates if id(c) in listed_here]
            return here if len(here) == 1 else candidates
        return candidates

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
        return self.resolve(meeting, matches[0].name) if bare_name(matches[0].name) != reference else None


@dataclass
class Unsure:
    """A name that could be any of several people's: printed without a middle initial, a surname alone, a
    familiar first name ("Bob Smith" beside "Robert Smith")."""

    council: Council
    name: str
    candidates: list[str]

    def __str__(self) -> str:
        where = f" ({self.council.name})" if self.council.name else ""
        return (f"{self.name}{where} may be {' or '.join(self.candidates)}: kept apart "
                f"(people.yml can name them one person)")


def _middle_initials(names: Counter[tuple[Council, str]],
                     together: set[tuple[int, str]]) -> tuple[dict[tuple[Council, str], str], list[Unsure]]:
    """Which full names are another's form with or without its middle initials ("Malcolm Taylor",
    "Malcolm W. Taylor" → "Malcolm W Taylor"), and the names that could be more than one person's.

    Names join when first name and surname agree and the one has middle initials where the other
    has none, or the same initials; they stay apart when another person of the council has other
    initials between the same first name and surname (reported as unsure), or when one meeting
    lists both (two people: ``together`` holds (meeting, folded name) pairs). ``names``: how
    often each council prints each full name.
    """
    forms: dict[tuple[Council, str, str], dict[tuple[str, ...], Counter]] = {}
    for (council, name), printed in names.items():
        words = name.split()
        middle = tuple(_folded(w) for w in words[1:-1])
        if all(len(w) == 1 for w in middle):
            first_last = (council, _folded(words[0]), _folded(words[-1]))
            forms.setdefault(first_last, {}).setdefault(middle, Counter())[name] += printed
    meetings_of: dict[str, set[int]] = {}
    for meeting_id, name in together:
        meetings_of.setdefault(name, set()).add(meeting_id)
    joined: dict[tuple[Council, str], str] = {}
    unsure: list[Unsure] = []
    for (council, _, _), by_middle in forms.items():
        # each form in mixed case where one is printed so (Scottish and French minutes set surnames in
        # capitals: "Ian BORTHWICK", "Jean DUPONT"), then as printed most, "W" before "W.": "Malcolm W Taylor"
        shown = {middle: max(printed, key=lambda n: (-_words_in_capitals(n), printed[n], -n.count("."), n))
                 for middle, printed in by_middle.items()}
        for middle, printed in by_middle.items():
            for name in printed:  # "Malcolm W. Taylor" is "Malcolm W Taylor"
                joined[(council, _folded(name))] = shown[middle]
        initialled = [middle for middle in by_middle if middle]
        if () not in by_middle or not initialled:
            continue
        if len(initialled) > 1:
            unsure.append(Unsure(council, shown[()], sorted(shown[m] for m in initialled)))
            continue
        bare, fuller = set(by_middle[()]), set(by_middle[initialled[0]])
        listed_with = {m for n in fuller for m in meetings_of.get(_folded(n), ())}
        if any(meetings_of.get(_folded(n), set()) & listed_with for n in bare):
            continue  # one meeting lists both: two people
        for name in bare:
            joined[(council, _folded(name))] = shown[initialled[0]]
    return joined, unsure


def _words_in_capitals(name: str) -> int:
    return sum(len(word) > 1 and word.isupper() for word in name.split())


def _familiar_form(familiar: Individual, full: Individual) -> bool:
    """Whether one's first name is a familiar form of the other's: "Bob" of "Robert", "Pete" of "Peter"."""
    short, name = (name_words(i.name)[0] for i in (familiar, full))
    return short != name and (short in FAMILIAR_FIRST_NAMES.get(name, ())
                              or len(short) >= FAMILIAR_PREFIX_MIN and name.startswith(short))


@functools.lru_cache(maxsize=NAMES_REMEMBERED)  # asked of every name at every meeting, several times
def _folded(name: str) -> str:
    """A name as people are told apart, by its words: case, accents and punctuation aside ("José García" is
    the ASCII agenda's "Jose Garcia", "J. Smith" is "J Smith")."""
    return " ".join(name_words(name))


@functools.lru_cache(maxsize=NAMES_REMEMBERED)  # asked of every name at every meeting
def _abbreviated(name: str) -> bool:
    """Initials and a surname: "J Todd", "J. H. Todd", "S. ap Gwilym"."""
    return bool(_surname_after_initials(name))


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def _surname_after_initials(name: str) -> str:
    """The surname after a name's initials ("J. H. Todd" → "Todd", "S. ap Gwilym" → "ap Gwilym"); "" for a name
    that opens with no initial or has more than a surname after them."""
    words = name.split()
    initials = len(list(itertools.takewhile(lambda w: len(w.rstrip(".")) == 1, words[:-1])))
    rest = " ".join(words[initials:])
    return rest if initials and (initials == len(words) - 1 or _particled(rest)) else ""


def _ends(name: str, surname_words: list[str]) -> bool:
    """Whether a name ends with a surname's words, a generational suffix aside ("John Smith Jr." ends "smith")."""
    words = name_words(name)
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-len(surname_words):] == surname_words


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def _particled(name: str) -> bool:
    """A surname alone that opens with its particles (SURNAME_PARTICLES): "ap Gwilym", "Ó Súilleabháin", "van der Berg"."""
    words = name_words(name)
    return len(words) > 1 and all(w in SURNAME_PARTICLES for w in words[:-1])


@functools.lru_cache(maxsize=NAMES_REMEMBERED)
def _full_name(name: str) -> bool:
    """A first name (not an initial) and a surname at least: what defines a council's person; not a surname
    alone with its particles ("ap Gwilym")."""
    return len(name.split()) >= 2 and not _abbreviated(name) and not _particled(name)


def _listed_by_record(meeting: Meeting) -> list[list[tuple[Person, str]]]:
    """The people a meeting's minutes and agenda list, with how they took part, record by record: the minutes'
    lists (present, apologies, in attendance…) are one record's, the agenda's members another's."""
    minutes, agenda = meeting.minutes, meeting.agenda
    lists = [[(p, status) for key, status in MINUTES_LISTS for p in getattr(minutes, key)]] if minutes else []
    return lists + ([[(p, "member") for p in agenda.members]] if agenda else [])


def _listed(meeting: Meeting) -> list[tuple[Person, str]]:
    """Every person a meeting's minutes and agenda list, with how they took part."""
    return [entry for listed in _listed_by_record(meeting) for entry in listed]
