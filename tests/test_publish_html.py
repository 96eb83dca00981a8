"""The generated pages' HTML (extract/publish/html.py) and how rendering takes it (render.take_html)."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.utils.meta import get_data

from extract.publish.html import Heading, href, page_text
from extract.publish.render import is_html, take_html


def test_links_are_the_addresses_mkdocs_gives_their_targets_relative_to_the_page():
    meeting = "cabinet/2020-01-01/index.md"
    assert href(meeting, "people/a-council/ann-lee.md") == "../../people/a-council/ann-lee/"
    assert href(meeting, "cabinet/index.md") == "../"
    assert href(meeting, "index.md") == "../../"
    assert href(meeting, "cabinet/2020-01-01/minutes.md#min-3") == "minutes/#min-3"
    assert href(meeting, meeting) == "./"
    assert href(meeting, "pdf/Pack (final).pdf#page=2") == "../../pdf/Pack%20%28final%29.pdf#page=2"
    assert href("index.md", "resolutions/2019.md") == "resolutions/2019/"
    assert href("people/a-council/ann-lee.md", "cabinet/meetings.ics") == "../../../cabinet/meetings.ics"


def test_headings_get_the_ids_and_permalinks_python_markdowns_toc_gives_them():
    text = page_text([Heading(1, "Ann Lee"), '<select id="present"></select>', Heading(2, "Present"),
                      Heading(2, "Present"), Heading(3, "Children&#x27;s &amp; Families")])
    assert '<h1 id="ann-lee">Ann Lee<a class="headerlink" href="#ann-lee" title="Permanent link">&para;</a></h1>' in text
    # unique on the page, beside the ids it already holds
    assert '<h2 id="present_1">' in text and '<h2 id="present_2">' in text
    assert '<h3 id="childrens-families">' in text


def test_rendering_takes_the_html_with_its_title_table_of_contents_and_anchors():
    source = page_text([Heading(1, "Resolutions 2019"), "<p>All years</p>", Heading(2, "Latest"),
                        Heading(3, "Cabinet &amp; Council"), Heading(2, "By year")], {"hide": ["toc"]})
    markdown, meta = get_data(source)
    page = SimpleNamespace(markdown=markdown, meta=meta)
    assert is_html(page) and meta["hide"] == ["toc"]
    take_html(page)
    assert page.content.startswith("<h1 ") and "<p>All years</p>" in page.content
    assert page._title_from_render == "Resolutions 2019"
    [top] = page.toc.items
    assert [(item.title, item.url) for item in top.children] == [("Latest", "#latest"), ("By year", "#by-year")]
    assert [item.title for item in top.children[0].children] == ["Cabinet &amp; Council"]
    assert page.present_anchor_ids == {"resolutions-2019", "latest", "cabinet-council", "by-year"}
    assert not is_html(SimpleNamespace(meta={"kind": "minutes"}))
