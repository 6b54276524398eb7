"""Command-line values with a “did you mean”: ``--format``, ``--by``, ``--group-by``.

click's own Choice lists the choices but does not say which one was meant; a field takes its
Chinese aliases too (``--by 单位``), so ``--by 单元`` can be told about 单位.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from fyplan.suggest import did_you_mean


class Choice(click.Choice):  # type: ignore[type-arg]  # click's Choice is generic in newer releases only
    """click.Choice whose error names the closest choice: “jsnl” is not one of …; did you mean jsonl?"""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter as exc:
            # click's own sentence ('x' is not one of 'a', 'b'.), then the hint.
            hint = did_you_mean(str(value), [str(c) for c in self.choices])
            self.fail(exc.message.rstrip(".") + hint if hint else exc.message, param, ctx)


def field_names(text: str, allowed: Sequence[str], option: str, most: int = 1) -> list[str]:  # most: 1 or 2
    """``--by unit`` / ``--by 单位`` / ``--by leader,section`` → canonical field names, each one of
    ``allowed``; a ``FieldNameError`` naming the closest for a name that is not."""
    from fyplan.query import fields  # here, not above: the query engine loads only when used

    names = [part.strip() for part in text.replace("，", ",").split(",") if part.strip()]
    takes = "one of" if most == 1 else "one or two (joined by a comma) of"
    if not 1 <= len(names) <= most:
        raise FieldNameError(f"{option} takes {takes} {', '.join(allowed)}, not “{text}”")
    found = []
    written = [alias for alias, name in fields.ALIASES.items() if name in allowed]
    for name in names:
        field = fields.lookup(name)
        if field is None or field.name not in allowed:
            hint = did_you_mean(name, [*allowed, *written])
            raise FieldNameError(f"{option} takes {takes} {', '.join(allowed)}, not “{name}”{hint}")
        found.append(field.name)
    return found


class FieldNameError(ValueError):
    """A ``--by`` or ``--group-by`` value that names no field it takes (the message says which)."""
