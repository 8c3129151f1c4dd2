"""training.agreement on a hand-made pair of markups: exact figures for every column of the row."""

from __future__ import annotations

import pytest

from training.agreement import agreement, f1, main
from training.markup import compile_markup

TEXT = "2024年全市查处案件795宗，罚款金额12万元，同比下降3%。"
# pass 2 differs three times: IND 全市查处案件 (scope word kept), no has_time on 12万, 3 marked level
PASS1 = (
    "[[2024年|TIME:t]]全市[[查处案件|IND:a]][[795|VAL ind=a unit=u1 time=t]][[宗|UNIT:u1]]，"
    "[[罚款金额|IND:b]][[12万|VAL ind=b unit=u2 time=t]][[元|UNIT:u2]]，同比下降[[3|VAL ind=b unit=u3 time=t kind=change]][[%|UNIT:u3]]。"
)
PASS2 = (
    "[[2024年|TIME:t]][[全市查处案件|IND:a]][[795|VAL ind=a unit=u1 time=t]][[宗|UNIT:u1]]，"
    "[[罚款金额|IND:b]][[12万|VAL ind=b unit=u2]][[元|UNIT:u2]]，同比下降[[3|VAL ind=b unit=u3 time=t]][[%|UNIT:u3]]。"
)


def test_exact_figures():
    row = agreement(compile_markup("d", PASS1, TEXT), compile_markup("d", PASS2, TEXT))
    assert row["IND"] == pytest.approx(2 * 1 / (2 + 2))  # 罚款金额 shared, 查处案件 vs 全市查处案件 not
    assert (row["VAL"], row["UNIT"], row["TIME"]) == (1.0, 1.0, 1.0)
    assert row["relations"] == pytest.approx(2 * 7 / (9 + 8))  # 9 vs 8 relations, 7 with identical endpoints
    assert row["kind/target"] == pytest.approx(2 / 3)  # 3 shared anchors, the 3 differs in kind


def test_identical_passes_and_empty_sets():
    doc = compile_markup("d", PASS1, TEXT)
    assert set(agreement(doc, doc).values()) == {1.0}
    assert f1(set(), set()) == 1.0 and f1({1}, set()) == 0.0


def test_command_prints_the_table_row(tmp_path, capsys):
    for name, content in (("p1.mk", PASS1), ("p2.mk", PASS2), ("doc-x.txt", TEXT)):
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert main([str(tmp_path / "p1.mk"), str(tmp_path / "p2.mk"), str(tmp_path / "doc-x.txt")]) == 0
    assert capsys.readouterr().out == "| doc-x | 0.500 | 1.000 | 1.000 | 1.000 | 0.824 | 0.667 |\n"
