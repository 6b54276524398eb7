"""The same items written in each layout of the family read as the same duties (tests/family.py)."""

from __future__ import annotations

import family as fam
import opencc
from hypothesis import assume, given
from hypothesis import strategies as st

import fyplan

Duty = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def duties_read(text: str) -> list[Duty]:
    notice = fyplan.parse(text)
    return [
        (
            tuple(leader.name for leader in item.duties.leaders),
            tuple(unit.name for unit in item.duties.lead_units),
            tuple(unit.name for unit in item.duties.cooperating_units),
        )
        for item in notice.items()
    ]


def items_read(text: str) -> list[tuple[int, str, Duty]]:
    """Each item's section number and sentence with its duties: a layout that keeps the rows apart
    keeps the sections and the sentences too."""
    notice = fyplan.parse(text)
    return [
        (item.section.number if item.section else 0, item.text.replace("\n", ""), duty)
        for item, duty in zip(notice.items(), duties_read(text), strict=True)
    ]


@given(fam.families(), st.data())
def test_labelled_lines(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.labelled_lines(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_labels_in_a_bracket(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.bracket_labels(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_verbs_in_a_bracket(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.bracket_verbs(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_pipe_rows(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.pipe_rows(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_markdown_table(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.markdown(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_tab_parted_rows(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.tabs(family, data)) == family.expected()


@given(fam.families(full=True), st.data())
def test_one_cell_per_line(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.cell_per_line(family, data)) == family.expected()


@given(fam.families(leaders_needed=True).map(fam.with_heading_leaders), st.data())
def test_leaders_in_the_heading(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.heading_leaders(family, data)) == family.expected()


_TO_TRADITIONAL = opencc.OpenCC("s2t")
LAYOUTS = [fam.labelled_lines, fam.bracket_labels, fam.pipe_rows, fam.tabs]


@given(fam.families(), st.sampled_from(LAYOUTS), st.data())
def test_traditional_characters(family: fam.Family, layout: fam.Layout, data: st.DataObject) -> None:
    text = _TO_TRADITIONAL.convert(layout(family, data))
    expected = [tuple(tuple(_TO_TRADITIONAL.convert(n) for n in names) for names in duty) for duty in family.expected()]
    assert duties_read(text) == expected


@given(fam.families(), st.data())
def test_labels_after_the_sentence(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.trailing_labels(family, data)) == family.expected()


@given(fam.families().map(fam.with_one_lead), st.data())
def test_first_listed_leads(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.first_listed(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_aligned_columns(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.aligned_columns(family, data)) == family.expected()


@given(fam.families(), st.sampled_from([fam.labelled_lines, fam.bracket_labels, fam.trailing_labels]), st.data())
def test_lines_run_together(family: fam.Family, layout: fam.Layout, data: st.DataObject) -> None:
    assert duties_read(fam.joined(layout)(family, data)) == family.expected()


@given(fam.families().map(fam.with_one_lead), st.data())
def test_lead_marked_in_the_list(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.marked_leads(family, data)) == family.expected()


@given(fam.families(), st.sampled_from([fam.labelled_lines, fam.bracket_labels, fam.trailing_labels]), st.data())
def test_hard_wrapped(family: fam.Family, layout: fam.Layout, data: st.DataObject) -> None:
    assert duties_read(fam.wrapped(layout)(family, data)) == family.expected()


@given(fam.families(), st.sampled_from([fam.labelled_lines, fam.bracket_labels, fam.bracket_verbs]), st.data())
def test_mirror_spam(family: fam.Family, layout: fam.Layout, data: st.DataObject) -> None:
    assert duties_read(fam.spammed(layout)(family, data)) == family.expected()


@given(fam.families().map(fam.one_lead_per_section), st.data())
def test_one_sentence_for_a_group(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.group_sentence(family, data)) == family.expected()


@given(fam.families(full=True), st.data())
def test_table_without_numbers(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.unnumbered_table(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_everyone_answerable_beside_the_lead(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.everyone_then_lead(family, data)) == family.expected()


@given(fam.families(), st.sampled_from([fam.pipe_rows, fam.everyone_then_lead]), st.data())
def test_rows_broken_over_lines(family: fam.Family, layout: fam.Layout, data: st.DataObject) -> None:
    assert items_read(fam.broken_rows(layout)(family, data)) == family.expected_items()


@given(fam.families(full=True), st.data())
def test_table_without_numbers_keeps_its_groups(family: fam.Family, data: st.DataObject) -> None:
    assert items_read(fam.unnumbered_table(family, data)) == family.expected_items()


@given(fam.families(), st.data())
def test_space_rows(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.space_rows(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_space_rows_on_one_line(family: fam.Family, data: st.DataObject) -> None:
    # A page that lost its line breaks: the table's header and rows all on one line (layout._spaced_runs).
    assert duties_read(fam.space_rows_one_line(family, data)) == family.expected()


@given(fam.families().map(fam.one_body_per_section), st.data())
def test_table_grouped_by_lead_unit(family: fam.Family, data: st.DataObject) -> None:
    # A collective with 、 or brackets in it (各乡(镇)、街道) heads no group: it is no single body's name.
    assume(all("、" not in rows[0].lead[0] and "(" not in rows[0].lead[0] for _, rows in family.sections))
    assert duties_read(fam.lead_groups(family, data)) == family.expected()


@given(fam.families(full=True), st.data())
def test_two_level_header(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.two_level_header(family, data)) == family.expected()


@given(fam.families(), st.data())
def test_pipe_rows_run_together(family: fam.Family, data: st.DataObject) -> None:
    assert duties_read(fam.pipe_rows_run_together(family, data)) == family.expected()
