"""Period accuracy counts what it says, on a hand-made gold document."""

from __future__ import annotations

from training.markup import compile_markup
from training.period_eval import periods, score

TEXT = ("2019年政府工作报告\n"
        "一、2018年工作回顾\n"
        "过去一年，国内生产总值增长6.6%。\n"
        "二、2019年政府工作任务\n"
        "城镇新增就业1100万人以上。\n")
MARKED = ("2019年政府工作报告\n"
          "一、[[2018年|TIME]]工作回顾\n"
          "[[过去一年|TIME:t]]，[[国内生产总值|IND:i]]增长[[6.6|VAL ind=i unit=u time=t kind=change "
          "period=2018-01-01..2018-12-31]][[%|UNIT:u]]。\n"
          "二、[[2019年|TIME]]政府工作任务\n"
          "[[城镇新增就业|IND:j]][[1100|VAL ind=j unit=v target=true period=2019-01-01..2019-12-31]][[万人|UNIT:v]]以上。\n")


def test_periods_of_a_work_report():
    doc = compile_markup("gwr", MARKED, TEXT)
    found = periods(doc)
    assert found["gold"] == [("2018-01-01", "2018-12-31"), ("2019-01-01", "2019-12-31")]
    assert found["grounded"] == found["gold"]
    # the title dates the report 2019: the baseline reads 过去一年 from that date, and gives the date itself
    # to the target, whose year is still right
    assert found["date_only"][1][1].startswith("2019") and found["date_only"][1][0] == found["date_only"][1][1]
    result = score([doc])
    assert result["all"]["grounded"] == {"n": 2, "exact": 1.0, "last_year": 1.0}
    assert result["all"]["date_only"]["exact"] < 1.0
    # the rules: the plan section makes the 1100 a target, the review nothing
    assert found["ruled_targets"] == found["gold_targets"] == [False, True]
    assert result["all"]["target"] == {"gold": 1, "predicted": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}
