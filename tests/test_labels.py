"""fyplan.read.context.Labels: an item's duty-field labels read as the tuple of (kind, label, line) they
replace, stored compactly (issue 13)."""

from __future__ import annotations

from fyplan.read.context import Labels

TRIPLES = (("leaders", "牵头负责领导", 120), ("lead", "牵头责任单位", 121), ("cooperating", "协同责任单位", 123))


def test_it_reads_as_the_triples() -> None:
    labels = Labels(TRIPLES, 119)
    assert tuple(labels) == TRIPLES
    assert len(labels) == 3 and labels
    assert labels[0] == ("leaders", "牵头负责领导", 120)
    assert labels[-1][2] == 123
    assert labels[1:] == TRIPLES[1:]
    assert labels == TRIPLES and labels == list(TRIPLES)
    assert [kind for kind, _, _ in labels] == ["leaders", "lead", "cooperating"]
    assert not Labels((), 7) and tuple(Labels((), 7)) == ()


def test_items_with_the_same_fields_share_their_tuples() -> None:
    # Another item further down, its fields on the same lines relative to its first line.
    later = tuple((kind, label, line + 1000) for kind, label, line in TRIPLES)
    a, b = Labels(TRIPLES, 119), Labels(later, 1119)
    assert tuple(b) == later
    assert a.shape is b.shape and a.pairs() is b.pairs()


def test_a_view_moved_to_another_first_line_keeps_its_lines() -> None:
    labels = Labels(TRIPLES, 119)
    again = Labels(labels, 100)  # the same triples, seen from an item starting at line 100
    assert tuple(again) == TRIPLES
    assert again.shape.offsets == (20, 21, 23)
