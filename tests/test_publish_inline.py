"""The inline step that skips patterns a text cannot match gives Python-Markdown's own HTML."""

import xml.etree.ElementTree

import markdown
import pytest

from extract.publish.inline import SkippingInline, SkippingInlineProcessor

EXTENSIONS = ["attr_list", "admonition", "md_in_html", "tables", "toc"]

SAMPLES = [
    "Plain prose, £12,000 and ref12345: nothing inline here.",
    "A [link](a.md), a [reference][r] and a [short] one, an ![image](i.png) and ![ref image][r].\n\n"
    "[r]: b.md\n[short]: c.md",
    "`code with [brackets] & <tags>` then *em*, **strong**, ***both***, _under_ and __strong__ text.",
    "Escapes: \\*not em\\*, \\[not a link\\], a \\` tick and a back\\\\slash.",
    "Autolinks <https://example.org/x?y=1> and <clerk@example.org>, raw <span class=\"x\">html</span>, "
    "entities &amp; &#169; &#x00A9; and a bare & ampersand.",
    "A line that breaks  \nhere, and * a lone star, and snake_case_words.",
    "| Date | Minute |\n|---|---|\n| [1 May](m.md#min-1) | **Resolved:** *noted* &amp; `kept` |",
    "- [Meeting](m.md) (minutes) — source: *x*\n    - nested [link](n.md) with <b>bold</b>\n",
    "# Heading with [a link](h.md) {#anchor}\n\nText under it with *emphasis [and a link](l.md)* inside.",
    '<div class="sortable" markdown>\n\n| A |\n|---|\n| [x](x.md) |\n\n</div>',
    "Nested: **bold with `code` and [link *em*](u.md)** and ![alt *text*](p.png \"title\").",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_same_html_as_python_markdown(text):
    config = {"toc": {"permalink": True}}
    plain = markdown.Markdown(extensions=EXTENSIONS, extension_configs=config).convert(text)
    skipping = markdown.Markdown(extensions=EXTENSIONS + [SkippingInline()], extension_configs=config)
    assert isinstance(skipping.treeprocessors["inline"], SkippingInlineProcessor)
    assert skipping.convert(text) == plain


def test_a_pattern_it_does_not_know_is_always_tried():
    class Shout(markdown.inlinepatterns.InlineProcessor):
        def handleMatch(self, m, data):
            element = xml.etree.ElementTree.Element("strong")
            element.text = m.group(1)
            return element, m.start(0), m.end(0)

    class ShoutExtension(markdown.extensions.Extension):
        def extendMarkdown(self, md):
            md.inlinePatterns.register(Shout(r"%%(\w+)%%", md), "shout", 75)

    html = markdown.Markdown(extensions=[ShoutExtension(), SkippingInline()]).convert("say %%loud%% please")
    assert html == "<p>say <strong>loud</strong> please</p>"
