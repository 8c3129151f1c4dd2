"""find_reference_date: title, metadata, text, on the seeds and on small documents."""

from datetime import date
from pathlib import Path

import pytest

from service.normalize import Frame, Period, ReferenceDate, find_frame, find_reference_date, frame_of

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
    [
        "发布日期:2025-01-12",
        "生成日期: | 2025-01-12 | ||",
        "时间：2025-01-12",
        "时间：2025-01-12 09:02:33",
        "2025-01-12 09:02:33",
        "2025年01月12日 07时41分",
        "2025/1/12",
        "2025 年 1 月 12 日",
    ],
)
def test_metadata_line(line):
    assert find_reference_date(f"关于环境保护的通知\n{line}\n正文") == ReferenceDate(date(2025, 1, 12), "metadata")


def test_text_prefers_the_year_it_is_about_over_a_target_year():
    text = "环境质量报告\n2023年，全市……2023年……到2030年，力争……。2023年7月1日起施行。"
    assert find_reference_date(text) == ReferenceDate(date(2023, 7, 1), "text")


def test_nothing_to_go_by():
    assert find_reference_date("今年要坚持稳中求进，做好民生工作。") == ReferenceDate(None, "text")


def year(first):
    return Period(date(first, 1, 1), date(first, 12, 31), "year")


def test_a_heading_is_not_the_title():
    # The title is 政府工作报告; 一、2018年工作回顾 is a part of the body, not what the document is about.
    text = "政府工作报告\n——2019年1月20日在某市第十五届人民代表大会第三次会议上\n各位代表：\n一、2018年工作回顾\n2018年，全市……"
    assert find_frame(text) == Frame(
        date(2019, 1, 20), "metadata",
        year(2018), "政府工作报告 2019-01-20", year(2019), "政府工作报告 2019-01-20",
    )  # fmt: skip


@pytest.mark.parametrize("heading", ["一、2018年工作回顾", "（一）2018年工作回顾", "1. 2018年工作回顾", "各位代表：",
                                     "各位代表，2018年的努力促进了“十五”计划目标的实现。"])
def test_the_body_starts_at_a_heading_or_salutation(heading):
    text = f"关于生态环境保护的通知\n{heading}\n2018年工作总结\n正文"
    assert find_reference_date(text).source == "text"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a work report delivered in 2026 reviews 2025 and plans 2026
        (
            "下载\n2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n时间：2026-02-02\n各位代表：",
            Frame(date(2026, 2, 2), "metadata", year(2025), "2026年河北省政府工作报告", year(2026), "2026年河北省政府工作报告"),
        ),
        # no year in the title (spaced out as scanned): the day it was delivered gives the year
        (
            "政 府 工 作 报 告\n----2012年2月29日在海拉尔区第十三届人民代表大会第六次会议上\n各位代表：",
            Frame(date(2012, 2, 29), "metadata", year(2011), "政府工作报告 2012-02-29", year(2012), "政府工作报告 2012-02-29"),
        ),
        # a year's summary reviews the year and plans the next
        (
            "某局2024年度工作总结\n发布日期：2025-01-12\n2024年，我局……",
            Frame(date(2024, 12, 31), "title", year(2024), "2024年度工作总结", year(2025), "2024年度工作总结"),
        ),
        # ... the next period its title names, when it names one
        (
            "某局2024年工作总结和2025年工作计划\n2024年，我局……",
            Frame(date(2024, 12, 31), "title", year(2024), "2024年工作总结", year(2025), "2025年工作计划"),
        ),
        (
            "市环保局2024年上半年工作进展情况和下半年工作安排\n今年以来，……",
            Frame(
                date(2024, 6, 30), "title",
                Period(date(2024, 1, 1), date(2024, 6, 30), "half"), "2024年上半年工作进展",
                Period(date(2024, 7, 1), date(2024, 12, 31), "half"), "下半年工作安排",
            ),
        ),
        # a plan for 2025 reviews 2024
        (
            "关于印发某局2025年工作要点的通知\n发布日期：2025-02-01\n正文",
            Frame(date(2025, 2, 1), "metadata", year(2024), "2025年工作要点", year(2025), "2025年工作要点"),
        ),
        # a bulletin about 2022, published in 2023, describes 2022 and plans nothing
        (
            "2022 年成都市国民经济和社会发展统计公报\n成都市统计局\n2023 年 3 月 25 日\n2022 年，……",
            Frame(date(2022, 12, 31), "title", year(2022), "2022年成都市国民经济和社会发展统计公报", None, None),
        ),
        # no title: the date decides
        (
            "关于环境保护的通知\n时间：2026-02-03 09:02:33\n正文",
            Frame(date(2026, 2, 3), "metadata", year(2025), "2026-02-03", year(2026), "2026-02-03"),
        ),
        (
            "关于环境保护的通知\n发布日期：2025-09-30\n正文",
            Frame(date(2025, 9, 30), "metadata", year(2025), "2025-09-30", year(2026), "2025-09-30"),
        ),
        # the present year named by a plan: its first day stands for the report's first months
        ("今年是实施“十五五”规划的开局之年。", Frame(date(2026, 1, 1), "text", year(2025), "2026-01-01", year(2026), "2026-01-01")),
    ],
)  # fmt: skip
def test_frame(text, expected):
    assert find_frame(text) == expected
    assert find_reference_date(text) == ReferenceDate(expected.date, expected.source)


