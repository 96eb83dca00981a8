"""Every generated page, by its path in the staged docs folder: each a plain function of the records.

The pages come in groups (:func:`page_groups`), each a function giving some pages, so that a
build can write them on every core; a new page or kind of page is one more group.
"""

from __future__ import annotations

import functools
from typing import Callable

from extract.archive import Committee
from extract.publish.home import CALENDAR_PAGE, HOME_PAGE, SEARCH_PAGE, calendar_page, home_page, search_page
from extract.publish.pages import (COMMITTEES_PAGE, SiteContext, committee_page, committees_index, meeting_page,
                                   subject_page)
from extract.publish.person_pages import person_pages
from extract.publish.registers import declarations_pages, register_pages

PageGroup = Callable[[], dict[str, str]]
GROUP_SIZE = 100  # meeting or item pages per group: enough work to be worth a worker's while



def _hub_pages(ctx: SiteContext) -> dict[str, str]:
    return {HOME_PAGE: home_page(ctx), SEARCH_PAGE: search_page(ctx), CALENDAR_PAGE: calendar_page(ctx),
            COMMITTEES_PAGE: committees_index(ctx)}


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


def page_groups(ctx: SiteContext) -> list[PageGroup]:
    groups: list[PageGroup] = [functools.partial(_hub_pages, ctx)]
    for committee in ctx.catalogue.committees:
        groups += [functools.partial(_meeting_pages, ctx, committee, first)
                   for first in range(0, len(committee.meetings), GROUP_SIZE)]
    groups.append(functools.partial(person_pages, ctx))
    subjects = list(ctx.subjects.values())
    groups += [functools.partial(_subject_pages, ctx, subjects[i:i + GROUP_SIZE])
               for i in range(0, len(subjects), GROUP_SIZE)]
    groups += [functools.partial(register_pages, ctx), functools.partial(declarations_pages, ctx)]
    return groups


def derived_pages(ctx: SiteContext) -> dict[str, str]:
    return {path: text for group in page_groups(ctx) for path, text in group().items()}
