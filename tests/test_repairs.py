"""The tagger's spans mended into the guideline's (service/repairs.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service import tagging
from service.pipeline import Document
from service.spans import Span
from service.repairs import read_worded_values, repair_values, trim_separators


def spans_of(text: str, marked: list[tuple[str, str]]) -> list[Span]:
    """Spans at the first occurrence, from the left, of each (label, surface)."""
    spans, at = [], 0
    for label, surface in marked:
        start = text.index(surface, at)
        spans.append(Span(label, start, start + len(surface), 0.9))
        at = start + len(surface)
    return spans


def surfaces(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.label, text[s.start : s.end]) for s in spans]


@pytest.mark.parametrize("dash", ["-", "~", "—", "至"])  # the canonical view has made ～ and － these
def test_a_range_with_its_unit_on_both_ends_is_one_value(dash):
    text = f"增长6%{dash}6.5%左右"
    raw = spans_of(text, [("VAL", "6"), ("UNIT", "%"), ("VAL", "6.5"), ("UNIT", "%")])
    assert surfaces(text, repair_values(text, raw)) == [("VAL", f"6%{dash}6.5"), ("UNIT", "%")]


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("新增造林6~8万亩", [("VAL", "6"), ("VAL", "8万"), ("UNIT", "亩")], [("VAL", "6~8万"), ("UNIT", "亩")]),
    # a TIME the tagger put on the dash goes with it
    ("沿边3-20公里", [("VAL", "3"), ("TIME", "-"), ("VAL", "20"), ("UNIT", "公里")], [("VAL", "3-20"), ("UNIT", "公里")]),
    ("增长6至8%", [("VAL", "6"), ("VAL", "8"), ("UNIT", "%")], [("VAL", "6至8"), ("UNIT", "%")]),
])
def test_a_range_with_its_unit_after_the_last_number_is_one_value(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw"), [
    ("从6到8个", [("VAL", "6"), ("VAL", "8"), ("UNIT", "个")]),  # a change from 6 to 8
    ("1236.3 -8.8", [("VAL", "1236.3"), ("VAL", "-8.8")]),  # a table's two cells
])
def test_values_that_are_no_range_stay_apart(text, raw):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == raw


def test_ranges_with_other_units_stay_apart():
    text = "从6%增长到6.5亿元"
    raw = spans_of(text, [("VAL", "6"), ("UNIT", "%"), ("VAL", "6.5亿"), ("UNIT", "元")])
    assert repair_values(text, raw) == raw


@pytest.mark.parametrize(("text", "unit"), [("常住人口620多万人", "人"), ("粮食播种２，５６０余万亩", "亩")])
def test_a_magnitude_after_more_goes_with_the_unit(text, unit):
    number = "620" if "620" in text else "２，５６０"
    raw = spans_of(text, [("VAL", number), ("VAL", "万"), ("UNIT", unit)])
    assert surfaces(text, repair_values(text, raw)) == [("VAL", number), ("UNIT", "万" + unit)]


def test_a_magnitude_after_more_without_a_unit_stays_with_the_number():
    text = "户籍人口300多万，"
    raw = spans_of(text, [("VAL", "300"), ("VAL", "万")])
    assert surfaces(text, repair_values(text, raw)) == [("VAL", "300多万")]


def test_spans_that_need_no_repair_pass_through():
    text = "2024年优良天数比例91.8%，检查企业1000多家次"
    raw = spans_of(text, [("TIME", "2024年"), ("IND", "优良天数比例"), ("VAL", "91.8"), ("UNIT", "%"),
                          ("IND", "检查企业"), ("VAL", "1000"), ("UNIT", "家次")])
    assert repair_values(text, raw) == raw


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("达标率为xxx%", [("VAL", "xx"), ("UNIT", "%")], [("VAL", "xxx"), ("UNIT", "%")]),  # part of the run
    ("比例为xx.x%", [("VAL", ".x"), ("UNIT", "%")], [("VAL", "xx.x"), ("UNIT", "%")]),
    ("优良率达xx%以上", [("UNIT", "%")], [("VAL", "xx"), ("UNIT", "%")]),  # the unit taken for the whole value
    ("已有x个消除劣Ⅴ类", [("UNIT", "个")], [("VAL", "x"), ("UNIT", "个")]),
])
def test_redacted_digits_are_one_whole_value(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize("text", ["PMx.x浓度下降", "Excel表格"])
def test_an_x_inside_a_latin_word_is_no_value(text):
    raw = spans_of(text, [("UNIT", "浓度" if "浓度" in text else "表格")])
    assert repair_values(text, raw) == raw


@pytest.mark.parametrize(("raw", "mended"), [
    ([("VAL", "xx"), ("VAL", "x"), ("UNIT", "%")], [("VAL", "xx.x"), ("UNIT", "%")]),
    ([("VAL", "xx"), ("UNIT", ".x%")], [("VAL", "xx.x"), ("UNIT", "%")]),
])
def test_a_widened_value_leaves_no_span_overlapping_it(raw, mended):
    text = "比例为xx.x%"
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw", "read"), [
    ("原煤产量达到七亿七千多万吨", [("VAL", "七亿七"), ("UNIT", "千"), ("UNIT", "万吨")], [("VAL", "七亿七千"), ("UNIT", "万吨")]),
    ("施工项目七万四千个", [("VAL", "七万"), ("VAL", "四千"), ("UNIT", "个")], [("VAL", "七万四千"), ("UNIT", "个")]),
    ("国外资金达二十六亿六千万美元", [("VAL", "二"), ("VAL", "十六亿"), ("VAL", "六千万"), ("UNIT", "美元")],
     [("VAL", "二十六亿六千万"), ("UNIT", "美元")]),
    ("列入的六十五种主要产品", [("TIME", "六十五")], [("VAL", "六十五"), ("UNIT", "种")]),  # no TIME: a unit follows
    ("完成投资三千五百亿元", [("VAL", "三千"), ("VAL", "五百亿"), ("UNIT", "元")], [("VAL", "三千五百亿"), ("UNIT", "元")]),
    ("技术引进项目有一千多项", [], [("VAL", "一千"), ("UNIT", "项")]),
    ("推进xx个重点行业VOCs污染整治", [], [("VAL", "xx"), ("UNIT", "个")]),  # redacted digits, a unit after them
    ("平均浓度为xx微克每立方米", [("VAL", "x")], [("VAL", "xx"), ("UNIT", "微克每立方米")]),
    # a number in thousands the tagger left untagged (gwr-1956, as the canonical view writes ３０，７４２，７７０，０００)
    ("收入总数共为30,742,770,000元；", [], [("VAL", "30,742,770,000"), ("UNIT", "元")]),
])
def test_a_number_in_words_or_redacted_is_one_value_with_its_unit(text, raw, read):
    spans, units = read_worded_values(text, spans_of(text, raw), [(0, len(text))])
    assert surfaces(text, spans) == read
    [(value, unit)] = units.items()
    assert (text[value.start : value.end], text[unit.start : unit.end]) == (read[0][1], read[1][1])


@pytest.mark.parametrize(("text", "raw"), [
    ("第十一个五年规划纲要", []), ("第二十五个", []), ("打好三大攻坚战", []), ("十二月份", [("TIME", "十二月份")]),
    ("改革开放三十年来", []), ("年末一千瓦以上电视发射台", []), ("增长七亿七千多万吨", [("VAL", "七亿七千多万")]),
    ("印发《xx年大气污染防治实施方案》", []), ("PMx.x浓度", []),
])
def test_words_that_are_no_worded_value_stay_as_tagged(text, raw):
    spans = spans_of(text, raw)
    assert read_worded_values(text, spans, [(0, len(text))]) == (spans, {})


def test_only_numbers_in_the_stretches_the_tagger_encoded_are_read():
    text = "全年施工的项目七万四千个。原煤产量达到七亿七千多万吨"
    spans, _ = read_worded_values(text, [], [(0, text.index("。"))])
    assert surfaces(text, spans) == [("VAL", "七万四千"), ("UNIT", "个")]


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("参加合作社的农户7,500多万户", [("VAL", "7,500"), ("UNIT", "万"), ("UNIT", "户")], [("VAL", "7,500"), ("UNIT", "万户")]),
    ("石方1,400多万公方", [("VAL", "1,400"), ("UNIT", "万")], [("VAL", "1,400"), ("UNIT", "万公方")]),
    ("教育支出8,400多万元", [("VAL", "8,400"), ("UNIT", "万"), ("UNIT", "元")], [("VAL", "8,400"), ("UNIT", "万元")]),
])
def test_a_magnitude_alone_takes_the_unit_after_it(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


def test_a_document_tagged_over_many_chunks_reads_its_worded_values_once(extractor, monkeypatch):
    """Each chunk of windows links only the spans in the text it encoded (a long document, or a batch, is tagged
    over several chunks): the same measurements as in one chunk, and never a span without encoder states."""
    text = "\n".join(f"{year}年全年施工的更新改造项目七万四千个，原煤产量达到七亿七千多万吨。" for year in range(1981, 1990))
    [whole] = extractor.extract_batch([Document(text)])
    monkeypatch.setattr(tagging, "_CHUNK", 1)
    [chunked] = extractor.extract_batch([Document(text)])
    values = [(m.value.text, m.unit and m.unit.text) for m in chunked.measurements]
    assert values == [(m.value.text, m.unit and m.unit.text) for m in whole.measurements]
    assert values.count(("七万四千", "个")) == 9 and values.count(("七亿七千", "万吨")) == 9


def test_a_unit_alone_on_its_line_is_no_masked_value(extractor):
    """A table's unit cells (qiandongnan 2023: a column of % lines) are no values whose digits were dropped; a % after
    a change with no number is one."""
    text = "全市细颗粒物浓度同比下降%，优良天数比例同比提高%。\n\n大健康医药增加值\n\n%\n%\n%\n%\n"
    [extraction] = extractor.extract_batch([Document(text)])
    masked = [m for m in extraction.measurements if m.value.masked]
    assert masked and all(m.unit.start < text.index("\n") for m in masked)


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("从1979年到1984年安排了就业", [("TIME", "1979年到"), ("TIME", "1984年")], [("TIME", "1979年到1984年")]),
    ("2017-2021年年均增长5%", [("TIME", "2021年"), ("VAL", "5"), ("UNIT", "%")],
     [("TIME", "2017-2021年"), ("VAL", "5"), ("UNIT", "%")]),
    ("2003年到 2007年，转移支付", [("TIME", "2007年")], [("TIME", "2003年到 2007年")]),
    # the canonical view's dash (a PDF's 2018―2022 年 reads 2018—2022年 there)
    ("图3：2017—2021年固定资产投资", [("TIME", "2017"), ("TIME", "2021年")], [("TIME", "2017—2021年")]),
    ("2024年和2025年", [("TIME", "2024年"), ("TIME", "2025年")], [("TIME", "2024年"), ("TIME", "2025年")]),
])
def test_a_span_of_years_is_one_time(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("浓度为35μg/m3", [("VAL", "35"), ("UNIT", "μ")], [("VAL", "35"), ("UNIT", "μg/m3")]),
    ("500千伏线路", [("VAL", "500"), ("UNIT", "伏")], [("VAL", "500"), ("UNIT", "千伏")]),
    ("浓度xx微克每立方米", [("VAL", "xx"), ("UNIT", "立方米")], [("VAL", "xx"), ("UNIT", "微克每立方米")]),
    ("总诊疗人次（不含）", [("UNIT", "人次（")], [("UNIT", "人次")]),
    ("人均图书8.39册（张）", [("VAL", "8.39"), ("UNIT", "册")], [("VAL", "8.39"), ("UNIT", "册（张）")]),
    ("500千伏", [("VAL", "500千"), ("UNIT", "伏")], [("VAL", "500千"), ("UNIT", "伏")]),  # 千 is the VAL's
])
def test_a_unit_on_part_of_a_spelling_takes_all_of_it(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("比1954年只增长了5", [("TIME", "54")], [("TIME", "1954年")]),  # whole, then dropped as a base by the tagger
    ("图 1：2018-2022 年", [("TIME", "20")], [("TIME", "2018-2022 年")]),
    ("占本年支出的1.5", [("TIME", "年")], [("TIME", "本年")]),
    ("补列在本年支出", [("TIME", "本")], [("TIME", "本年")]),
    ("五年计划", [("TIME", "年")], []),  # no year word to complete: a piece, dropped
])
def test_a_time_that_cuts_a_number_or_a_year_word_takes_all_of_it(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw", "kept"), [
    ("雄安未来之城场景汇，冬奥盛会成功举办", [("TIME", "来"), ("TIME", "冬")], []),
    ("占本年支出的1.5", [("TIME", "本"), ("IND", "年支出")], [("TIME", "本"), ("IND", "年支出")]),  # still tells the year
    ("“十五五”规划开局，“十五五”时期", [("TIME", "十五五"), ("TIME", "十五五")], [("TIME", "十五五")]),
    ("金牌数全省第一。\n十一、人民生活和社会保障", [("TIME", "十一")], []),
])
def test_no_time_that_is_none(text, raw, kept):
    """The gold has no TIME of one character and no plan's name (decision 4)."""
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == kept