@pytest.mark.parametrize(
    ("seed", "reviewed", "planned"),
    [
        ("000_4c69f8e9b1c9a046", year(2024), year(2025)),  # no title: dated 2024-12-31 by its text
        ("001_43bf33fe4af5c73c", year(2024), year(2025)),
        ("002_e1165d17accd02dc", year(2023), year(2024)),
        ("003_90c6cfb248094ce6", Period(date(2024, 1, 1), date(2024, 6, 30), "half"),
         Period(date(2024, 7, 1), date(2024, 12, 31), "half")),
        ("004_68a3d04b2fc60ef8", year(2024), year(2025)),
    ],
)  # fmt: skip
def test_seed_frame(seed, reviewed, planned):
    frame = find_frame((SEEDS / f"{seed}.txt").read_text(encoding="utf-8"))
    assert (frame.reviewed, frame.planned) == (reviewed, planned)


@pytest.mark.parametrize(
    ("day", "reviewed", "planned"),
    [
        (date(2026, 2, 9), 2025, 2026),
        (date(2026, 6, 30), 2025, 2026),
        (date(2026, 7, 1), 2026, 2027),
        (date(2024, 12, 31), 2024, 2025),
    ],
)
def test_frame_of_a_date(day, reviewed, planned):
    evidence = day.isoformat()
    assert frame_of(day) == Frame(day, "request", year(reviewed), evidence, year(planned), evidence)


def test_frame_of_no_date():
    assert frame_of(None, "text") == Frame(None, "text", None, None, None, None)


@pytest.mark.parametrize(("text", "reviewed", "planned"), [
    ("各位代表：\n今年是“十五五”开局之年。做好今年工作，要坚持稳中求进。", 2025, 2026),
    ("今年是“十四五”规划收官之年，也是谋划“十五五”的关键之年。", 2024, 2025),
    ("今年，是全面完成“十五”任务、为“十一五”发展打好基础的关键一年。从2004年7月1日起，全国提高待遇。", 2004, 2005),
    ("各位代表，2005年的努力促进了“十五”计划预期目标的实现。就在“十一五”开局之初，总书记亲临考察。", 2005, 2006),
])
def test_a_text_that_names_its_present_year_by_a_plan(text, reviewed, planned):
    frame = find_frame(text)
    assert (frame.source, frame.reviewed.start.year, frame.planned.start.year) == ("text", reviewed, planned)


