"""A page printed in two columns (a gazette's, 政府公报) as ``pdftotext -layout`` gives it: each line holds a line of
the left column, a gutter of spaces, and the line of the right column beside it.

```
    1.严格落实春秋两季森林防火期各项措施，        配合单位：县交通运输局、各乡镇等；完成时
确保不发生重特大森林火灾。（牵头单位：县          限：2019年12月底前）
```

Read line by line the two columns' sentences interleave. The gutter is found where most lines of a run have a
right half starting at one display column (a Chinese character two wide), after a run of spaces, with one gutter
only on the line (an aligned table's lines have a gap between every two cells) and the left halves filled to
the column's width (the print wrapped them there). The run is rewritten as its left column's lines, then its
right column's; the lines around it stay. The text has more lines then than the source: ``split_columns`` gives
the source line of each, which the layout's own map is composed with (``compose``).
"""

from __future__ import annotations

import re
from array import array
from collections import Counter

from fyplan.read.aligned import display_width
from fyplan.read.scans import holds

_MIN_LINES = 8  # lines of a run with a gutter at one column, at least
_GAP = re.compile(r"(?<=\S)[ \u3000]{3,}(?=\S)")
_SLACK = 4  # display columns a right half may start after the gutter's column (a paragraph's indent)


def _halves(line: str, gutter: int) -> tuple[str, str] | None:
    """The left and right halves of a line parted at the gutter; None where the line has no gap there (a heading
    across the page) or more than one gap (a table's cells)."""
    gaps = list(_GAP.finditer(line))
    if len(gaps) != 1:
        if not gaps and line.strip():
            indent = len(line) - len(line.lstrip(" \u3000"))
            if indent and gutter <= display_width(line[:indent]) <= gutter + _SLACK:
                # (the right column's line beside an empty left one, its indent beyond the gutter kept)
                return "", " " * (display_width(line[:indent]) - gutter) + line.strip()
            if display_width(line.rstrip()) < gutter:
                return line.rstrip(), ""  # (the left column's last lines, the right one ended)
        return None
    gap = gaps[0]
    start = display_width(line[: gap.end()])
    if not gutter <= start <= gutter + _SLACK:
        return None
    return line[: gap.start()], " " * (start - gutter) + line[gap.end() :].rstrip()  # (the indent beyond the gutter)


def _gutter(lines: list[str]) -> int | None:
    """The display column the right halves start at, where enough lines part there with one gap."""
    starts: Counter[int] = Counter()
    for line in lines:
        gaps = list(_GAP.finditer(line))
        if len(gaps) == 1:
            starts[display_width(line[: gaps[0].end()])] += 1
    if not starts:
        return None
    # (a paragraph's first line indented: its right half starts a few columns on)
    best = max(starts, key=lambda c: (sum(starts[c + d] for d in range(_SLACK + 1)), -c))
    if sum(starts[best + d] for d in range(_SLACK + 1)) < _MIN_LINES:
        return None
    return best


def split_columns(text: str) -> tuple[str, array[int] | None]:
    """``text`` with its two-column run as the left column's lines then the right column's, and the source line of
    each line (None, and the text itself, where it has no such run)."""
    if not holds(text, "   ") or _GAP.search(text) is None:
        return text, None  # (three spaces between two words somewhere: else no line has a gutter)
    lines = text.split("\n")
    gutter = _gutter(lines)
    if gutter is None:
        return text, None
    halves = [_halves(line, gutter) for line in lines]
    parted = [k for k, h in enumerate(halves) if h is not None and h[0].strip() and h[1]]
    if len(parted) < _MIN_LINES:
        return text, None
    first, last = parted[0], parted[-1]
    # The run goes on below its last parted line while the lines are the left column's end (the right one ended).
    while last + 1 < len(lines) and halves[last + 1] is not None and not (halves[last + 1] or ("", ""))[1]:
        if not lines[last + 1].strip():
            break
        last += 1
    run = range(first, last + 1)
    lefts = [halves[k] for k in run]
    if any(h is None for h in lefts) and sum(1 for h in lefts if h is None) * 5 > len(run):
        return text, None  # (too many lines across the gutter: no two-column page)
    # The left halves filled to the column's width, most of them: a print's wrap, not a table's short cells.
    widths = [display_width(h[0].rstrip()) for h in lefts if h is not None and h[0].strip() and h[1]]
    widest = max(widths)
    if sum(1 for w in widths if w >= widest - 6) * 3 < len(widths) * 2:
        return text, None
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for k in run:
        h = halves[k]
        if h is None:
            left.append((k, lines[k].strip()))  # (a line across the gutter: kept with the left column)
            continue
        if h[0].strip() or not h[1]:
            left.append((k, h[0].rstrip()))
        if h[1]:
            right.append((k, h[1]))
    out = [(k, line) for k, line in enumerate(lines[:first])]
    out += left + right
    out += [(k, line) for k, line in enumerate(lines[last + 1 :], last + 1)]
    return "\n".join(line for _, line in out), array("i", (k + 1 for k, _ in out))


def compose(columns: array[int], origin: array[int] | None, count: int) -> array[int]:
    """The source line of each of ``count`` logical lines: the layout's map (``origin``, over the split text's lines)
    then the split's (``columns``)."""
    if origin is None:
        return array("i", (columns[k] if k < len(columns) else k + 1 for k in range(count)))
    return array("i", (columns[n - 1] if 1 <= n <= len(columns) else n for n in origin))
