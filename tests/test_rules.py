import pytest

from service.document import prepare
from service.pipeline import Document
from service.rules import rule_tagging
from service.respective import pair_respective_lists
from service.text import nearest_time, sentences
from service.spans import Anchor, Span

TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。PM2.5平均浓度为32微克/立方米。"


def test_rule_baseline_finds_values_units_times_and_links_them():
    tagging = rule_tagging(prepare(TEXT))
    found = {(s.label, TEXT[s.start:s.end]) for s in tagging.spans}
    assert {("TIME", "2024年"), ("VAL", "91.8"), ("UNIT", "%"), ("VAL", "1.9"), ("UNIT", "个百分点"), ("VAL", "32")} <= found
    assert ("VAL", "2.5") not in found  # PM2.5 is a name
    by_value = {TEXT[a.span.start:a.span.end]: a for a in tagging.anchors}
    assert TEXT[by_value["1.9"].unit.start:by_value["1.9"].unit.end] == "个百分点"
    assert by_value["1.9"].kind == "change" and by_value["91.8"].kind == "level"
    assert TEXT[by_value["91.8"].time.start:by_value["91.8"].time.end] == "2024年"


def test_rule_baseline_reads_target_and_rank_cues():
    text = "力争全年优良天数比例达到85%。全市经济总量排名第3位。"
    by_value = {text[a.span.start:a.span.end]: a for a in rule_tagging(prepare(text)).anchors}
    assert (by_value["85"].target, by_value["85"].kind) == (True, "level")
    assert (by_value["3"].target, by_value["3"].kind) == (False, "rank")


def test_nearest_time_is_the_last_time_before_the_anchor_in_its_sentence():
    text = "2023年目标下降5%。2024年1—6月，浓度下降3%，全年达标。"
    first_sentence, second_sentence = (0, text.index("。") + 1), (text.index("。") + 1, len(text))

    def span(label: str, part: str, length: int | None = None) -> Span:
        return Span(label, text.index(part), text.index(part) + (length or len(part)), 1.0)

    times = [span("TIME", "2023年"), span("TIME", "2024年1—6月")]
    first, second = span("VAL", "5%", 1), span("VAL", "3%", 1)
    assert nearest_time(first, times, first_sentence) == times[0]
    assert nearest_time(second, times, second_sentence) == times[1]
    # a TIME only after the anchor, or only in an earlier sentence, is not its time
    assert nearest_time(first, times[1:], first_sentence) is None
    assert nearest_time(second, times[:1], second_sentence) is None


def test_the_year_a_change_starts_from_dates_the_start_and_not_where_it_went():
    text = "在1955年，国营机械化农场由1954年的97个增加到106个。"
    sentence = (0, len(text))

    def span(label: str, part: str) -> Span:
        return Span(label, text.index(part), text.index(part) + len(part), 1.0)

    times = [span("TIME", "1955年"), span("TIME", "1954年")]
    start, end = span("VAL", "97"), span("VAL", "106")
    assert nearest_time(start, times, sentence, text) == times[1]
    assert nearest_time(end, times, sentence, text) == times[0]
    assert nearest_time(end, times, sentence) == times[1]  # the baseline's: the nearest, whatever it dates


def _anchors(text: str, marked: list[tuple[str, str, str | None]]) -> tuple[list[Anchor], list[Span]]:
    """Anchors at the first occurrence after the last of each (value, indicator it is linked to or None), and
    the IND spans at each indicator surface (label IND, listed in ``marked`` order, at its first occurrence)."""
    indicators, anchors, at = {}, [], 0
    for label, surface, linked in marked:
        start = text.index(surface, at)
        span = Span(label, start, start + len(surface), 0.9)
        at = span.end
        if label == "IND":
            indicators[surface] = span
        else:
            anchors.append(Anchor(span, indicators.get(linked), None, None, "change", False, 0.9))
    return anchors, list(indicators.values())


def _linked(text: str, anchors: list[Anchor]) -> list[tuple[str, str | None]]:
    return [(text[a.span.start : a.span.end], a.indicator and text[a.indicator.start : a.indicator.end]) for a in anchors]


