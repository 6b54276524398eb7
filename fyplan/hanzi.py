"""Traditional → simplified characters (OpenCC), for matching and reading, never for storage:
names and text stay as the notice wrote them."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def _converter() -> Any:
    import opencc  # imported on first use (reading targets or matching a query needs it)

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=512)
def simplified(text: str) -> str:
    """``市經濟和信息化局`` → ``市经济和信息化局``; ASCII-only text is returned as it is."""
    if text.isascii():
        return text
    converted: str = _converter().convert(text)
    # The text itself where nothing changed (most text is simplified already): the cache then keeps
    # one string per entry, not two equal ones (issue 13).
    return text if converted == text else converted


@cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


@lru_cache(maxsize=256)
def either(pattern: str) -> str:
    """A regular expression written in simplified characters that matches the traditional forms too:
    each CJK character with another traditional form becomes a class of both (单位 → [单單][位位]); inside
    a class the traditional form is added. For patterns compiled on first use (OpenCC loads then)."""
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        if "\u4e00" <= ch <= "\u9fff":
            other: str = _to_traditional().convert(ch)
            if len(other) == 1 and other != ch:
                out.append(ch + other if in_class else f"[{ch}{other}]")
                continue
        out.append(ch)
    return "".join(out)
