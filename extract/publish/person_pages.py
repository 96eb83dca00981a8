"""A page per person: what a councillor or officer did, as the records show it.

Their committees, attendance over time and at each meeting, the interests they
declared, the motions they moved or seconded, and the reports they wrote or are
accountable for. Who is who comes from :mod:`extract.publish.people`.
"""

from __future__ import annotations

from dataclasses import dataclass

from extract.model import Report
from extract.archive import Committee, Document, Meeting
from extract.publish.html import Heading, esc, link, p, page_text, table
from extract.publish.pages import SiteContext, short_date
from extract.publish.people import Appearance, Individual, attendance, officer_names
from extract.publish.registers import Declared, declarations, declared_under, minute_target

PEOPLE_PAGE = "people/index.md"

@dataclass
class Contribution:
    """Something a person did at a meeting: moved or seconded a motion, wrote or answered for a report."""

    meeting: Meeting
    part: str  # "moved" | "seconded" | "author" | "report of" | "accountable"
    what: str  # the motion's text or the report's title
    target: str  # the page it links to
    result: str = ""


def _contributions(ctx: SiteContext) -> dict[int, list[Contribution]]:
    """Motions and reports by person (keyed by id of the Individual), oldest first: a person's are those of
    their own council's meetings."""
    found: dict[int, list[Contribution]] = {}
    for meeting in ctx.catalogue.meetings:
        credits: list[tuple[str | None, Contribution]] = []
        minutes = meeting.minutes
        for minute in minutes.items if minutes else []:
            target = minute_target(meeting, minute.anchor) or meeting.page
            for motion in minute.motions:
                for part, name in (("moved", motion.mover), ("seconded", motion.seconder)):
                    credits.append((name, Contribution(meeting, part, motion.text, target, motion.result or "")))
        for doc in meeting.reports:
            credits += _report_credits(meeting, doc)
        credited: set[tuple[int, str]] = set()  # the author is often the officer the report is "of" too
        for name, contribution in credits:
            individual = ctx.people.resolve(meeting, name) if name else None
            if individual is None or individual.council is not meeting.council:
                continue
            if contribution.part in REPORT_PARTS:
                if (id(individual), contribution.target) in credited:
                    continue
                credited.add((id(individual), contribution.target))
            found.setdefault(id(individual), []).append(contribution)
    return found


REPORT_PARTS = ("author", "report of", "accountable")


def _report_credits(meeting: Meeting, doc: Document) -> list[tuple[str, Contribution]]:
    report: Report = doc.record  # type: ignore[assignment]
    title = report.title or "Report"
    names = {"author": officer_names(report.author), "report of": officer_names(report.report_of),
             "accountable": [p.name for p in report.accountable]}
    return [(name, Contribution(meeting, part, title, doc.path)) for part in REPORT_PARTS for name in names[part]]


@dataclass
class PersonPage:
    """What a person's page shows beside who they are (``individual.appearances``): what the archive
    says they did."""

    individual: Individual
    declared: list[Declared]
    contributions: list[Contribution]

    def text(self, ctx: SiteContext) -> dict[str, str]:
        return {self.individual.page: person_page(ctx, self.individual, self.declared, self.contributions)}


def person_pages(ctx: SiteContext) -> list[PersonPage]:
    """Every person's page, each with what it shows, found in one pass over the archive: so that each can
    be made on its own (one more meeting makes again only the pages of the people it shows)."""
    contributions = _contributions(ctx)
    declared: dict[int, list[Declared]] = {}
    for entry in declarations(ctx):
        if entry.individual is not None:
            declared.setdefault(id(entry.individual), []).append(entry)
    return [PersonPage(i, declared.get(id(i), []), contributions.get(id(i), []))
            for i in ctx.people.individuals.values()]


