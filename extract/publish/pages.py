"""Derived pages: meetings, committees, people, item histories (registers: registers.py).

Every page is written from typed records, never from record bodies, as HTML
(:mod:`extract.publish.html`): record text is data, it goes through :func:`esc`
before it reaches a page. Links are written between docs paths (``.md`` pages,
files) and made the addresses MkDocs gives them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field

from extract.model import Agenda, Appendix, Minutes
from extract.archive import Catalogue, Committee, Document, Meeting
from extract.publication import withheld_reason
from extract.publish.pdfs import PublishedPdf
from extract.publish.people import People, attendance
from extract.publish.html import Heading, esc, link, p, page_text, table, ul
from extract.publish.subjects import Subject, find_subjects, minute_for, subject_key

COMMITTEES_PAGE = "committees/index.md"
PEOPLE_PAGE = "people/index.md"

# What each kind of record is called on the public site ("other" is a paper nobody's parser knew).
KIND_LABELS = {"minutes": "Minutes", "agenda": "Agenda", "report": "Report", "appendix": "Appendix",
               "other": "Paper"}
KIND_PLURALS = {"minutes": "Minutes", "agenda": "Agendas", "report": "Reports", "appendix": "Appendices",
                "other": "Other papers"}


def kind_label(kind: str, plural: bool = False) -> str:
    return (KIND_PLURALS if plural else KIND_LABELS).get(kind, kind.capitalize())


def short_date(date: str | None) -> str:
    """A date for a table's cell: "12 Dec 2017"."""
    try:
        return dt.date.fromisoformat(date).strftime("%-d %b %Y") if date else "undated"
    except ValueError:
        return date


@functools.lru_cache(maxsize=65536)
def long_date(date: str | None) -> str:
    if not date:
        return "Undated"
    try:
        return dt.date.fromisoformat(date).strftime("%A %-d %B %Y")
    except ValueError:
        return date


@dataclass
class SiteContext:
    """What every page generator needs: the catalogue of the archive and what was derived from it."""

    catalogue: Catalogue
    people: People
    subjects: dict[tuple[str, str], Subject]
    pdfs: dict[str, PublishedPdf]  # by source file name
    meetings_by_date: dict[tuple[str, str | None], Meeting]
    # The papers of each agenda pack by item number: reports, previous minutes (filed under
    # their own meeting), papers such as a work programme. Keyed by the pack's file name.
    pack_papers: dict[str, dict[str, Document]]
    today: dt.date = field(default_factory=dt.date.today)  # meetings from today on are upcoming

    @classmethod
    def build(cls, catalogue: Catalogue, pdfs: dict[str, PublishedPdf], today: dt.date | None = None) -> "SiteContext":
        pack_papers: dict[str, dict[str, Document]] = {}
        for doc in (d for m in catalogue.meetings for d in m.documents):
            if getattr(doc.record, "item", None) and not isinstance(doc.record, (Agenda, Appendix)):
                pack_papers.setdefault(doc.record.source.file, {})[str(doc.record.item)] = doc
        return cls(catalogue=catalogue, people=People(catalogue), subjects=find_subjects(catalogue), pdfs=pdfs,
                   meetings_by_date={(m.committee, m.date): m for m in catalogue.meetings}, pack_papers=pack_papers,
                   today=today or dt.date.today())

    def upcoming(self, meeting: Meeting) -> bool:
        return bool(meeting.date) and meeting.date >= self.today.isoformat()

    def upcoming_meetings(self, meetings: list[Meeting] | None = None) -> list[Meeting]:
        """Meetings from today on, soonest first."""
        return [m for m in (self.catalogue.meetings if meetings is None else meetings) if self.upcoming(m)]

    def past_meetings(self, meetings: list[Meeting] | None = None) -> list[Meeting]:
        """Meetings before today, most recent first."""
        return [m for m in reversed(self.catalogue.meetings if meetings is None else meetings) if not self.upcoming(m)]

    def meeting_on(self, committee: Committee, date: str) -> Meeting | None:
        return self.meetings_by_date.get((committee, date))

    def subject(self, committee: Committee, title: str) -> Subject | None:
        return self.subjects.get((committee, subject_key(title)))


