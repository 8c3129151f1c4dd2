"""find_reference_date: title, metadata, text, on the seeds and on small documents."""

from datetime import date
from pathlib import Path

import pytest

from service.normalize import ReferenceDate, find_reference_date

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        # one line, masked date 2024/X/XX, no title year: the year the text is about
        ("000_4c69f8e9b1c9a046", ReferenceDate(date(2024, 12, 31), "text")),
        # 2024年度工作总结 published 2025-01-12: the report is about 2024
        ("001_43bf33fe4af5c73c", ReferenceDate(date(2024, 12, 31), "title")),
        ("002_e1165d17accd02dc", ReferenceDate(date(2023, 12, 31), "title")),
        # 2024年上半年工作进展: the end of the half-year
        ("003_90c6cfb248094ce6", ReferenceDate(date(2024, 6, 30), "title")),
        # 标 题: | …2024年生态环境保护工作总结, 生成日期 2025-02-18
        ("004_68a3d04b2fc60ef8", ReferenceDate(date(2024, 12, 31), "title")),
    ],
)
def test_seed(seed, expected):
    assert find_reference_date((SEEDS / f"{seed}.txt").read_text(encoding="utf-8")) == expected


def test_title_year():
    assert find_reference_date("某市2024年工作总结\n2024年，我局……") == ReferenceDate(date(2024, 12, 31), "title")


def test_metadata_inside_the_title_period_is_more_precise():
    text = "下载\n打印\n2026年河北省政府工作报告\n来源：河北日报\n时间：2026-02-02\n各位代表："
    assert find_reference_date(text) == ReferenceDate(date(2026, 2, 2), "metadata")


@pytest.mark.parametrize(
    "line",
    ["发布日期:2025-01-12", "生成日期: | 2025-01-12 | ||", "时间：2025-01-12", "2025年01月12日 07时41分", "2025/1/12"],
)
def test_metadata_line(line):
    assert find_reference_date(f"关于环境保护的通知\n{line}\n正文") == ReferenceDate(date(2025, 1, 12), "metadata")


def test_text_prefers_the_year_it_is_about_over_a_target_year():
    text = "环境质量报告\n2023年，全市……2023年……到2030年，力争……。2023年7月1日起施行。"
    assert find_reference_date(text) == ReferenceDate(date(2023, 7, 1), "text")


def test_nothing_to_go_by():
    assert find_reference_date("今年是实施“十五五”规划的开局之年。") == ReferenceDate(None, "text")
