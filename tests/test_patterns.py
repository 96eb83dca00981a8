"""Every heuristic in extract.patterns matches the real lines it was written for."""

import pytest

from extract.patterns import all_conventions

CASES = [(c.name, c, ex, True) for c in all_conventions() for ex in c.examples] + \
        [(c.name, c, ex, False) for c in all_conventions() for ex in c.counter_examples]


@pytest.mark.parametrize("name,convention,line,should_match", CASES,
                         ids=[f"{c[0]}: {c[2][:40]}" for c in CASES])
def test_convention_matches_its_real_lines(name, convention, line, should_match):
    assert bool(convention.search(line)) is should_match, f"{name!r} on {line!r}"


def test_every_convention_has_real_examples():
    for convention in all_conventions():
        assert convention.examples, f"{convention.name} has no example line from a real document"