def named_councils(catalogue: Catalogue) -> list[str]:
    """The councils the archive knows by name (some PDFs may say of none which they are)."""
    return sorted(c.name for c in catalogue.councils if c.name)


def record_page_meta(meeting: Meeting, doc: Document) -> dict:
    """What the page template (overrides/main.html) needs of a record page: its meeting, and its
    kind as a filter value and as the public calls it."""
    kind = doc.record.kind
    return {"kind": kind, "kind_label": kind_label(kind), "committee": meeting.committee.name,
            "council": meeting.council.name or "", "date": doc.record.date}


def person_link(ctx: SiteContext, page: str, meeting: Meeting, reference: str | None) -> str:
    """A person's name linked to their page when the reference resolves to one person, with the
    reference as the minutes print it when that is not part of the name ("Alan Cotgrove (BMLSCB)")."""
    individual = ctx.people.resolve(meeting, reference)
    if individual is None:
        return esc(reference or "")
    printed = (reference or "").strip()
    suffix = f" ({esc(printed)})" if printed and printed.lower() not in individual.name.lower() else ""
    return link(individual.name, page, individual.page) + suffix


# --- Meeting page ---

def meeting_title(meeting: Meeting) -> str:
    return f"{meeting.committee.name}: {long_date(meeting.date)}"


def source_link(ctx: SiteContext, page: str, doc: Document) -> str:
    """The record's source PDF with its page range, linked to the page where it starts."""
    source = doc.record.source
    first, last = (source.pages[0], source.pages[-1]) if source.pages else (None, None)
    pdf = ctx.pdfs.get(source.file)
    if doc.record.exempt or pdf is None:
        where = "" if not first else f", page {first}" if first == last else f", pages {first}–{last}"
        why = f"withheld: {withheld_reason(doc.record)}" if doc.record.exempt else "PDF not published here"
        return f"{esc(source.file + where)} ({esc(why)})"
    if first is None:
        return link(source.file, page, pdf.path)
    first, last = pdf.page(first), pdf.page(last)
    where = f"page {first}" if first == last else f"pages {first}–{last}"
    return link(f"{source.file}, {where}", page, f"{pdf.path}#page={first}")


def meeting_jsonld(meeting: Meeting) -> dict:
    start = meeting.attr("start")
    end = meeting.minutes.end if meeting.minutes else None
    data = {"@context": "https://schema.org", "@type": "Event", "name": meeting_title(meeting),
            "startDate": f"{meeting.date}T{start}" if start else meeting.date,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "organizer": {"@type": "Organization", "name": meeting.council.name or meeting.committee.name}}
    if end:
        data["endDate"] = f"{meeting.date}T{end}"
    venue = meeting.attr("venue")
    if venue:
        data["location"] = {"@type": "Place", "name": venue, "address": venue}
    return data


def meeting_page(ctx: SiteContext, meeting: Meeting, previous: Meeting | None, following: Meeting | None) -> str:
    page = meeting.page
    minutes, agenda = meeting.minutes, meeting.agenda
    out: list = [Heading(1, esc(meeting_title(meeting)))]
    nav = [link(meeting.committee.name, page, meeting.committee.page)]
    if previous:
        nav.append("Previous meeting: " + link(long_date(previous.date), page, previous.page))
    if following:
        nav.append("Next meeting: " + link(long_date(following.date), page, following.page))
    out.append(p(" · ".join(nav)))

    facts = [("Date", esc(long_date(meeting.date)))]
    start, end = meeting.attr("start"), minutes.end if minutes else None
    if start:
        facts.append(("Time", esc(f"{start}–{end}" if end else start)))
    if meeting.attr("venue"):
        facts.append(("Venue", esc(meeting.attr("venue"))))
    status = minutes_status(ctx, page, meeting)
    if status:
        facts.append(("Minutes", status))
    out.append(ul([f"<strong>{label}:</strong> {value}" for label, value in facts]))

    out += [Heading(2, "Documents"), ul([
        f"{link(doc.record.title or kind_label(doc.record.kind), page, doc.path)} "
        f"({kind_label(doc.record.kind).lower()}) — source: {source_link(ctx, page, doc)}"
        for doc in meeting.documents])]

    out += attendance_section(ctx, page, meeting)
    if agenda and agenda.items:
        out += agenda_section(ctx, page, meeting)
    if minutes and minutes.items:
        out += minutes_section(ctx, page, meeting)
    if minutes and minutes.declarations:
        declared = []
        for d in minutes.declarations:
            details = "; ".join(esc(x) for x in (d.interest, f"item {d.item}" if d.item else None, d.text) if x)
            declared.append(person_link(ctx, page, meeting, d.member) + (f": {details}" if details else ""))
        out += [Heading(2, "Declarations of interest"), ul(declared)]
    return page_text(out, {"jsonld": meeting_jsonld(meeting)})


