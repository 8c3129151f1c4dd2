from service.document import prepare
from service.rules import rule_tagging
from service.text import nearest_time
from service.spans import Span

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