@pytest.mark.parametrize(("text", "day", "reviewed", "planned"), [
    # gwr-2019 without its title: the headings name the year reviewed and the year planned, not the year
    # mentioned most
    ("各位代表：\n一、2018年工作回顾\n2018年增长6.6%。\n三、2019年政府工作任务\n到2020年实现翻番，2020年全面小康，2020年。",
     date(2019, 1, 1), 2018, 2019),
    # gwr-2016: 三、2016年重点工作 says no 任务, but names the year after the one reviewed
    ("各位代表：\n一、2015年工作回顾\n增长6.9%。\n二、“十三五”时期主要目标任务\n到2020年，2020年，2020年。\n三、2016年重点工作\n",
     date(2016, 1, 1), 2015, 2016),
    # gwr-2008: the plan heading outweighs 今年是完成“十一五”…目标的关键一年
    ("一、过去五年工作回顾\n二、2008年主要任务\n今年是完成“十一五”节能减排约束性目标的关键一年。", date(2008, 1, 1), 2007, 2008),
    # a speech reviewing a year is delivered early the next; a summary is written at the end of the year it reviews
    ("各位代表：\n一、2012年政府工作回顾\n增长10%。\n", date(2013, 1, 1), 2012, 2013),
    ("一、2024年工作总结\n完成减排项目12个。\n", date(2024, 12, 31), 2024, 2025),
])
def test_a_text_without_title_or_date_is_dated_by_its_headings(text, day, reviewed, planned):
    frame = find_frame(text)
    assert (frame.source, frame.date, frame.reviewed.start.year, frame.planned.start.year) == ("text", day, reviewed, planned)


def test_comparison_years_do_not_date_a_text():
    """与2003年相比 three times, 2008年 twice: the text is about 2008."""
    text = "2008年全市生产总值增长12%。与2003年相比翻了一番，比2003年增长90%，较2003年提高5个百分点。2008年末常住人口150万。"
    assert find_frame(text).date.year == 2008


def test_a_sentence_below_the_first_line_is_no_title():
    """A body paragraph that names 1955年…计划 is not the title: the excerpt has none."""
    text = "１９５５年国家决算在农业方面支出１４亿元。\n\n１９５５年国营商业的购进计划完成了１０２％，比１９５４年增长９％。"
    assert find_frame(text).source == "text"


def test_a_standard_describes_no_period():
    """A standard's limits (应不超过 2%) hold from its issue on and describe no period: no date, and its title (a code,
    then 技术规范) is what says so. A year it mentions, or its issue date, is no year it reports on."""
    text = ("中华人民共和国国家环境保护标准 HJ 1134—2020 生活垃圾焚烧飞灰污染控制技术规范 （试行） 2020-08-27发布 "
            "2020-08-27实施\n6.3 可溶性氯含量应不超过 2%，以不高于 1% 为宜。\n")
    assert find_frame(text) == Frame(None, "title", None, None, None, None)
    # a text that cites a standard is no standard
    assert find_frame("2024年环境质量状况\n全市空气质量按GB 3095—2012标准评价，优良天数比例91.8%。\n").date is not None


def test_a_plan_is_dated_at_the_start_of_the_year_it_names():
    """An excerpt of a plan with no title or heading (2026年，全省…力争…) names the year it plans: it speaks at its
    start, reviewing the year before; a passage of things done names the year it reviews."""
    plan = "2026年，全省要推进新型工业化，力争规上工业增加值增长6%，确保粮食产量稳定在600亿斤以上，要争取新增就业50万人。\n"
    assert find_frame(plan).date == date(2026, 1, 1) and find_frame(plan).planned.start == date(2026, 1, 1)
    review = "2025年，全省规上工业增加值比上年增长6%，累计新增就业50万人，粮食产量同比增长了2%。\n"
    assert find_frame(review).date == date(2025, 12, 31) and find_frame(review).reviewed.end == date(2025, 12, 31)