@pytest.mark.parametrize(("text", "raw", "read"), [
    ("新能源汽车销量占比超过三成", [], [("VAL", "三成")]),
    ("清洁能源消费占比达到3成", [("VAL", "3"), ("UNIT", "成")], [("VAL", "3成")]),
    ("治理率提高到七成五，一半以上的行政村", [], [("VAL", "七成五"), ("VAL", "一半")]),
    ("工作取得成功，一成不变", [], []),
    ("增长5成渝地区", [], []),
    ("推进XX项目建设，XX人民政府", [], []),  # uppercase XX before a measure word: a name's placeholder
    ("合计2,345，比上年", [], []),  # a number in thousands with no unit after it: the tagger's word stands
    # a fraction the tagger split, where it took a VAL inside; a date is none
    ("转移支付项目减少三分之一", [("VAL", "三"), ("UNIT", "分"), ("VAL", "一")], [("VAL", "三分之一")]),
    ("优良率达到百分之八十五", [("VAL", "百"), ("VAL", "八十五")], [("VAL", "百分之八十五")]),
    ("完成投资的1/10", [("VAL", "1"), ("VAL", "10")], [("VAL", "1/10")]),
    ("2024/12/31发布", [], []),
    ("三分之一的企业", [], []),  # untagged: the tagger's word that it is no value stands
])
def test_a_share_in_tenths_or_halves_is_one_value(text, raw, read):
    spans, units = read_worded_values(text, spans_of(text, raw), [(0, len(text))])
    assert surfaces(text, spans) == read and units == {}