# Minutes are usually published within this many days of the meeting; after that, minutes the
# archive lacks are simply not in it, not "not yet published".
MINUTES_EXPECTED_WITHIN = 42


def minutes_status(ctx: SiteContext, page: str, meeting: Meeting) -> str | None:
    minutes = meeting.minutes
    if minutes is None:
        if ctx.upcoming(meeting):
            return "Published after the meeting"
        held = dt.date.fromisoformat(meeting.date) if meeting.date else None
        recent = held is not None and (ctx.today - held).days <= MINUTES_EXPECTED_WITHIN
        return "Not yet published" if recent else None
    if minutes.status != "approved":
        return "Draft (not yet approved)"
    if minutes.approved_at:
        approving = ctx.meeting_on(meeting.committee, minutes.approved_at)
        when = long_date(minutes.approved_at)
        return "Approved on " + (link(when, page, approving.page) if approving else esc(when))
    return "Approved"


def attendance_section(ctx: SiteContext, page: str, meeting: Meeting) -> list:
    listed = ctx.people.at_meeting(meeting)
    if not listed:
        return []
    out: list = [Heading(2, "Attendance")]
    headings = {"present": "Present", "substitute": "Substitutes", "apologies": "Apologies",
                "absent": "Absent", "in attendance": "In attendance",
                "member": "Members listed on the agenda (attendance not yet recorded)"}
    recorded = bool(meeting.minutes)
    for status, heading in headings.items():
        people = [(i, a) for i, a in listed if a.status == status]
        if not people or (status == "member" and recorded):
            continue
        out += [Heading(3, heading), ul([link(individual.name, page, individual.page)
                                         + (f", {esc(appearance.role)}" if appearance.role else "")
                                         for individual, appearance in people])]
    if meeting.minutes and meeting.minutes.departures:
        moves = []
        for d in meeting.minutes.departures:
            when = f" at {esc(d.time)}" if d.time else ""
            during = f" (item {esc(d.item)})" if d.item else ""
            moves.append(f"{person_link(ctx, page, meeting, d.name)} {esc(d.event)}{when}{during}")
        out += [Heading(3, "Arrivals and departures"), ul(moves)]
    return out


def agenda_section(ctx: SiteContext, page: str, meeting: Meeting) -> list:
    """The agenda as a table: each item with its pages, its paper and its minute, in columns that
    have something to show (no minutes yet: no minute column)."""
    rows = []
    papers = ctx.pack_papers.get(meeting.first(Agenda).record.source.file, {})
    minutes_doc = meeting.first(Minutes)
    for item in meeting.agenda.items:
        paper = papers.get(str(item.number))
        minute = minute_for(meeting, item)
        subject = ctx.subject(meeting.committee, item.title)
        title = link(item.title, page, subject.page) if subject else esc(item.title)
        minute_cell = (link(f"Minute {minute.number}", page, f"{minutes_doc.path}#{minute.anchor}")
                       if minute and minutes_doc else "")
        paper_cell = link(paper.record.title or paper.record.kind, page, paper.path) if paper else ""
        if item.exempt:
            title += " (exempt: not for publication)"
        rows.append([esc(item.number), title, esc(item.pages or ""), paper_cell, minute_cell])
    names = ["Item", "Subject", "Pages", "Paper", "Minute"]
    shown = [i for i, name in enumerate(names) if i < 2 or any(row[i] for row in rows)]
    return [Heading(2, "Agenda"), table([names[i] for i in shown], [[row[i] for i in shown] for row in rows],
                                        "stacked")]


