"""Python-Markdown's inline step, skipping the patterns a text cannot match: the same HTML, sooner.

Python-Markdown tries each inline pattern (code, escapes, links, images, autolinks, line
breaks, raw HTML, entities, emphasis) on each piece of text of a page, one Python call
each, matching or not: on the archive's pages — prose paragraphs, tables of links — that
was a third of rendering. Every built-in pattern needs a character of its own to match
(a link a ``[``, an entity a ``&``…): a text without it cannot match, so trying it is
skipped, exactly as if it had been tried and failed. A pattern this module does not know
(another version's regular expression, an extension's pattern) is always tried.
"""

from __future__ import annotations

from markdown import inlinepatterns, treeprocessors, util
from markdown.extensions import Extension

# Each built-in pattern's regular expression, by its source, and the strings one of which any match holds.
NEEDS = {
    inlinepatterns.BACKTICK_RE: ("`",),
    inlinepatterns.ESCAPE_RE: ("\\",),
    inlinepatterns.LINK_RE: ("[",),  # also REFERENCE_RE
    inlinepatterns.IMAGE_LINK_RE: ("![",),  # also IMAGE_REFERENCE_RE
    inlinepatterns.AUTOLINK_RE: ("<",),
    inlinepatterns.AUTOMAIL_RE: ("<",),
    inlinepatterns.LINE_BREAK_RE: ("  \n",),
    inlinepatterns.HTML_RE: ("<",),
    inlinepatterns.ENTITY_RE: ("&",),
}


def needs(pattern) -> frozenset[str] | None:
    """The strings one of which a text must hold for ``pattern`` to match it, or None when not known."""
    if isinstance(pattern, inlinepatterns.DelimiterProcessor):  # emphasis: its delimiters ('*', '_')
        needed = tuple(pattern.tokens)
    else:
        regex = getattr(pattern, "compiled_re", None)
        needed = NEEDS.get(regex.pattern, ()) if regex is not None else ()
    return frozenset(needed) or None


class SkippingInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown's ``InlineProcessor``, which tries a pattern on a text only when the text can match it."""

    def run(self, tree, ancestors=None):
        # The patterns in order, once per page (the registry sorts itself on every look-up).
        self._patterns = [(pattern, needs(pattern)) for pattern in self.inlinePatterns]
        self._needed = frozenset().union(*(needed for _, needed in self._patterns if needed))
        self._all_known = all(needed for _, needed in self._patterns)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:
        # As InlineProcessor.__handleInline, but without the calls that cannot match.
        if isinstance(data, util.AtomicString):
            return data
        present = {s for s in self._needed if s in data}
        if not present and self._all_known:
            return data  # plain text: no pattern can match it
        patterns = self._patterns
        startIndex = 0
        while patternIndex < len(patterns):
            pattern, needed = patterns[patternIndex]
            if needed is not None and present.isdisjoint(needed):
                patternIndex, startIndex = patternIndex + 1, 0  # as a pattern tried that did not match
                continue
            data, matched, startIndex = self._InlineProcessor__applyPattern(pattern, data, patternIndex, startIndex)
            if matched:
                present = {s for s in self._needed if s in data}  # the text has changed
            else:
                patternIndex += 1
        return data


class SkippingInline(Extension):
    """Put :class:`SkippingInlineProcessor` in the place of Python-Markdown's inline step."""

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(SkippingInlineProcessor(md), "inline", 20)