def test_a_time_next_to_a_digit_that_is_no_ascii_digit_stays():
    text = "2022①全市"
    assert repair_values(text, [Span("TIME", 0, 4, 0.9)]) == [Span("TIME", 0, 4, 0.9)]


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("卫生支出五年累计6294亿元", [("VAL", "五"), ("TIME", "年"), ("VAL", "6294亿"), ("UNIT", "元")],
     [("TIME", "五年"), ("VAL", "6294亿"), ("UNIT", "元")]),
    ("基础研究经费五年增长1倍", [("VAL", "五"), ("UNIT", "年"), ("VAL", "1"), ("UNIT", "倍")],
     [("TIME", "五年"), ("VAL", "1"), ("UNIT", "倍")]),
    ("放宽落户限制，十年1.4亿农村人口", [("VAL", "十"), ("UNIT", "年"), ("VAL", "1.4亿")], [("TIME", "十年"), ("VAL", "1.4亿")]),
    # a duration is a value, a comparison base dates nothing
    ("从2005年开始连续三年提高标准", [("TIME", "2005年"), ("VAL", "三"), ("UNIT", "年")],
     [("TIME", "2005年"), ("VAL", "三"), ("UNIT", "年")]),
    ("比前五年增长1.27倍", [("VAL", "1.27"), ("UNIT", "倍")], [("VAL", "1.27"), ("UNIT", "倍")]),
])
def test_a_count_of_years_before_what_was_done_in_them_is_a_time(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("五年中央财政支持重点建设投资2800多亿元", [("TIME", "五年中")], [("TIME", "五年")]),
    ("2007年中、高等职业教育在校生", [("TIME", "2007年中")], [("TIME", "2007年")]),
    ("2024年中期评估", [("TIME", "2024年中")], [("TIME", "2024年中")]),
])
def test_a_time_does_not_take_the_first_character_of_the_word_after_its_year(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended


@pytest.mark.parametrize(("text", "unit", "masked"), [
    ("同比分别下降%、%", "%", True),  # the source redacted the numbers (ANNOTATION.md)
    ("综合利用率达%以上", "%", True),
    ("改革进入了一个新阶段", "个", False),  # a number the tagger did not take stands before it
    ("千万吨级炼油厂", "万", False),
    ("参加养老保险人数增加 2174\n\t万人。", "万人", False),  # cut from its number by a hard wrap
    ("图 3\t近五年就业情况\n\t单位：万人\n", "万人", False),  # a chart's unit line
    ("增长率\n%\n", "%", False),  # a table's unit cell, alone on its line
])
def test_a_unit_no_value_claims_is_a_masked_value_only_where_the_number_was_left_out(text, unit, masked):
    start = text.rindex(unit)
    assert tagging._stands_for_a_redacted_value(text, Span("UNIT", start, start + len(unit), 0.9)) is masked


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("进口、出口通关时间分别压减67%和92%", [("IND", "进口、"), ("IND", "出口通关时间")], [("IND", "进口"), ("IND", "出口通关时间")]),
    ("分别提高15、22个百分点", [("VAL", "15、"), ("VAL", "22"), ("UNIT", "个百分点")],
     [("VAL", "15"), ("VAL", "22"), ("UNIT", "个百分点")]),
    ("，全年：", [("TIME", "，全年：")], [("TIME", "全年")]),
    ("地区生产总值增长5%", [("IND", "地区生产总值"), ("VAL", "5"), ("UNIT", "%")],
     [("IND", "地区生产总值"), ("VAL", "5"), ("UNIT", "%")]),
])
def test_no_span_begins_or_ends_with_a_separator(text, raw, mended):
    assert surfaces(text, trim_separators(text, spans_of(text, raw))) == mended


