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
