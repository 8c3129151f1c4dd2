"""training.agreement on a hand-made pair of markups: exact figures for every column of the row."""

from __future__ import annotations

import pytest

from training.agreement import agreement, f1, main, markup_periods, period_agreement
from training.markup import compile_markup

TEXT = "2024年全市查处案件795宗，罚款金额12万元，同比下降3%，涉及企业2家。"
# pass 2 differs four times: IND 全市查处案件 (scope word kept), no has_time on 12万, 3 marked level,
# and one more measurement (企业 2 家) that pass 1 left out
PASS1 = (
    "[[2024年|TIME:t]]全市[[查处案件|IND:a]][[795|VAL ind=a unit=u1 time=t]][[宗|UNIT:u1]]，"
    "[[罚款金额|IND:b]][[12万|VAL ind=b unit=u2 time=t]][[元|UNIT:u2]]，同比下降[[3|VAL ind=b unit=u3 time=t kind=change]][[%|UNIT:u3]]，涉及企业2家。"
)
PASS2 = (
    "[[2024年|TIME:t]][[全市查处案件|IND:a]][[795|VAL ind=a unit=u1 time=t]][[宗|UNIT:u1]]，"
    "[[罚款金额|IND:b]][[12万|VAL ind=b unit=u2]][[元|UNIT:u2]]，同比下降[[3|VAL ind=b unit=u3 time=t]][[%|UNIT:u3]]，"
    "涉及[[企业|IND:c]][[2|VAL ind=c unit=u4]][[家|UNIT:u4]]。"
)


def test_exact_figures():
    row = agreement(compile_markup("d", PASS1, TEXT), compile_markup("d", PASS2, TEXT))
    assert row["IND"] == pytest.approx(2 * 1 / (2 + 3))  # 罚款金额 shared; 查处案件 vs 全市查处案件; 企业 in pass 2 only
    assert row["VAL"] == row["UNIT"] == pytest.approx(2 * 3 / (3 + 4))
    assert row["TIME"] == 1.0
    assert row["relations"] == pytest.approx(2 * 7 / (9 + 10))  # 9 vs 10 relations, 7 with identical endpoints
    # anchors with (kind, target): 795 and 12万 agree; 3 differs in kind; 2 is in pass 2 only
    assert row["kind/target"] == pytest.approx(2 * 2 / (3 + 4))


def test_identical_passes_and_empty_sets():
    doc = compile_markup("d", PASS1, TEXT)
    assert set(agreement(doc, doc).values()) == {1.0}
    assert f1(set(), set()) == 1.0 and f1({1}, set()) == 0.0


def test_command_prints_the_table_row(tmp_path, capsys):
    for name, content in (("p1.mk", PASS1), ("p2.mk", PASS2), ("doc-x.txt", TEXT)):
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert main([str(tmp_path / "p1.mk"), str(tmp_path / "p2.mk"), str(tmp_path / "doc-x.txt")]) == 0
    assert capsys.readouterr().out == "| doc-x | 0.400 | 0.857 | 0.857 | 1.000 | 0.737 | 0.571 |\n"


def test_several_documents_add_a_pooled_row(tmp_path, capsys):
    for name, content in (("p1.mk", PASS1), ("p2.mk", PASS2), ("a.txt", TEXT), ("b.txt", TEXT)):
        (tmp_path / name).write_text(content, encoding="utf-8")
    same = [str(tmp_path / "p1.mk"), str(tmp_path / "p1.mk"), str(tmp_path / "a.txt")]
    differing = [str(tmp_path / "p1.mk"), str(tmp_path / "p2.mk"), str(tmp_path / "b.txt")]
    assert main(same + differing) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "| a | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |"
    # pooled: IND 2·(2+1) / (4+5), VAL 2·(3+3) / (6+7), relations 2·(9+7) / (18+19), kind/target 2·(3+2) / (6+7)
    assert rows[2] == "| all | 0.667 | 0.923 | 0.923 | 1.000 | 0.865 | 0.769 |"


def test_period_agreement_counts_same_periods_and_same_last_years(tmp_path):
    header = "id\tstart\tend\tline\tcontext\tindicator\tunit\tlinked_time\tkind\ttarget\tperiod_start\tperiod_end\tnote\n"
    rows = [("2024-01-01", "2024-12-31"), ("2024-12-31", "2024-12-31"), ("null", "null")]
    other = [("2024-01-01", "2024-12-31"), ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")]
    for folder, periods in (("p1", rows), ("p2", other)):
        (tmp_path / folder).mkdir()
        body = "".join(f"m{i}\t0\t1\t1\tc\ti\tu\t\tlevel\tfalse\t{s}\t{e}\t\n" for i, (s, e) in enumerate(periods))
        (tmp_path / folder / "doc.tsv").write_text(header + body, encoding="utf-8")
    assert period_agreement(tmp_path / "p1" / "doc.tsv", tmp_path / "p2" / "doc.tsv") == (3, 1, 2)


def test_periods_written_in_the_markup_are_compared_over_the_anchors_both_passes_have():
    year, end = "period=2024-01-01..2024-12-31", "period=2024-12-31..2024-12-31"
    first = compile_markup("d", PASS1.replace("time=t]]", f"time=t {year}]]").replace("kind=change]]", f"kind=change {year}]]"), TEXT)
    second = compile_markup("d", PASS2.replace("unit=u1 time=t]]", f"unit=u1 time=t {end}]]")
                            .replace("unit=u2]]", f"unit=u2 {year}]]").replace("unit=u3 time=t]]", "unit=u3 time=t period=null]]")
                            .replace("unit=u4]]", f"unit=u4 {year}]]"), TEXT)
    # 795: year vs year end (same last year); 12万: same; 3: year vs null; 2 家 only in pass 2
    assert markup_periods(first, second) == (3, 1, 2)
    assert markup_periods(compile_markup("d", PASS1, TEXT), compile_markup("d", PASS2, TEXT)) is None
