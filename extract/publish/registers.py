"""The registers councillors use: every decision, and every declaration of interest.

Each register is a hub page listing the years and one filterable table per year
(one page for the whole archive would not scale); a year's page is made of that year's
meetings, so that a build can make again only the years that changed. The entries are plain lists
derived from the records, shared with the data exports and the person pages.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extract.model import Declaration, Minute, Minutes
from extract.archive import Catalogue, Meeting
from extract.publish.html import Heading, esc, link, p, page_text, table, ul
from extract.publish.pages import SiteContext, long_date
from extract.publish.people import Individual
from extract.text import slugify

REGISTER_PAGE = "resolutions/index.md"
# A register's table needs the page's whole width: no table of contents beside it.
WIDE = {"hide": ["toc"]}
DECLARATIONS_PAGE = "declarations/index.md"


def year_of(meeting: Meeting) -> str:
    return meeting.date[:4] if meeting.date else "undated"


def minute_target(meeting: Meeting, anchor: str | None) -> str | None:
    """The meeting's minutes page, at a minute's anchor when there is one."""
    minutes_doc = meeting.first(Minutes)
    if minutes_doc is None:
        return None
    return f"{minutes_doc.path}#{anchor}" if anchor else minutes_doc.path


# --- What the registers list ---

@dataclass
class Decision:
    meeting: Meeting
    minute_number: str
    minute_title: str
    anchor: str
    text: str
    outcome: str  # resolved | carried | failed | deferred | withdrawn


def decisions(catalogue: Catalogue) -> list[Decision]:
    """Every resolution, motion and deferral in the archive, newest meeting first."""
    return [decision for meeting in reversed(catalogue.meetings) for decision in meeting_decisions(meeting)]


def meeting_decisions(meeting: Meeting) -> list[Decision]:
    """A meeting's resolutions, motions and deferrals, in the order of its minutes."""
    found = []
    minutes = meeting.minutes
    for minute in minutes.items if minutes else []:
        row = (meeting, str(minute.number), minute.title, minute.anchor)
        found += [Decision(*row, text=r, outcome="resolved") for r in minute.resolutions]
        found += [Decision(*row, text=m.text, outcome=m.result or "moved") for m in minute.motions]
        if minute.outcome and not minute.resolutions:
            found.append(Decision(*row, text=minute.title, outcome=minute.outcome))
    return found


@dataclass
class Declared:
    """A declaration of interest, with who made it (when the name resolves) and the minute it is under."""

    meeting: Meeting
    declaration: Declaration
    individual: Individual | None
    minute: Minute | None


def declarations(ctx: SiteContext) -> list[Declared]:
    """Every declaration of interest in the archive, newest meeting first."""
    return [entry for meeting in reversed(ctx.catalogue.meetings) for entry in meeting_declarations(ctx, meeting)]


def meeting_declarations(ctx: SiteContext, meeting: Meeting) -> list[Declared]:
    """The interests declared at a meeting, in the order of its minutes."""
    minutes = meeting.minutes
    if not minutes:
        return []
    by_number = {str(m.number): m for m in minutes.items}
    return [Declared(meeting, d, ctx.people.resolve(meeting, d.member), by_number.get(str(d.item)))
            for d in minutes.declarations]


# --- The pages ---

def filter_form(filters: list[tuple[str, int, list[str]]]) -> str:
    """Selects that the site's script uses to hide table rows; column numbers count from 1."""
    fields = []
    for label, column, values in filters:
        ident = f"filter-{slugify(label)}"
        options = "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)
        fields.append(f'<span class="filter-field"><label for="{ident}">{esc(label)}</label> '
                      f'<select id="{ident}" data-column="{column}"><option value="">All</option>{options}</select>'
                      '</span>')
    return f'<form class="table-filter" role="search" aria-label="Filter the table">{" ".join(fields)}</form>'


# A register's table: sortable, narrowed down by the filter form above it; on a phone each row reads as a card.
FILTERABLE = "sortable filterable stacked"


LATEST = 10  # entries on a register's hub page


def meetings_by_year(catalogue: Catalogue) -> dict[str, list[Meeting]]:
    """The archive's meetings by year, newest year and meeting first: what each year's register page lists."""
    years: dict[str, list[Meeting]] = {}
    for meeting in reversed(catalogue.meetings):
        years.setdefault(year_of(meeting), []).append(meeting)
    return years