def person_page(ctx: SiteContext, individual: Individual, declared: list[Declared],
                contributions: list[Contribution]) -> str:
    page = individual.page
    council = individual.council.name
    known = [x for x in (individual.party, f"{individual.ward} ward" if individual.ward else None) if x]
    out: list = [Heading(1, esc(individual.name)), p((f"{esc(council)}." if council else "Council not known.")
                                                      + (f" {esc(', '.join(known))}." if known else ""))]
    out += committees_section(page, individual.appearances)
    out += attendance_over_time(page, individual.appearances)

    if individual.appearances:  # an officer may be named only as a report's author
        out += [Heading(2, "Meetings"), table(["Date", "Meeting", "Attendance", "Role"], [
            [esc(short_date(a.meeting.date)), link(a.meeting.committee.name, page, a.meeting.page), esc(a.status),
             esc(a.role or "")] for a in reversed(individual.appearances)], SORTABLE)]

    if declared:
        out += [Heading(2, "Declarations of interest"), table(
            ["Date", "Committee", "Minute", "Interest", "Declaration"],
            [[link(short_date(e.meeting.date), page, e.meeting.page), esc(e.meeting.committee.name),
              declared_under(page, e), esc(e.declaration.interest or ""), esc(e.declaration.text)] for e in declared],
            SORTABLE)]

    motions = [c for c in contributions if c.part in ("moved", "seconded")]
    if motions:
        out += [Heading(2, "Motions moved and seconded"), table(["Date", "Committee", "Motion", "Part", "Result"], [
            [link(short_date(c.meeting.date), page, c.meeting.page), esc(c.meeting.committee.name),
             link(c.what, page, c.target), esc(c.part), esc(c.result)] for c in reversed(motions)], SORTABLE)]

    reports = [c for c in contributions if c.part not in ("moved", "seconded")]
    if reports:
        out += [Heading(2, "Reports written or accountable for"), table(["Date", "Committee", "Report", "Part"], [
            [link(short_date(c.meeting.date), page, c.meeting.page), esc(c.meeting.committee.name),
             link(c.what, page, c.target), esc(c.part)] for c in reversed(reports)], SORTABLE)]
    return page_text(out)


SORTABLE = "sortable stacked"  # a person's tables: sortable by any column, each row a card on a phone


def committees_section(page: str, appearances: list[Appearance]) -> list:
    """Each committee the person sat on or attended: as what, in which roles, from when to when."""
    by_committee: dict[Committee, list[Appearance]] = {}
    for appearance in appearances:
        by_committee.setdefault(appearance.meeting.committee, []).append(appearance)
    rows = []
    for committee, mine in sorted(by_committee.items(), key=lambda kv: kv[0].name.lower()):
        member = any(a.as_member for a in mine)
        roles = ", ".join(dict.fromkeys(a.role for a in mine if a.role))
        dates = [a.meeting.date for a in mine if a.meeting.date]
        span = (short_date(min(dates)) + (f" to {short_date(max(dates))}" if max(dates) != min(dates) else "")
                if dates else "undated")
        figures = attendance(mine)
        attended = str(figures) if figures.minuted or figures.pending else f"{len(mine)} meeting{'s' * (len(mine) > 1)}"
        rows.append([link(committee.name, page, committee.page), "member" if member else "in attendance",
                     esc(roles), esc(span), esc(attended)])
    if not rows:
        return []
    return [Heading(2, "Committees"), table(["Committee", "As", "Roles", "Meetings", "Attended"], rows, SORTABLE)]


def attendance_over_time(page: str, appearances: list[Appearance]) -> list:
    """Attendance as a member, year by year and committee by committee."""
    by_year: dict[tuple[str, Committee], list[Appearance]] = {}
    for a in appearances:
        if a.expected:
            by_year.setdefault((a.meeting.date[:4] if a.meeting.date else "undated", a.meeting.committee), []).append(a)
    if not by_year:
        return []
    rows = []
    for (year, committee), mine in sorted(by_year.items(), key=lambda kv: (kv[0][0], kv[0][1].name), reverse=True):
        figures = attendance(mine)
        rows.append([esc(year), link(committee.name, page, committee.page), str(figures.minuted), str(figures.present),
                     str(figures.apologies), str(figures.absent), esc(figures.rate)])
    return [Heading(2, "Attendance over time"), table(["Year", "Committee", "Minuted meetings", "Present", "Apologies",
                                                        "Absent", "Attendance"], rows, SORTABLE)]


def people_index(ctx: SiteContext) -> str:
    out: list = [Heading(1, "People"), p("Members and officers named in the minutes and agendas, by council.")]
    # By the council's name: papers that name no council are each a council of their own to the
    # archive (people are never merged across them), but to a reader one "Council not known".
    by_council: dict[str | None, list[Individual]] = {}
    for individual in ctx.people.individuals.values():
        by_council.setdefault(individual.council.name, []).append(individual)
    for name, individuals in sorted(by_council.items(), key=lambda kv: (kv[0] is None, kv[0] or "")):
        out += [Heading(2, esc(name or "Council not known")), table(["Name", "Meetings"], [
            [link(i.name, PEOPLE_PAGE, i.page), str(len(i.appearances))]
            for i in sorted(individuals, key=lambda i: (i.surname, i.name))], SORTABLE)]
    return page_text(out)
