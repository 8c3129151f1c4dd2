"""Sections: headings found by their markers, nested by level, ending where the next heading of the
same or an outer level starts; table rows and running paragraphs are not headings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.document import prepare
from service.structure import find_sections

REPORT = (
    "政府工作报告\n"
    "一、2018年工作回顾\n"
    "过去一年，国内生产总值增长6.6%。\n"
    "（一）继续创新和完善宏观调控，确保经济运行在合理区间。赤字率拟按2.8%安排。\n"
    "二、2019年政府工作任务\n"
    "（一）激发市场主体活力\n"
    "1. 减税降费\n"
    "全年减轻企业负担近2万亿元。\n"
)


def headings(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, text[s.start : s.heading_end], text[s.start : s.end]) for s in find_sections(text)]


def test_headings_levels_and_extent():
    found = headings(REPORT)
    assert [(level, heading) for level, heading, _ in found] == [
        (2, "一、2018年工作回顾"),
        (3, "（一）继续创新和完善宏观调控，确保经济运行在合理区间"),  # the clause before its 。, not the paragraph
        (2, "二、2019年政府工作任务"),
        (3, "（一）激发市场主体活力"),
        (4, "1. 减税降费"),
    ]
    review, subsection, plan, _, item = (body for _, _, body in found)
    assert review.endswith("安排。\n") and "二、" not in review  # up to the next heading of its level
    assert subsection.startswith("（一）继续") and subsection.endswith("安排。\n")
    assert plan.endswith("近2万亿元。\n")
    assert item == "1. 减税降费\n全年减轻企业负担近2万亿元。\n"


def test_table_rows_and_long_lines_are_not_headings():
    text = "一、综合\n一、食品烟酒\t1.4\t2.7\n二、衣着\t1.0\t1.4\n" \
           "（一）" + "很长的一段话" * 10 + "没有句号\n1.5%的增长\n"
    assert [heading for _, heading, _ in headings(text)] == ["一、综合"]


def test_a_short_line_naming_a_review_or_a_plan_is_an_outermost_heading():
    text = "　　2005年和“十五”发展回顾\n　　初步统计，生产总值385.2亿元。\n　　“十一五”时期发展目标与主要任务\n" \
           "一、主要任务\n建设一个机场。\n全年完成情况良好，共建成5座。\n"
    assert [(level, heading) for level, heading, _ in headings(text)] == [
        (1, "2005年和“十五”发展回顾"), (1, "“十一五”时期发展目标与主要任务"), (2, "一、主要任务")]


def test_markdown_headings():
    text = "# 2024年统计公报\n## 一、卫生资源\n### （一）床位数\n全国医疗卫生机构床位1000万张。\n## 二、医疗服务\n"
    assert [(level, heading) for level, heading, _ in headings(text)] == [
        (1, "2024年统计公报"), (2, "一、卫生资源"), (3, "（一）床位数"), (2, "二、医疗服务")]
    assert headings(text)[0][2] == text[2:]  # the title's section holds the whole document


def test_the_prepared_doc_knows_its_sections():
    doc = prepare(REPORT.replace("\n", "\r\n"))
    offset = doc.canonical.index("近2万亿元")
    assert [doc.canonical[s.start : s.heading_end] for s in doc.sections_around(offset)] == [
        "1. 减税降费", "（一）激发市场主体活力", "二、2019年政府工作任务"]
    assert doc.sections_around(0) == []


lines = st.lists(st.one_of(
    st.sampled_from(["一、回顾", "二、安排", "（一）治水", "（二）治气", "1. 项目", "## 三、资源", "正文，增长5%。", "一、表\t1\t2"]),
    st.text(alphabet="一、（）12.#增长% \t", max_size=12)), max_size=12)


@given(lines)
def test_sections_nest(parts):
    """Every section lies inside the text and ends no later than the section holding it."""
    text = "\n".join(parts)
    sections = find_sections(text)
    for index, section in enumerate(sections):
        assert 0 <= section.start < section.heading_end <= section.end <= len(text)
        assert "\n" not in text[section.start : section.heading_end]
        for outer in sections[:index]:
            if outer.start < section.start < outer.end:
                assert section.end <= outer.end and section.level > outer.level