def minutes_section(ctx: SiteContext, page: str, meeting: Meeting) -> list:
    minutes_doc = meeting.first(Minutes)
    items = []
    for minute in meeting.minutes.items:
        target = f"{minutes_doc.path}#{minute.anchor}" if minute.anchor else minutes_doc.path
        notes = []
        if minute.exempt:
            notes.append(f"Not for publication: {esc(withheld_reason(meeting.minutes))}")
        subject = ctx.subject(meeting.committee, minute.title)
        if minute.outcome:
            note = f"Outcome: {esc(minute.outcome)}"
            later = subject.after(meeting) if subject else None
            if later:
                note += "; taken up on " + link(long_date(later.meeting.date), page, later.meeting.page)
            notes.append(note)
        if subject:
            notes.append(link("History of this item", page, subject.page))
        notes += [listed(f"Resolved: {resolution}") for resolution in minute.resolutions]
        for motion in minute.motions:
            result = f" ({esc(motion.result)}{', ' + esc(motion.vote) if motion.vote else ''})" if motion.result else ""
            notes.append(f"Motion: {esc(motion.text)}{result}")
        items.append(link(f"{minute.number}. {minute.title}", page, target) + (ul(notes) if notes else ""))
    return [Heading(2, "Minutes and resolutions"), ul(items)]


def listed(text: str) -> str:
    """A list item's content of record text, the points printed in it as bullets ("…, as • legally prescribed
    fees … and that • discretionary services …") listed under it."""
    first, *points = [part.strip() for part in text.split("•")]
    points = [esc(point) for point in points if point]
    return esc(first) + (ul(points) if points else "")


# --- Committee pages ---

def committee_page(ctx: SiteContext, committee: Committee) -> str:
    page, meetings = committee.page, committee.meetings
    out: list = [Heading(1, esc(committee.name))]
    council = f"{esc(committee.council.name)}. " if committee.council.name else ""
    out.append(p(f"{council}{len(meetings)} meeting{'s' if len(meetings) != 1 else ''} in the archive. "
                 f"Follow it: {link('calendar of meetings (iCalendar)', page, f'{committee.slug}/meetings.ics')}, "
                 f"{link('feed of new papers (Atom)', page, f'{committee.slug}/feed.xml')}."))
    upcoming = ctx.upcoming_meetings(meetings)
    out.append(Heading(2, "Upcoming meetings"))
    out.append(ul([meeting_line(ctx, page, m) for m in upcoming]) if upcoming else p(
        "No upcoming meeting has been published yet. "
        "Subscribe to the calendar above to have the next ones added to yours as they are announced."))

    latest = next((m for m in reversed(meetings) if m.agenda and m.agenda.members), None) or \
        next((m for m in reversed(meetings) if m.minutes and m.minutes.present), None)
    members = [(i, a) for i, a in ctx.people.at_meeting(latest) if a.as_member] if latest else []
    if members:
        out += [Heading(2, "Current membership"), p(f"As listed for the meeting of {esc(long_date(latest.date))}."),
                ul([link(i.name, page, i.page) + (f", {esc(a.role)}" if a.role else "") for i, a in members])]

    out.append(Heading(2, "Meetings"))
    by_year: dict[str, list[Meeting]] = {}
    for meeting in reversed(meetings):
        by_year.setdefault(meeting.date[:4] if meeting.date else "Undated", []).append(meeting)
    for year, year_meetings in by_year.items():
        out += [Heading(3, esc(year)), ul([f"{link(long_date(meeting.date), page, meeting.page)} "
                                           f"({esc(papers_summary(meeting))})" for meeting in year_meetings])]

    committee_meetings = {id(m) for m in meetings}
    rows = []
    for individual in ctx.people.individuals.values():
        mine = attendance([a for a in individual.appearances if id(a.meeting) in committee_meetings])
        if mine.minuted or mine.pending:
            rows.append((individual.name, [link(individual.name, page, individual.page), esc(mine.figure),
                                           str(mine.present), str(mine.apologies), str(mine.absent), str(mine.pending)]))
    if rows:
        out += [Heading(2, "Attendance by member"),
                p("Counted over the meetings whose minutes are in; a meeting with only its agenda is pending."),
                table(["Member", "Attendance", "Present", "Apologies", "Absent", "Pending"],
                      [cells for _, cells in sorted(rows, key=lambda row: row[0])], "sortable stacked")]

    subjects = [s for s in ctx.subjects.values() if s.committee is committee]
    if subjects:
        out += [Heading(2, "Recurring and deferred items"), ul([
            f"{link(subject.title, page, subject.page)} "
            f"({esc(', '.join(long_date(m.meeting.date) for m in subject.mentions))})"
            for subject in sorted(subjects, key=lambda s: s.title.lower())])]
    return page_text(out)


