"""The block step that tests a block only for the kinds it can be gives Python-Markdown's own HTML."""

import sys
from pathlib import Path

import markdown
import pytest

from extract.publish.blocks import NEEDS, QuickerBlockTests

sys.path.insert(0, str(Path(__file__).parent))
from test_publish_treesteps import CONFIG, EXTENSIONS  # noqa: E402 - the site's Markdown extensions

SAMPLES = [
    "Plain prose, £12,000 and ref12345 - with a dash, an_underscore and a * star: a paragraph.",
    "# Heading\n\n## Another ##\n\nText with a # inside, not a heading.\nline two\n#not-a-heading",
    "> quoted\n> on two lines\n\nand 3 > 2 in prose\n   > indented quote",
    "Underlined\n==========\n\nAlso underlined\n---\n\nA line\n- not a list after text",
    "Before\n\n---\n\n* * *\n\n___\n\n- - -\n\nafter, and -- two dashes, **bold** __strong__",
    "| A | B |\n|---|---|\n| 1 | 2 |\n\nA | B\n--|--\n1 | 2\n\n| only |\n|---|\n| one |\n\nno | table here",
    '<div class="stacked" markdown>\n\n| Item | Subject |\n|---|---|\n| 1 | # not a heading |\n\n</div>',
    "- a list\n    > with a quote\n    # and a heading\n\n1. ordered\n\n        code # block > here | too",
    "!!! note \"Admonition\"\n    # Inside\n    | a | b |\n    |---|---|\n    | 1 | 2 |",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_html_as_python_markdown(text):
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=CONFIG)
    quicker = markdown.Markdown(extensions=EXTENSIONS + [QuickerBlockTests()], extension_configs=CONFIG)
    assert quicker.convert(text) == plain.convert(text)
    assert quicker.toc == plain.toc


def test_every_kind_it_knows_is_still_tested_when_a_block_can_be_one():
    md = markdown.Markdown(extensions=EXTENSIONS + [QuickerBlockTests()], extension_configs=CONFIG)
    known = [p for p in md.parser.blockprocessors if type(p) in NEEDS]
    assert len(known) == len(NEEDS)
    html = md.convert("# Title\n\n> quote\n\nUnder\n=====\n\n***\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    for tag in ("<h1", "<blockquote>", "<h1 id=\"under\"", "<hr />", "<table>"):
        assert tag in html
