"""The tree steps that skip what a page cannot need give Python-Markdown's own HTML."""

import markdown
import pytest

from extract.publish.inline import SkippingInline
from extract.publish.treesteps import BracesFirst, QuickerTreeSteps

EXTENSIONS = ["attr_list", "admonition", "md_in_html", "tables", "toc"]
CONFIG = {"toc": {"permalink": True}}

SAMPLES = [
    "Plain prose, £12,000 and ref12345: no attribute list, no marker.",
    "# Heading with an id {#anchor}\n\nA paragraph with a class.\n{: .lead }",
    "- an item {: .first }\n- [a link](a.md){: target=_blank } and text",
    "Braces that are no attribute list: {not one} and } alone { here.",
    "[TOC]\n\n# One\n\n## Two\n\nText.",
    "# One\n\nThe marker inside text: [TOC] is not alone here.\n\n    [TOC]\n\n`[TOC]`",
    "| Item {: .x } | Subject |\n|---|---|\n| 1 | **Budget** |",
    '<div class="stacked" markdown>\n\n| A |\n|---|\n| [x](x.md) |\n\n</div>\n\n<section>raw</section>\n\n'
    '<p markdown="1">a *paragraph* in HTML</p>',
    "!!! note \"Admonition\"\n    With *text* {: .quiet }\n\n<hr/>\n\n<span>inline</span> html",
]


@pytest.mark.parametrize("skip_inline", [False, True])
@pytest.mark.parametrize("text", SAMPLES)
def test_same_html_as_python_markdown(text, skip_inline):
    before = [SkippingInline()] if skip_inline else []
    plain = markdown.Markdown(extensions=EXTENSIONS + before, extension_configs=CONFIG)
    quicker = markdown.Markdown(extensions=EXTENSIONS + before + [QuickerTreeSteps()], extension_configs=CONFIG)
    assert isinstance(quicker.treeprocessors["attr_list"], BracesFirst)
    for _ in range(2):  # and again after a reset, as each worker converts page after page
        assert quicker.reset().convert(text) == plain.reset().convert(text)
        assert quicker.toc == plain.toc


def test_the_attribute_list_and_the_marker_still_apply():
    md = markdown.Markdown(extensions=EXTENSIONS + [QuickerTreeSteps()], extension_configs=CONFIG)
    html = md.convert("[TOC]\n\n# Minutes {#min-1}\n\nResolved.\n{: .resolved }")
    assert '<div class="toc">' in html and 'id="min-1"' in html and '<p class="resolved">' in html


def test_block_level_tags_as_they_are_when_a_page_starts():
    md = markdown.Markdown(extensions=EXTENSIONS + [QuickerTreeSteps()], extension_configs=CONFIG)
    assert md.convert("<custom>kept as a block</custom>") == "<p><custom>kept as a block</custom></p>"
    md.block_level_elements.append("custom")
    assert md.reset().convert("<custom>kept as a block</custom>") == "<custom>kept as a block</custom>"