def papers_summary(meeting: Meeting) -> str:
    """What the archive holds of a meeting, as a reader would say it: "agenda, minutes, 5 reports"."""
    counts = Counter(d.record.kind for d in meeting.documents)
    parts = []
    for kind in ("agenda", "minutes", "report", "appendix", "other"):
        n = counts.get(kind, 0)
        if n:
            label = kind_label(kind, plural=n > 1 and kind != "minutes").lower()
            parts.append(label if n == 1 or kind == "minutes" else f"{n} {label}")
    return ", ".join(parts)


def meeting_line(ctx: SiteContext, page: str, meeting: Meeting, committee: bool = False, where: bool = True) -> str:
    """A meeting in a list: its date (linked), its committee if asked, its time and venue unless not."""
    when = link(long_date(meeting.date), page, meeting.page)
    details = [esc(meeting.committee.name)] if committee else []
    details += [esc(x) for x in (meeting.attr("start"), meeting.attr("venue")) if x and where]
    return when + (f", {', '.join(details)}" if details else "") + f" ({esc(papers_summary(meeting))})"


def committees_index(ctx: SiteContext) -> str:
    rows = [[link(committee.name, COMMITTEES_PAGE, committee.page), esc(committee.council.name or "not known"),
             str(len(committee.meetings)), link(long_date(committee.meetings[-1].date), COMMITTEES_PAGE,
                                                committee.meetings[-1].page)]
            for committee in ctx.catalogue.committees]
    return page_text([Heading(1, "Committees"), table(["Committee", "Council", "Meetings", "Latest"], rows, "")])


# --- Item histories ---

def subject_page(ctx: SiteContext, subject: Subject) -> str:
    page = subject.page
    out: list = [Heading(1, esc(subject.title)),
                 p(f"History of this item at {link(subject.committee.name, page, subject.committee.page)}.")]
    for mention in subject.mentions:
        meeting = mention.meeting
        facts = [link("Meeting page", page, meeting.page)]
        if mention.agenda_item:
            item = mention.agenda_item
            facts.append(f"On the agenda as item {esc(item.number)}: {esc(item.title)}")
            paper = ctx.pack_papers.get(meeting.first(Agenda).record.source.file, {}).get(str(item.number))
            if paper:
                label = kind_label(paper.record.kind)
                facts.append(f"{label}: {link(paper.record.title or label, page, paper.path)}")
        minute = mention.minute
        minutes_doc = meeting.first(Minutes)
        if minute and minutes_doc:
            facts.append(link(f"Minute {minute.number}: {minute.title}", page, f"{minutes_doc.path}#{minute.anchor}"))
            if minute.outcome:
                facts.append(f"Outcome: {esc(minute.outcome)}")
            facts += [f"Resolved: {esc(r)}" for r in minute.resolutions]
        out += [Heading(2, esc(long_date(meeting.date))), ul(facts)]
    return page_text(out)
