"""Every generated page, by its path in the staged docs folder: each a plain function of the records.

The pages come in groups (:func:`page_groups`), each a function giving some pages, so that a
build can write them on every core; a new page or kind of page is one more group.

Given each record's stage key, the groups that list meetings also say what they are made of
(:class:`extract.publish.stage.Generated`), so that a build after one more meeting makes
again only the groups that list it: a committee's meeting pages, committee page and item
histories are made of its meetings' records, the people those show (who was listed at each
meeting, whom each name in its declarations and departures resolves to: names and pages), the source PDFs and agenda packs its papers are in, the officer's settings and
the day (what is upcoming); a person's page of the meetings it shows them at (their records and
committees' names) and what they did there; a committee's feed and calendar of its meetings' records; a year's page of each
register of that year's meetings' records and what it shows of others (where a deferred item
was taken up, whose page a declaration links to). Pages that list the whole archive (home,
calendar, the registers' hub pages, the people index, the archive's feed) are made every
build; the data files are joined from each meeting's part, made again when that meeting's
records or the people listed at it changed.
"""

from __future__ import annotations

import functools
from typing import Callable

from extract.archive import Committee, Meeting
from extract.publish.feeds import committee_feeds, site_feed
from extract.publish.home import CALENDAR_PAGE, HOME_PAGE, SEARCH_PAGE, calendar_page, home_page, search_page
from extract.publish.pages import (COMMITTEES_PAGE, SiteContext, committee_page, committees_index, meeting_page,
                                   subject_page)
from extract.publish.person_pages import PEOPLE_PAGE, PersonPage, people_index, person_pages
from extract.publish.registers import (declarations_pages, declarations_year, declarations_year_shows,
                                       meetings_by_year, register_pages, register_year, register_year_shows)
from extract.publish.stage import Generated, digest

PageGroup = Callable[[], dict[str, str]]
GROUP_SIZE = 100  # meeting or item pages per group: enough work to be worth a worker's while


def _hub_pages(ctx: SiteContext) -> dict[str, str]:
    return {HOME_PAGE: home_page(ctx), SEARCH_PAGE: search_page(ctx), CALENDAR_PAGE: calendar_page(ctx),
            COMMITTEES_PAGE: committees_index(ctx), PEOPLE_PAGE: people_index(ctx)}


def _meeting_pages(ctx: SiteContext, committee: Committee, first: int) -> dict[str, str]:
    """A run of a committee's meeting pages (each page links to the meetings either side of it)."""
    meetings = committee.meetings
    pages = {committee.page: committee_page(ctx, committee)} if first == 0 else {}
    for at in range(first, min(first + GROUP_SIZE, len(meetings))):
        previous = meetings[at - 1] if at else None
        following = meetings[at + 1] if at + 1 < len(meetings) else None
        pages[meetings[at].page] = meeting_page(ctx, meetings[at], previous, following)
    return pages


def _subject_pages(ctx: SiteContext, subjects: list) -> dict[str, str]:
    return {subject.page: subject_page(ctx, subject) for subject in subjects}