@pytest.mark.parametrize(("text", "marked", "paired"), [
    # the list before 分别 in its clause, as many as the values after it
    ("城镇和农村居民人均可支配收入分别增长5.1%和6.3%。",
     [("IND", "城镇", None), ("IND", "农村居民人均可支配收入", None), ("VAL", "5.1", "农村居民人均可支配收入"),
      ("VAL", "6.3", "农村居民人均可支配收入")],
     [("5.1", "城镇"), ("6.3", "农村居民人均可支配收入")]),
    # no list in its clause: the indicators of the values right before it in its sentence
    ("城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。",
     [("IND", "城镇居民人均可支配收入", None), ("VAL", "9422", "城镇居民人均可支配收入"), ("IND", "农村居民人均纯收入", None),
      ("VAL", "2936", "农村居民人均纯收入"), ("VAL", "7.7", "农村居民人均纯收入"), ("VAL", "6.8", "农村居民人均纯收入")],
     [("9422", "城镇居民人均可支配收入"), ("2936", "农村居民人均纯收入"), ("7.7", "城镇居民人均可支配收入"),
      ("6.8", "农村居民人均纯收入")]),
    # lists that do not pair up keep the model's links: two items, three values (from, from, to)
    ("将制造业企业、科技型中小企业分别从50%、75%提高至100%。",
     [("IND", "制造业企业", None), ("IND", "科技型中小企业", None), ("VAL", "50", "科技型中小企业"),
      ("VAL", "75", "科技型中小企业"), ("VAL", "100", "科技型中小企业")],
     [("50", "科技型中小企业"), ("75", "科技型中小企业"), ("100", "科技型中小企业")]),
    # the values before it measure one indicator: no pairing
    ("国内生产总值9万亿元，增长8%，分别为5%和6%。",
     [("IND", "国内生产总值", None), ("VAL", "9", "国内生产总值"), ("VAL", "8", "国内生产总值"), ("VAL", "5", None),
      ("VAL", "6", None)],
     [("9", "国内生产总值"), ("8", "国内生产总值"), ("5", None), ("6", None)]),
])
def test_respectively_pairs_a_list_of_indicators_with_its_values_in_order(text, marked, paired):
    anchors, indicators = _anchors(text, marked)
    spans, anchors = pair_respective_lists(text, sentences(text), indicators + [a.span for a in anchors], anchors)
    assert _linked(text, anchors) == paired


@pytest.mark.parametrize(("text", "marked", "paired", "indicators"), [
    ("二氧化硫和氮氧化物排放量分别下降3.0%和2.8%。", [("IND", "二氧化硫和氮氧化物排放量", None), ("VAL", "3.0", None),
                                             ("VAL", "2.8", None)],
     [("3.0", "二氧化硫"), ("2.8", "氮氧化物排放量")], ["二氧化硫", "氮氧化物排放量"]),
    # at 、 first: 蔬菜及食用菌 is one item
    ("蔬菜及食用菌、中草药材产量分别增长3.5%、8.5%。", [("IND", "蔬菜及食用菌、中草药材产量", None), ("VAL", "3.5", None),
                                            ("VAL", "8.5", None)],
     [("3.5", "蔬菜及食用菌"), ("8.5", "中草药材产量")], ["蔬菜及食用菌", "中草药材产量"]),
    # as many items as values only at every joiner
    ("普通高中、中等职业学校和技工学校在校生分别为4.2万人、2.8万人和1.1万人。",
     [("IND", "普通高中、中等职业学校和技工学校在校生", None), ("VAL", "4.2万", None), ("VAL", "2.8万", None),
      ("VAL", "1.1万", None)],
     [("4.2万", "普通高中"), ("2.8万", "中等职业学校"), ("1.1万", "技工学校在校生")],
     ["普通高中", "中等职业学校", "技工学校在校生"]),
    # no split that makes as many: the span stays whole, the links the model's
    ("城乡居民人均可支配收入分别达到32150元和15680元。", [("IND", "城乡居民人均可支配收入", None), ("VAL", "32150", "城乡居民人均可支配收入"),
                                              ("VAL", "15680", "城乡居民人均可支配收入")],
     [("32150", "城乡居民人均可支配收入"), ("15680", "城乡居民人均可支配收入")], ["城乡居民人均可支配收入"]),
])
def test_an_indicator_holding_the_whole_list_is_split_into_its_items(text, marked, paired, indicators):
    anchors, tagged = _anchors(text, marked)
    spans, anchors = pair_respective_lists(text, sentences(text), tagged + [a.span for a in anchors], anchors)
    assert _linked(text, anchors) == paired
    assert [text[s.start : s.end] for s in spans if s.label == "IND"] == indicators


def test_a_list_is_paired_as_served(extractor):
    """Values linked to the list before them in the order 分别 gives, whichever the model linked (unit tests above)."""
    text = "全年完成进出口总额86.4亿美元，其中出口52.1亿美元、进口34.3亿美元，分别增长12.5%、18.3%和4.1%。"
    [extraction] = extractor.extract_batch([Document(text)])
    linked = [(m.value.text, m.indicator and m.indicator.text) for m in extraction.measurements]
    assert linked[3:] == [("12.5", "进出口总额"), ("18.3", "出口"), ("4.1", "进口")]
    assert {text[e.start : e.end] for e in extraction.entities if e.label == "IND"} >= {"进出口总额", "出口", "进口"}


def test_the_clauses_after_a_list_that_name_no_indicator_go_on_with_it():
    text = "风力和太阳能发电量分别为0.83亿千瓦时和1.05亿千瓦时，较上年增长2.7%和15.7%。水电增长3%和4%。"
    anchors, tagged = _anchors(text, [("IND", "风力", None), ("IND", "太阳能发电量", None), ("VAL", "0.83亿", None),
                                      ("VAL", "1.05亿", None), ("VAL", "2.7", None), ("VAL", "15.7", None),
                                      ("VAL", "3", None), ("VAL", "4", None)])
    _, anchors = pair_respective_lists(text, sentences(text), tagged + [a.span for a in anchors], anchors)
    assert _linked(text, anchors) == [("0.83亿", "风力"), ("1.05亿", "太阳能发电量"), ("2.7", "风力"),
                                      ("15.7", "太阳能发电量"), ("3", None), ("4", None)]