def test_a_span_of_separators_alone_is_dropped():
    assert trim_separators("、，", [Span("IND", 0, 2, 0.9)]) == []


@given(st.text(alphabet="、，。；：\n产量5%", min_size=1, max_size=12), st.data())
def test_trimming_separators_keeps_the_rest_of_a_span_in_place(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    trimmed = trim_separators(text, [Span("IND", start, end, 0.9)])
    inner = text[start:end].strip("、，。；：\n")
    assert [text[s.start : s.end] for s in trimmed] == ([inner] if inner else [])
    assert all(start <= s.start < s.end <= end for s in trimmed)


@pytest.mark.parametrize(("text", "raw", "mended"), [
    ("商品房新开工面积 万平方米 3101.7 -19.3", [("UNIT", "万平方米"), ("VAL", "31"), ("VAL", "1."), ("VAL", "19.3")],
     [("UNIT", "万平方米"), ("VAL", "3101.7"), ("VAL", "19.3")]),
    ("全年旅客周转量 亿人公里 831.1 8.7", [("UNIT", "亿人公里"), ("VAL", "831.1"), ("VAL", ".7")],
     [("UNIT", "亿人公里"), ("VAL", "831.1"), ("VAL", "8.7")]),
    ("满足未来11年处理需求", [("VAL", "1"), ("UNIT", "年")], [("VAL", "11"), ("UNIT", "年")]),
    # the rest of the number is a year's: the piece is no value
    ("2024年市社科知识大赛", [("TIME", "202"), ("VAL", "4")], [("TIME", "2024年")]),
])
def test_a_value_cut_inside_a_number_takes_all_of_it(text, raw, mended):
    assert surfaces(text, repair_values(text, spans_of(text, raw))) == mended