class Ingredients:
    """Digests of what pages are made of, from each record's stage key (which changes with its file)."""

    def __init__(self, ctx: SiteContext, record_keys: dict[str, str]):
        self.ctx = ctx
        self.record_keys = record_keys
        catalogue = ctx.catalogue
        self.shared = digest(ctx.today.isoformat(), catalogue.settings,
                             [(c.name, c.slug, c.key) for c in catalogue.councils])
        self._committees: dict[int, str] = {}
        self._meetings: dict[int, str] = {}
        self._shown_at: dict[int, str] = {}

    def meeting(self, meeting: Meeting) -> str:
        """A meeting's page, date and records (digested once: most meetings are asked for by several groups)."""
        if id(meeting) not in self._meetings:
            self._meetings[id(meeting)] = digest(meeting.page, meeting.date,
                                                 [(d.path, self.record_keys.get(d.path)) for d in meeting.documents])
        return self._meetings[id(meeting)]

    def shown_at(self, meeting: Meeting) -> str:
        """A meeting as pages elsewhere show it: its records and its committee's name and page."""
        if id(meeting) not in self._shown_at:
            self._shown_at[id(meeting)] = digest(self.meeting(meeting), meeting.committee.name, meeting.committee.page)
        return self._shown_at[id(meeting)]

    def committee(self, committee: Committee) -> str:
        """A committee's meetings' records and the people they show, the PDFs and packs its papers are in
        (asked for by its pages' groups and its feeds' group: digested once)."""
        if id(committee) not in self._committees:
            self._committees[id(committee)] = self._committee(committee)
        return self._committees[id(committee)]

    def _committee(self, committee: Committee) -> str:
        meetings = committee.meetings
        sources = sorted({d.record.source.file for m in meetings for d in m.documents})
        pdfs = [(file, repr(self.ctx.pdfs.get(file))) for file in sources]
        packs = [(file, sorted((item, d.path, self.record_keys.get(d.path))
                               for item, d in self.ctx.pack_papers.get(file, {}).items())) for file in sources]
        return digest(self.shared, committee.page, committee.name, committee.council.name,
                      [(self.meeting(m), self.shown(m)) for m in meetings], pdfs, packs)

    def listed(self, meeting: Meeting) -> list:
        """Who was listed at a meeting: names, pages and how they took part."""
        return [(i.name, i.page, a.status, a.role) for i, a in self.ctx.people.at_meeting(meeting)]

    def shown(self, meeting: Meeting) -> tuple:
        """The people a meeting's pages show: those listed at it, and whom each name its declarations and
        departures give resolves to (names and pages). Not the rest of its council's people, so that a
        newcomer at one committee makes no other committee's pages again."""
        minutes = meeting.minutes
        named = [*(d.member for d in minutes.declarations), *(d.name for d in minutes.departures)] if minutes else []
        resolved = [(name, (i.name, i.page) if (i := self.ctx.people.resolve(meeting, name)) else None)
                    for name in named]
        return self.listed(meeting), resolved

    def meetings(self, meetings: list[Meeting]) -> str:
        """Some meetings' records, and the names of their committees and councils."""
        return digest(self.shared, [(self.meeting(m), m.committee.name, m.council.name) for m in meetings])

    def meeting_data(self, meeting: Meeting) -> str:
        """What the data files say of a meeting: its records, its committee's and council's names, and who was
        listed at it (names and pages): not the rest of its council's people, so that a newcomer at one
        meeting does not make every other meeting's rows again."""
        return digest(self.meeting(meeting), meeting.committee.name, meeting.council.name, self.listed(meeting))

    def person(self, person: PersonPage) -> str:
        """A person's page: who they are, and each meeting it shows them at (its records, its committee's name)
        with what they did there. Not the rest of their council's meetings or people, so that one more
        meeting makes again only the pages of the people it shows (or whose names it makes resolve otherwise)."""
        individual, at = person.individual, self.shown_at
        return digest(individual.name, individual.page, individual.party, individual.ward, individual.council.name,
                      [(at(a.meeting), a.status, a.role) for a in individual.appearances],
                      [(at(e.meeting), repr(e.declaration)) for e in person.declared],
                      [(at(c.meeting), c.part, c.what, c.target, c.result) for c in person.contributions])


def page_groups(ctx: SiteContext, made: Ingredients | None = None) -> list[Generated]:
    """Every generated page in groups; given what the records are (``made``), the groups that can
    say what they are made of say so (when asked: :meth:`extract.publish.stage.Stage.put_generated`)."""

    def group(make: PageGroup, made_of: Callable[[], tuple] | None = None) -> Generated:
        return Generated(make, (lambda: digest(*made_of())) if made and made_of else None)

    groups = [group(functools.partial(_hub_pages, ctx))]
    subjects: dict[int, list] = {}
    for subject in ctx.subjects.values():
        subjects.setdefault(id(subject.committee), []).append(subject)
    for committee in ctx.catalogue.committees:
        groups += [group(functools.partial(_meeting_pages, ctx, committee, first),
                         lambda c=committee, first=first: ("meetings", made.committee(c), first))
                   for first in range(0, len(committee.meetings), GROUP_SIZE)]
        mine = subjects.get(id(committee), [])
        groups += [group(functools.partial(_subject_pages, ctx, mine[i:i + GROUP_SIZE]),
                         lambda c=committee, i=i: ("subjects", made.committee(c), i))
                   for i in range(0, len(mine), GROUP_SIZE)]
    groups += [group(functools.partial(person.text, ctx), lambda person=person: ("person", made.person(person)))
               for person in person_pages(ctx)]
    groups += [group(functools.partial(register_pages, ctx)), group(functools.partial(declarations_pages, ctx))]
    for year, meetings in meetings_by_year(ctx.catalogue).items():
        groups += [group(functools.partial(register_year, ctx, year, meetings),
                         lambda year=year, meetings=meetings: ("resolutions", year, made.meetings(meetings),
                                                               register_year_shows(ctx, meetings))),
                   group(functools.partial(declarations_year, ctx, year, meetings),
                         lambda year=year, meetings=meetings: ("declarations", year, made.meetings(meetings),
                                                               declarations_year_shows(ctx, meetings)))]
    return groups


def feed_groups(ctx: SiteContext, site_url: str, made: Ingredients | None = None) -> list[Generated]:
    """The archive's feed, made every build, and each committee's feed and calendar, made of its meetings."""
    groups = [Generated(functools.partial(site_feed, ctx.catalogue, site_url))]
    for committee in ctx.catalogue.committees:
        made_of = (lambda c=committee: digest("feeds", site_url, made.committee(c))) if made else None
        groups.append(Generated(functools.partial(committee_feeds, committee, site_url), made_of))
    return groups


def derived_pages(ctx: SiteContext) -> dict[str, str]:
    return {path: text for group in page_groups(ctx) for path, text in group.make().items()}
