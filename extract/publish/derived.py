"""Every generated page, by its path in the staged docs folder: each a plain function of the records."""

from __future__ import annotations

from extract.publish.home import CALENDAR_PAGE, HOME_PAGE, SEARCH_PAGE, calendar_page, home_page, search_page
from extract.publish.pages import (COMMITTEES_PAGE, SiteContext, committee_page, committees_index, meeting_page,
                                   subject_page)
from extract.publish.person_pages import person_pages
from extract.publish.registers import declarations_pages, register_pages


def derived_pages(ctx: SiteContext) -> dict[str, str]:
    pages: dict[str, str] = {HOME_PAGE: home_page(ctx), SEARCH_PAGE: search_page(ctx),
                             CALENDAR_PAGE: calendar_page(ctx), COMMITTEES_PAGE: committees_index(ctx)}
    for committee in ctx.catalogue.committees:
        meetings = committee.meetings
        pages[committee.page] = committee_page(ctx, committee)
        for previous, meeting, following in zip([None, *meetings], meetings, [*meetings[1:], None]):
            pages[meeting.page] = meeting_page(ctx, meeting, previous, following)
    pages.update(person_pages(ctx))
    for subject in ctx.subjects.values():
        pages[subject.page] = subject_page(subject)
    pages.update(register_pages(ctx))
    pages.update(declarations_pages(ctx))
    return pages
