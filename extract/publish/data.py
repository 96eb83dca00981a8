"""The archive as data: data/meetings.json, data/resolutions.csv, data/attendance.csv.

The schema is documented in docs/about/data.md; change both together.
"""

from __future__ import annotations

import csv
import io
import json

from extract.model import Minutes, record_to_frontmatter
from extract.publish.feeds import page_url
from extract.publish.pages import SiteContext
from extract.publish.registers import decisions

RESOLUTION_COLUMNS = ["date", "committee", "council", "minute_number", "minute_title", "decision",
                      "outcome", "url"]
ATTENDANCE_COLUMNS = ["date", "committee", "council", "person", "person_url", "attendance", "role",
                      "meeting_url"]


def meetings_json(ctx: SiteContext, site_url: str) -> str:
    meetings = []
    for meeting in ctx.catalogue.meetings:
        meetings.append({
            "committee": meeting.committee.name,
            "council": meeting.council.name,
            "date": meeting.date,
            "url": page_url(site_url, meeting.page),
            "records": [dict(record_to_frontmatter(d.record), url=page_url(site_url, d.path))
                        for d in meeting.documents],
        })
    return json.dumps({"meetings": meetings}, ensure_ascii=False, separators=(",", ":")) + "\n"


def _inert(value):
    """A cell a spreadsheet will not run: PDF text starting with = + - @ would be read as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _csv(columns: list[str], rows) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: _inert(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def resolutions_csv(ctx: SiteContext, site_url: str) -> str:
    rows = []
    for d in decisions(ctx.catalogue):
        minutes_url = page_url(site_url, d.meeting.first(Minutes).path)
        rows.append({"date": d.meeting.date, "committee": d.meeting.committee.name, "council": d.meeting.council.name,
                     "minute_number": d.minute_number, "minute_title": d.minute_title, "decision": d.text,
                     "outcome": d.outcome, "url": f"{minutes_url}#{d.anchor}" if d.anchor else minutes_url})
    return _csv(RESOLUTION_COLUMNS, rows)


def attendance_csv(ctx: SiteContext, site_url: str) -> str:
    rows = []
    for meeting in ctx.catalogue.meetings:
        for individual, appearance in ctx.people.at_meeting(meeting):
            rows.append({"date": meeting.date, "committee": meeting.committee.name, "council": meeting.council.name,
                         "person": individual.name, "person_url": page_url(site_url, individual.page),
                         "attendance": appearance.status, "role": appearance.role or "",
                         "meeting_url": page_url(site_url, meeting.page)})
    return _csv(ATTENDANCE_COLUMNS, rows)


def data_files(ctx: SiteContext, site_url: str) -> dict[str, str]:
    return {"data/meetings.json": meetings_json(ctx, site_url),
            "data/resolutions.csv": resolutions_csv(ctx, site_url),
            "data/attendance.csv": attendance_csv(ctx, site_url)}
