"""The public's ways in: the home page, the calendar of meetings, and the search page.

All three are generated from the records like every derived page: what is coming
up, what was decided last, which committees there are, and the search filters'
choices (committees, years, kinds of document, councils) as the archive has them.
"""

from __future__ import annotations

from extract.archive import Meeting
from extract.publish.html import Heading, esc, link, p, page_text, ul
from extract.publish.pages import SiteContext, kind_label, long_date, meeting_line, named_councils
from extract.publish.person_pages import PEOPLE_PAGE
from extract.publish.registers import DECLARATIONS_PAGE, REGISTER_PAGE, decisions, decisions_line, latest_decisions

HOME_PAGE = "index.md"
CALENDAR_PAGE = "calendar/index.md"
SEARCH_PAGE = "search.md"
DATA_PAGE = "about/data.md"
LATEST = 5  # meetings and decisions on the home page

def search_form() -> str:
    """A plain form to the search page (the home page is at the site's root): it works without JavaScript."""
    return ('<form class="quick-search" action="search/" method="get" role="search" aria-label="Search what was decided">'
            '<label for="quick-search-q">Search what was decided</label> '
            '<input id="quick-search-q" type="search" name="q" autocomplete="off" '
            'placeholder="a school, a road, a service…"> '
            '<button type="submit" class="md-button md-button--primary">Search</button></form>')


def home_page(ctx: SiteContext) -> str:
    page = HOME_PAGE
    committees = ctx.catalogue.committees
    councils = named_councils(ctx.catalogue)
    years = sorted({m.date[:4] for m in ctx.catalogue.meetings if m.date})
    span = f", {years[0]} to {years[-1]}" if len(years) > 1 else (f", {years[0]}" if years else "")
    unnamed = any(not c.council.name for c in committees)  # papers that do not say whose they are
    of = (f" of {esc(', '.join(councils))}" + (" and others" if unnamed else "")) if councils else ""
    out: list = [Heading(1, "Meetings, reports and decisions"),
                 p(f"What was decided at {len(committees)} committee{'s' * (len(committees) != 1)}{of}{span}: "
                   "agendas, officers' reports and minutes, with every meeting, decision and attendance record "
                   "linked together."),
                 search_form()]

    out.append(Heading(2, "Upcoming meetings"))
    upcoming = ctx.upcoming_meetings()
    out.append(ul([meeting_line(ctx, page, m, committee=True) for m in upcoming[:LATEST]]) if upcoming else p(
        f"No upcoming meeting has been published yet: the {link('calendar', page, CALENDAR_PAGE)} "
        "lists each committee's meetings as they are announced, to add to yours."))

    out += [Heading(2, "Latest meetings"),
            ul([meeting_line(ctx, page, m, committee=True, where=False) for m in ctx.past_meetings()[:LATEST]])]

    latest = latest_decisions(decisions(ctx.catalogue), LATEST)
    if latest:
        out += [Heading(2, "Latest decisions"), ul([decisions_line(page, minute) for minute in latest]),
                p(f"Every decision: the {link('resolutions register', page, REGISTER_PAGE)}.")]

    out += [Heading(2, "Committees"), ul([
        f"{link(committee.name, page, committee.page)}: {len(committee.meetings)} "
        f"meeting{'s' * (len(committee.meetings) != 1)}, latest {esc(long_date(committee.meetings[-1].date))}"
        for committee in committees])]

    out += [Heading(2, "Registers and data"), ul([
        f"{link('Resolutions register', page, REGISTER_PAGE)}: every decision, by year, committee and outcome.",
        f"{link('Declarations of interest', page, DECLARATIONS_PAGE)}: by member, committee and meeting.",
        f"{link('People', page, PEOPLE_PAGE)}: members and officers, their committees, attendance, "
        "declarations, motions and reports.",
        f"{link('Calendar', page, CALENDAR_PAGE)}: upcoming meetings, and a calendar feed for each committee.",
        f"{link('Data and feeds', page, DATA_PAGE)}: the whole archive as JSON and CSV."])]
    return page_text(out, {"hide": ["toc"]})


