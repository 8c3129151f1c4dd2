from service.rules import char_class, char_features, rule_tagging
from service.spans import TAGS
from service.text import sentences

TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。PM2.5平均浓度为32微克/立方米。"


def test_rule_baseline_finds_values_units_times_and_links_them():
    tagging = rule_tagging(TEXT)
    found = {(s.label, TEXT[s.start:s.end]) for s in tagging.spans}
    assert {("TIME", "2024年"), ("VAL", "91.8"), ("UNIT", "%"), ("VAL", "1.9"), ("UNIT", "个百分点"), ("VAL", "32")} <= found
    assert ("VAL", "2.5") not in found  # PM2.5 is a name
    by_value = {TEXT[a.span.start:a.span.end]: a for a in tagging.anchors}
    assert TEXT[by_value["1.9"].unit.start:by_value["1.9"].unit.end] == "个百分点"
    assert by_value["1.9"].kind == "change" and by_value["91.8"].kind == "level"
    assert TEXT[by_value["91.8"].time.start:by_value["91.8"].time.end] == "2024年"


def test_character_features_cover_every_character():
    tags, classes = char_features(TEXT, sentences(TEXT))
    assert len(tags) == len(classes) == len(TEXT)
    assert TAGS[tags[TEXT.index("91.8")]] == "B-VAL" and TAGS[tags[TEXT.index("91.8") + 1]] == "I-VAL"
    assert char_class("9") != char_class("９") != char_class("九") != char_class("x") != char_class("市")
