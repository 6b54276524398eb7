"""Which matched items moved: to another section, or out of their order among the others.

An item added near the top renumbers every item after it; none of those moved. What moved is what
must be taken out so that the rest keep their order: the complement of a longest increasing run of the
matched pairs (a longest increasing subsequence). When several runs are equally long (two neighbours
swapped: either one moved), the tie is broken by the items' contents, the same way whichever notice
comes first, so ``diff(a, b)`` and ``diff(b, a)`` name the same item.

Sections are matched too (by the items they share, then their titles), so a section renumbered or
retitled does not move its items; an item whose section's partner is not the section it is now in moved.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from fyplan.compare.match import text_key, tie_break
from fyplan.model import Item

SectionKey = tuple[int, str, int, str] | None  # section number and title, sub-section number and title


def out_of_order(points: Sequence[tuple[int, int]], keys: Sequence[str]) -> set[int]:
    """The indices of ``points`` (old position, new position; sorted by old position) to take out so the
    rest increase in both; ``keys`` (one per point, symmetric in old and new) break ties."""
    n = len(points)
    if n < 2:
        return set()
    # Each kept point weighs 2**n (count first) plus a bit by its key's rank: among the longest runs,
    # the one keeping the points of smallest keys wins, and no two runs weigh the same.
    ranks = {index: rank for rank, index in enumerate(sorted(range(n), key=lambda k: keys[k]))}
    weight = [(1 << n) + (1 << (n - 1 - ranks[k])) for k in range(n)]
    best = weight[:]
    before = [-1] * n
    for k in range(n):
        for j in range(k):
            if points[j][1] < points[k][1] and best[j] + weight[k] > best[k]:
                best[k] = best[j] + weight[k]
                before[k] = j
    kept: set[int] = set()
    at = max(range(n), key=lambda k: best[k])
    while at != -1:
        kept.add(at)
        at = before[at]
    return set(range(n)) - kept


def section_key(item: Item) -> SectionKey:
    """Where an item stands: its section and sub-section (a move between sub-sections is a move)."""
    if item.section is None and item.subsection is None:
        return None
    section = (item.section.number, item.section.title) if item.section else (0, "")
    sub = (item.subsection.number, item.subsection.title) if item.subsection else (0, "")
    return (*section, *sub)


# Two sections are one section of the two notices when they share this many matched items, or have
# titles this similar (0..100), or the same number: one item that moved is no evidence of a section
# renamed and renumbered.
SHARED_ITEMS = 2
SIMILAR_TITLES = 60.0


def section_partners(
    pairs: Sequence[tuple[Item, Item]],
    old_sections: Sequence[SectionKey],
    new_sections: Sequence[SectionKey],
    assign: Callable[..., Any],
) -> dict[SectionKey, SectionKey]:
    """Old section → new section: the assignment that keeps most matched items in their section,
    titles' similarity and equal numbers breaking ties; a partner must be one by ``SHARED_ITEMS``,
    ``SIMILAR_TITLES`` or its number."""
    import numpy as np
    from rapidfuzz import fuzz

    if not old_sections or not new_sections:
        return {}
    shared = Counter((section_key(a), section_key(b)) for a, b in pairs)
    score = np.zeros((len(old_sections), len(new_sections)))
    alike = np.zeros((len(old_sections), len(new_sections)), dtype=bool)
    for r, a in enumerate(old_sections):
        for c, b in enumerate(new_sections):
            # Both levels' titles must be alike: sub-sections of one section share its title.
            titles = min(
                fuzz.ratio(text_key(a[1]) if a else "", text_key(b[1]) if b else ""),
                fuzz.ratio(text_key(a[3]) if a else "", text_key(b[3]) if b else ""),
            )
            same_number = (a and (a[0], a[2])) == (b and (b[0], b[2]))
            score[r, c] = shared[(a, b)] + titles / 200 + (0.25 if same_number else 0.0) + tie_break(repr(a), repr(b))
            alike[r, c] = shared[(a, b)] >= SHARED_ITEMS or titles >= SIMILAR_TITLES or same_number
    rows, cols = assign(score, maximize=True)
    return {old_sections[r]: new_sections[c] for r, c in zip(rows.tolist(), cols.tolist(), strict=True) if alike[r, c]}
