"""Which item of the old notice became which item of the new one: matched by content, not by number.

Numbers shift when one item is added, so the text decides: its similarity (rapidfuzz's ``fuzz.ratio``,
on the text without punctuation, spaces or the digits of its numbers, so 增长8.5% → 增长7% is the same
item), plus small bonuses for the same duties, the same section and the same relative place (not the same
number: an item added above renumbers the rest, and copies of one text would then pair crosswise). An optimal
assignment (scipy's ``linear_sum_assignment``) then pairs the items, not a greedy first match, which
would let an early reworded item take a later item's partner. A pair less similar than ``THRESHOLD`` is
no pair: the old item was dropped and the new one added.

Both libraries come with the ``diff`` extra; ``require()`` says so when they are missing.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import regex

from fyplan.errors import MissingExtra
from fyplan.hanzi import simplified

if TYPE_CHECKING:
    from fyplan.model import Item

THRESHOLD = 50.0  # text similarity (0..100) below which two items are two different items
DUTY_BONUS = 8.0  # times the overlap (Jaccard) of the people and bodies named
SAME_SECTION_BONUS = 2.0
# Up to this much for the same relative place in the notice: of two copies of one text, the first pairs with the
# first. The cost is the distance plus half its square: with the distance alone a crosswise pairing can tie with the
# sorted one (old places 1 2 3 4 against new 0 1 2 4 cost 3 either way, and the tie-break then picked the crosswise
# one: one move reported as two); the square makes the sorted pairing the one best, and the tie-break is scaled
# below the smallest gain the square gives (about 1/n² for n items), so it only parts true ties.
PLACE_BONUS = 1.0
# Ties (two copies of one text) are broken by a tiny amount from a hash of the two items, the same
# whichever notice comes first, so diff(a, b) and diff(b, a) pick the same pairs.
TIE_BREAK = 1e-3

_NOISE = regex.compile(r"[\s\p{P}\p{S}\p{Z}\p{C}]+")
_DIGITS = regex.compile(r"\d+(?:\.\d+)?")


def require() -> tuple[Any, Any]:
    """rapidfuzz's ``process`` and scipy's ``linear_sum_assignment``, or ``MissingExtra`` saying how to get them."""
    try:
        from rapidfuzz import process
        from scipy.optimize import linear_sum_assignment
    except ImportError as exc:
        raise MissingExtra(
            f"comparing notices needs {exc.name or 'rapidfuzz and scipy'}, which is not installed: pip install 'fyplan[diff]'"
        ) from None
    return process, linear_sum_assignment


def text_key(text: str) -> str:
    """What two texts are compared on: simplified characters, no spaces or punctuation, numbers as 0."""
    text = simplified(unicodedata.normalize("NFKC", text))
    return _DIGITS.sub("0", _NOISE.sub("", text))


def _people_and_bodies(item: Item) -> set[str]:
    duties = item.duties
    names = {"L" + leader.name for leader in duties.leaders}
    names |= {"U" + unit.name for unit in (*duties.lead_units, *duties.cooperating_units)}
    return names


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _signature(item: Item) -> str:
    return f"{item.id}\x00{item.text}"


def tie_break(a: str, b: str) -> float:
    """A small number in [0, TIE_BREAK) from two strings, whichever order they come in."""
    low, high = sorted((a, b))
    digest = hashlib.blake2b(f"{low}\x00{high}".encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") / 2**32 * TIE_BREAK


def _section_number(item: Item) -> int | None:
    return item.section.number if item.section else None


def match_items(old: Sequence[Item], new: Sequence[Item]) -> list[tuple[int, int, float]]:
    """(old index, new index, similarity 0..1) of every matched pair, by old index."""
    process, assign = require()
    old_keys = [text_key(item.text) for item in old]
    new_keys = [text_key(item.text) for item in new]
    pairs: list[tuple[int, int, float]] = []
    # A text found once on each side is the same item: most of a notice is settled without the matrix.
    old_count, new_count = Counter(old_keys), Counter(new_keys)
    unique_new = {key: j for j, key in enumerate(new_keys) if new_count[key] == 1}
    for i, key in enumerate(old_keys):
        if old_count[key] == 1 and key in unique_new:
            pairs.append((i, unique_new[key], 1.0))
    taken_old = {i for i, _, _ in pairs}
    taken_new = {j for _, j, _ in pairs}
    rest_old = [i for i in range(len(old)) if i not in taken_old]
    rest_new = [j for j in range(len(new)) if j not in taken_new]
    if rest_old and rest_new:
        pairs += _assign(
            old,
            new,
            rest_old,
            rest_new,
            [old_keys[i] for i in rest_old],
            [new_keys[j] for j in rest_new],
            process,
            assign,
        )
    return sorted(pairs)


def _assign(
    old: Sequence[Item],
    new: Sequence[Item],
    rest_old: list[int],
    rest_new: list[int],
    old_keys: list[str],
    new_keys: list[str],
    process: Any,
    assign: Callable[..., Any],
) -> list[tuple[int, int, float]]:
    from rapidfuzz import fuzz

    # Below the cutoff cdist gives 0: such a pair adds nothing to the assignment and is dropped after it.
    ratio = process.cdist(old_keys, new_keys, scorer=fuzz.ratio, score_cutoff=THRESHOLD, workers=1)
    score = ratio.copy()
    rows, cols = (ratio >= THRESHOLD).nonzero()
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = old[rest_old[r]], new[rest_new[c]]
        bonus = DUTY_BONUS * _jaccard(_people_and_bodies(a), _people_and_bodies(b))
        bonus += SAME_SECTION_BONUS if _section_number(a) == _section_number(b) else 0.0
        distance = abs(rest_old[r] / len(old) - rest_new[c] / len(new))
        bonus += PLACE_BONUS * (1 - distance - distance * distance / 2)
        score[r, c] += bonus + tie_break(_signature(a), _signature(b)) / (len(old) * len(new))
    chosen_rows, chosen_cols = assign(score, maximize=True)
    return [
        (rest_old[r], rest_new[c], float(ratio[r, c]) / 100)
        for r, c in zip(chosen_rows.tolist(), chosen_cols.tolist(), strict=True)
        if ratio[r, c] >= THRESHOLD
    ]
