"""Round trips and robustness, property-based (profile "ci" in CI; "thorough" by hand)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import fyplan
from fyplan import NoticeError
from fyplan.model import Notice
from fyplan.read.widths import folded
from fyplan.strategies import notices, styles
from fyplan.write.export import from_json, to_json
from fyplan.write.render import STYLES, Style, render

EXAMPLE_TEXT = fyplan.example_path().read_text(encoding="utf-8")
EXAMPLE = fyplan.parse(EXAMPLE_TEXT)


@given(notices(), styles())
def test_parse_inverts_render(notice: Notice, style: Style) -> None:
    assert fyplan.parse(render(notice, style)) == notice


@given(styles())
def test_the_example_in_every_style_reads_the_same(style: Style) -> None:
    # The same up to the width of its marks: a style that writes ： and （） gets its names and text back so.
    again = fyplan.parse(render(EXAMPLE, style))
    assert folded(again) == EXAMPLE
    assert not again.errors


def test_the_named_styles_on_the_example() -> None:
    for name, style in STYLES.items():
        assert folded(fyplan.parse(render(EXAMPLE, style))) == EXAMPLE, name


@given(notices(), styles())
def test_fmt_is_idempotent(notice: Notice, style: Style) -> None:
    once = render(fyplan.parse(render(notice, style)))
    assert render(fyplan.parse(once)) == once


@given(notices())
def test_json_round_trip(notice: Notice) -> None:
    assert from_json(to_json(notice)) == notice


def _lenient_and_strict(text: str) -> None:
    notice = fyplan.parse(text)
    assert isinstance(notice, Notice)
    try:
        strict = fyplan.parse(text, strict=True)
    except NoticeError as exc:
        assert exc.diagnostics == notice.diagnostics
    else:
        assert strict.diagnostics == ()


@given(st.text(max_size=300))
def test_any_text_reads_or_raises_notice_error(text: str) -> None:
    _lenient_and_strict(text)


LINES = EXAMPLE_TEXT.split("\n")
FLIPS = [(":", "："), ("、", ","), ("。", ""), ("(", "（"), ("牵头", "协同"), ("1.", "1、"), ("\n", "\r\n")]


@st.composite
def mutated_example(draw: st.DrawFn) -> str:
    start = draw(st.integers(0, len(LINES) - 1))
    chunk = LINES[start : start + draw(st.integers(1, 120))]
    for _ in range(draw(st.integers(0, 5))):
        if not chunk:
            break
        i = draw(st.integers(0, len(chunk) - 1))
        kind = draw(st.sampled_from(["drop", "swap", "duplicate", "truncate", "flip", "garbage"]))
        if kind == "drop":
            del chunk[i]
        elif kind == "swap":
            j = draw(st.integers(0, len(chunk) - 1))
            chunk[i], chunk[j] = chunk[j], chunk[i]
        elif kind == "duplicate":
            chunk.insert(i, chunk[i])
        elif kind == "truncate":
            chunk[i] = chunk[i][: draw(st.integers(0, len(chunk[i])))]
        elif kind == "flip":
            old, new = draw(st.sampled_from(FLIPS))
            chunk[i] = chunk[i].replace(old, new)
        else:
            at = draw(st.integers(0, len(chunk[i])))
            chunk[i] = chunk[i][:at] + draw(st.text(max_size=5)) + chunk[i][at:]
    return "\n".join(chunk)


@given(mutated_example())
def test_any_mutation_of_the_example_reads_or_raises_notice_error(text: str) -> None:
    _lenient_and_strict(text)