def year_page_path(hub: str, year: str) -> str:
    return f"{hub.rsplit('/', 1)[0]}/{slugify(year)}.md"


def register_hub(hub: str, title: str, intro: str, entries: list, meeting_of, summary, latest: list[str]) -> str:
    """A hub page listing the latest entries (``latest``, list items written for the hub) and the years
    (each linked to its page, with ``summary`` of its entries)."""
    by_year: dict[str, list] = {}
    for entry in entries:
        by_year.setdefault(year_of(meeting_of(entry)), []).append(entry)
    out: list = [Heading(1, esc(title)), p(esc(intro))]
    if not by_year:
        out.append(p("None is recorded in the archive yet."))
    else:
        out += [Heading(2, "Latest"), ul(latest), Heading(2, "By year"), ul([
            f"{link(year, hub, year_page_path(hub, year))}: {esc(summary(found))}" for year, found in by_year.items()])]
    return page_text(out, WIDE)


def latest_decisions(found: list[Decision], count: int) -> list[list[Decision]]:
    """The decisions of the latest ``count`` minutes that decided anything, minute by minute."""
    by_minute: dict[tuple[int, str], list[Decision]] = {}
    for decision in found:
        key = (id(decision.meeting), decision.minute_number)
        if key not in by_minute and len(by_minute) == count:
            break
        by_minute.setdefault(key, []).append(decision)
    return list(by_minute.values())


def decisions_line(page: str, minute: list[Decision]) -> str:
    """A minute's decisions in a list: its meeting, the minute (linked), the first decision and how many more."""
    d = minute[0]
    target = minute_target(d.meeting, d.anchor) or d.meeting.page
    more = f" (and {len(minute) - 1} more)" if len(minute) > 1 else ""
    return (f"{link(long_date(d.meeting.date), page, d.meeting.page)}, {esc(d.meeting.committee.name)}: "
            f"{link(f'{d.minute_number}. {d.minute_title}', page, target)} — {esc(d.outcome)}: {esc(d.text)}{more}")


def _decisions_summary(found: list[Decision]) -> str:
    counts = Counter(d.outcome for d in found)
    return ", ".join(f"{n} {outcome}" for outcome, n in sorted(counts.items()))


def register_pages(ctx: SiteContext) -> dict[str, str]:
    """The resolutions register's hub page (its years' pages: :func:`register_year`)."""
    found = decisions(ctx.catalogue)
    return {REGISTER_PAGE: register_hub(
        REGISTER_PAGE, "Resolutions register", "Every resolution, motion and deferral, newest first, a page per year.",
        found, lambda d: d.meeting, _decisions_summary,
        [decisions_line(REGISTER_PAGE, minute) for minute in latest_decisions(found, LATEST)])}


def register_year(ctx: SiteContext, year: str, meetings: list[Meeting]) -> dict[str, str]:
    """A year's page of the resolutions register (none for a year without decisions); ``meetings``: the
    year's, newest first."""
    found = [decision for meeting in meetings for decision in meeting_decisions(meeting)]
    page = year_page_path(REGISTER_PAGE, year)
    return {page: register_table(ctx, page, year, found)} if found else {}


def taken_up(ctx: SiteContext, decision: Decision) -> Meeting | None:
    """The later meeting a deferred item was taken up at, which the register shows beside the deferral."""
    if decision.outcome != "deferred":
        return None
    subject = ctx.subject(decision.meeting.committee, decision.minute_title)
    later = subject.after(decision.meeting) if subject else None
    return later.meeting if later else None


def register_year_shows(ctx: SiteContext, meetings: list[Meeting]) -> list:
    """What a year's register page shows beyond its meetings' own records: where deferred items were taken up."""
    return [(d.meeting.page, d.minute_number, later.page if later else None)
            for meeting in meetings for d in meeting_decisions(meeting) if d.outcome == "deferred"
            for later in [taken_up(ctx, d)]]