def calendar_page(ctx: SiteContext) -> str:
    page = CALENDAR_PAGE
    out: list = [Heading(1, "Calendar of meetings"), p(
        "Upcoming meetings, committee by committee. Each committee's calendar (iCalendar) can be added to "
        "Outlook, Google Calendar or a phone's calendar: it brings in new meetings as they are announced.")]
    for committee in ctx.catalogue.committees:
        meetings = committee.meetings
        out += [Heading(2, esc(committee.name)),
                p(f"{link('Add this calendar (iCalendar)', page, f'{committee.slug}/meetings.ics')} · "
                  f"{link('committee page', page, committee.page)}")]
        upcoming = ctx.upcoming_meetings(meetings)
        if upcoming:
            out.append(ul([meeting_line(ctx, page, m) for m in upcoming]))
        else:
            last = ctx.past_meetings(meetings)
            out.append(p("No upcoming meeting published yet." + (
                f" Last met on {link(long_date(last[0].date), page, last[0].page)}." if last else "")))
    return page_text(out)


def _options(values: list[tuple[str, str]]) -> str:
    return "".join(f'<option value="{esc(value)}">{esc(label)}</option>' for value, label in values)


def _select(name: str, label: str, everything: str, values: list[tuple[str, str]]) -> str:
    return (f'<span class="filter-field"><label for="search-{name}">{esc(label)}</label>'
            f'<select id="search-{name}" name="{name}" data-filter="{name}">'
            f'<option value="">{esc(everything)}</option>{_options(values)}</select></span>')


def search_page(ctx: SiteContext) -> str:
    """The search page, its filters offering what the archive holds; overrides/assets/javascripts/search.js runs it."""
    meetings: list[Meeting] = ctx.catalogue.meetings
    committees = [(name, name) for name in dict.fromkeys(c.name for c in ctx.catalogue.committees)]
    years = sorted({m.date[:4] if m.date else "undated" for m in meetings}, reverse=True)
    kinds = sorted({d.record.kind for m in meetings for d in m.documents}, key=lambda k: kind_label(k, plural=True))
    councils = named_councils(ctx.catalogue)
    form = "\n".join([
        '<div class="archive-search">',
        '<form role="search" aria-label="Search the archive">',
        '<span class="search-words"><label for="search-query">Words or phrase</label>'
        '<input id="search-query" type="search" name="q" autocomplete="off">'
        '<button type="submit" class="md-button md-button--primary">Search</button></span>',
        '<span class="search-filters">',
        _select("committee", "Committee", "All committees", committees),
        _select("year", "Year", "All years", [(y, y) for y in years]),
        _select("kind", "Document", "All documents", [(k, kind_label(k, plural=True)) for k in kinds]),
        _select("council", "Council", "All councils", [(c, c) for c in councils]),
        '<span class="filter-field"><label for="search-sort">Order</label>'
        '<select id="search-sort" name="sort"><option value="">Best match</option>'
        '<option value="desc">Newest first</option><option value="asc">Oldest first</option></select></span>',
        '</span>',
        '</form>',
        '<p id="search-status" role="status"></p>',
        '<ol id="search-results"></ol>',
        '<button id="search-more" type="button" class="md-button" hidden>More results</button>',
        '<noscript><p>Search needs JavaScript. Every record is also listed on its committee\'s page.</p></noscript>',
        '</div>',
    ])
    out = [Heading(1, "Search"),
           p("Results show as you type. Choose a committee, a year or a kind of document to narrow them down, "
             "or, with no words, to list them all: every minutes of 2017, say."),
           form, '<script type="module" src="../assets/javascripts/search.js"></script>']
    return page_text(out, {"hide": ["toc"]})
