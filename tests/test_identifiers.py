"""Identifiers and page numbers are no values (ANNOTATION.md): service.identifiers, on the canonical view and
through the shipped model on a standard as PDF extraction leaves it."""

from __future__ import annotations

import pytest

from service.document import prepare
from service.identifiers import drop_identifiers, identifier_ranges
from service.pipeline import Document
from service.spans import Span


def identifiers(text: str) -> list[str]:
    """The identifiers found, as posted."""
    doc = prepare(text)
    return [text[slice(*doc.posted(a, b))] for a, b in identifier_ranges(doc.canonical)]


@pytest.mark.parametrize(("text", "expected"), [
    ("应符合GB 18597的要求", ["GB 18597"]),
    ("按照GB/T 16157、HJ/T 397规定的方法", ["GB/T 16157", "HJ/T 397"]),
    ("执行HJ 348—2007和DB11/ 1234-2015", ["HJ 348—2007", "DB11/ 1234-2015"]),
    ("见4.1.2的要求", ["4.1.2"]),
    ("启动轨道交通13号线、19号线建设，2号线西延通车，三号机组并网发电", ["13号线", "19号线", "2号线", "三号机组"]),
    # a threshold defining a class the clause counts (decision 19)
    ("开工建设10亿元以上重大产业项目47个，推动70个30亿元以上项目建设", ["10亿元以上", "30亿元以上"]),
    ("年产原油500万吨以上的油气田5个", ["500万吨以上的"]),
    ("用于6.3 条之外，依照第6.2条、第5章和第28号令", ["6.3 条", "第6.2条", "第5章", "第28号"]),
    ("的过程。\n3.1 生活垃圾焚烧飞灰", ["3.1"]),
    ("的过程。4 总体要求 4.1 应根据后续利用", ["4", "4.1"]),
    ("。10强企业营收达10.5亿元", ["10"]),  # a value after a heading-like number stays (亿 follows it)
    ("总体要求..........2\n前言", ["..........2"]),
    ("人均图书拥有量[78]8.39册", ["[78]"]),
    ("2026年02月10日 07时41分\n来源", ["07时41分"]),
    ("发布时间：2026-02-03 09:02:33", ["09:02:33"]),
    ("成功申办第13届省运会，京东方第8.6代线", ["第13届", "第8.6代"]),
    ("主 办: 厦门市生态环境局厦门市小学路158号\n全年增长5%", ["主 办: 厦门市生态环境局厦门市小学路158号"]),
    ("成为全国可持续发展实验区之一，建成一批重点项目。部分数据因四舍五入的原因", ["之一", "一批", "四舍五入"]),
])
def test_identifiers_are_found(text, expected):
    assert identifiers(text) == expected


@pytest.mark.parametrize("text", [
    "全省排名第1。出台政策10条。人均图书藏量1.02册。",
    "。40多位外国元首来访。65岁及以上人口占比15.6%。16大类限额以上企业。",
    "。2024年全市GDP增长5.4%。3家企业。3.5亿元。分别增长4.1和3.2%。",
    "PM2.5浓度下降。5G基站1.2万个。",
    "新开通地铁线路2条，运营线路总长906公里。新建住宅楼3栋。",
    "累计引进和培育150家以上华为云生态企业。城镇新增就业60万人以上，粮食产量513万吨以上；力争达到3000亿元以上规模。",
    "城乡居民收入比从2.50:1缩小至2.27:1。2024年3月5日8时召开。",
    "全市GDP增长5.4%。粮食产量120万吨。主办：市统计局",  # a paragraph naming its 主办 is no footer line
    "典型……120个。航速18.5节。",
])
def test_values_are_no_identifiers(text):
    assert identifiers(text) == []


def test_a_page_number_before_a_running_header():
    header = "HJ 1134—2020"
    text = "".join(f"第{i}页的正文，进行一定{i}\n{header}程度的去除。" for i in range(1, 4))
    assert [found for found in identifiers(text) if found.isdigit()] == ["1", "2", "3"]


def test_a_value_inside_an_identifier_goes_with_its_unit():
    text = "满足GB 18598入场要求，可溶性氯含量应不超过2%"
    at = text.index
    spans = [Span("VAL", at("18598"), at("18598") + 5, 0.9), Span("UNIT", at("入"), at("入") + 1, 0.6),
             Span("VAL", at("2%"), at("2%") + 1, 0.99), Span("UNIT", at("%"), at("%") + 1, 0.99)]
    assert drop_identifiers(text, spans, identifier_ranges(text)) == spans[2:]


def test_a_value_without_a_number_is_dropped():
    text = "总体要求......2"
    spans = [Span("VAL", 5, 6, 0.7)]
    assert drop_identifiers(text, spans, identifier_ranges(text)) == []


STANDARD = (
    "中华人民共和国国家环境保护标准 HJ 1134—2020 生活垃圾焚烧飞灰污染控制技术规范\n"
    "目 次 前 言.............................. II 1 适用范围.............................. 1 "
    "2 规范性引用文件.............................. 1\n"
    "2 规范性引用文件 本标准引用了下列文件。 GB 8978 GB/T 16157 GB 16297 HJ 77.3 HJ/T 397 HJ 2025 "
    "3 术语和定义 下列术语和定义适用于本标准。 3.1 生活垃圾焚烧飞灰 生活垃圾焚烧设施的烟气净化系统捕集物。 "
    "4 总体要求 4.1 应根据后续利用或处置方式选择适当的处理技术。 "
    "6.3 飞灰处理产物用于 6.2 条之外的其他利用方式，处理产物中二噁英类残留的总量应不超过 50 ng-TEQ/kg，"
    "可溶性氯含量应不超过 2%，以不高于 1% 为宜。\n"
)


def test_a_standards_codes_and_clause_numbers_are_no_measurements(extractor):
    [extraction] = extractor.extract_batch([Document(STANDARD)])
    values = [m.value.text for m in extraction.measurements]
    assert values == ["50", "2", "1"]