def register_table(ctx: SiteContext, page: str, year: str, found: list[Decision]) -> str:
    committees = sorted({d.meeting.committee.name for d in found})
    outcomes = sorted({d.outcome for d in found})
    out = [Heading(1, f"Resolutions {esc(year)}"), p(link("All years", page, REGISTER_PAGE)),
           filter_form([("Committee", 3, committees), ("Outcome", 5, outcomes)])]
    rows = []
    for d in found:
        outcome = esc(d.outcome)
        later = taken_up(ctx, d)
        if later:
            outcome += "; taken up " + link(long_date(later.date), page, later.page)
        rows.append([link(d.meeting.date or "undated", page, d.meeting.page),
                     link(f"{d.minute_number}. {d.minute_title}", page, minute_target(d.meeting, d.anchor)),
                     esc(d.meeting.committee.name), esc(d.text), outcome])
    out.append(table(["Date", "Minute", "Committee", "Decision", "Outcome"], rows, FILTERABLE))
    return page_text(out, WIDE)


def declared_by(ctx: SiteContext, page: str, entry: Declared) -> str:
    """Who declared: linked to their page when the name is theirs alone."""
    if entry.individual is None:
        return esc(entry.declaration.member)
    return link(entry.individual.name, page, entry.individual.page)


def declared_under(page: str, entry: Declared) -> str:
    """The minute the declaration is recorded under, linked; the item as printed when no minute has its number."""
    target = minute_target(entry.meeting, entry.minute.anchor) if entry.minute else None
    if entry.minute and target:
        return link(f"{entry.minute.number}. {entry.minute.title}", page, target)
    return esc(f"item {entry.declaration.item}") if entry.declaration.item else ""


def declarations_pages(ctx: SiteContext) -> dict[str, str]:
    """The register of declarations of interest's hub page (its years' pages: :func:`declarations_year`)."""
    found = declarations(ctx)
    return {DECLARATIONS_PAGE: register_hub(
        DECLARATIONS_PAGE, "Declarations of interest",
        "Every interest declared at a meeting, as the minutes record it, newest first: "
        "filter a year by member, committee or kind of interest.",
        found, lambda d: d.meeting, lambda found: f"{len(found)} declaration{'s' if len(found) != 1 else ''}",
        [declaration_line(ctx, DECLARATIONS_PAGE, e) for e in found[:LATEST]])}


def declarations_year(ctx: SiteContext, year: str, meetings: list[Meeting]) -> dict[str, str]:
    """A year's page of the register of declarations (none for a year without any)."""
    found = [e for meeting in meetings for e in meeting_declarations(ctx, meeting)]
    page = year_page_path(DECLARATIONS_PAGE, year)
    return {page: declarations_table(ctx, page, year, found)} if found else {}


def declarations_year_shows(ctx: SiteContext, meetings: list[Meeting]) -> list:
    """What a year's declarations page shows beyond its meetings' records: whose page each declaration links to."""
    return [(e.individual.name, e.individual.page) if e.individual else None
            for meeting in meetings for e in meeting_declarations(ctx, meeting)]


def declaration_line(ctx: SiteContext, page: str, e: Declared) -> str:
    """A declaration in a list: its meeting, who declared, what interest, under which minute."""
    under = declared_under(page, e)
    details = "; ".join(x for x in (esc(e.declaration.interest or ""), under, esc(e.declaration.text)) if x)
    return (f"{link(long_date(e.meeting.date), page, e.meeting.page)}, {esc(e.meeting.committee.name)}: "
            f"{declared_by(ctx, page, e)}" + (f" — {details}" if details else ""))


def declarations_table(ctx: SiteContext, page: str, year: str, found: list[Declared]) -> str:
    members = sorted({e.individual.name if e.individual else e.declaration.member for e in found})
    committees = sorted({e.meeting.committee.name for e in found})
    interests = sorted({e.declaration.interest for e in found if e.declaration.interest})
    out = [Heading(1, f"Declarations of interest {esc(year)}"), p(link("All years", page, DECLARATIONS_PAGE)),
           filter_form([("Member", 2, members), ("Committee", 3, committees), ("Interest", 5, interests)])]
    rows = [[link(e.meeting.date or "undated", page, e.meeting.page), declared_by(ctx, page, e),
             esc(e.meeting.committee.name), declared_under(page, e), esc(e.declaration.interest or ""),
             esc(e.declaration.text)] for e in found]
    out.append(table(["Date", "Member", "Committee", "Minute", "Interest", "Declaration"], rows, FILTERABLE))
    return page_text(out, WIDE)
