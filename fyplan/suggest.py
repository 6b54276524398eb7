"""“Did you mean …?”: the closest of a few known words to one a person mistyped.

One rule for every such hint (query fields, ``--format`` and ``--by`` values, shell commands), so a
Chinese alias is found as readily as an English name.
"""

from __future__ import annotations

from collections.abc import Iterable

# difflib's ratio is 2·matches/(len a + len b): one wrong character of a two-character Chinese word
# (领到 for 领导, 单元 for 单位) scores 0.5, below the 0.6 that suits longer English words.
_CUTOFF_LATIN = 0.6
_CUTOFF_CJK = 0.5


def closest(word: str, known: Iterable[str]) -> str | None:
    """The known word closest to ``word`` (case ignored), or None when nothing is close."""
    choices = list(dict.fromkeys(known))
    folded = {choice.casefold(): choice for choice in choices}
    typed = word.casefold()
    if typed in folded:
        return folded[typed]
    cutoff = _CUTOFF_LATIN if typed.isascii() else _CUTOFF_CJK
    import difflib  # here, not at the top: the CLI loads this module for `--help` (issue 13)

    match = difflib.get_close_matches(typed, list(folded), n=1, cutoff=cutoff)
    return folded[match[0]] if match else None


def did_you_mean(word: str, known: Iterable[str], prefix: str = "", suffix: str = "") -> str:
    """``"; did you mean jsonl?"`` or ``""``: ready to append to a message."""
    hint = closest(word, known)
    return f"; did you mean {prefix}{hint}{suffix}?" if hint else ""
