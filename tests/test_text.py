from hypothesis import given, settings
from hypothesis import strategies as st

import pytest

from service.pipeline import Document
from service.text import blank_noise, is_comparison_base, sentences, windows


def test_blank_noise_keeps_length_and_removes_markup_and_chrome():
    text = "下载\n打印\n【字号：\n<p>2024年,全市&nbsp;PM2.5浓度32微克/立方米。</p>\r\n分享：微信\n"
    clean = blank_noise(text)
    assert len(clean) == len(text)
    assert "<p>" not in clean and "&nbsp;" not in clean and "下载" not in clean and "分享" not in clean
    assert "2024年,全市" in clean and "PM2.5浓度32微克/立方米。" in clean


def test_sentences_end_at_marks_and_line_breaks_and_trim_space():
    text = " 第一句。第二句；\n第三句！  "
    assert [text[s:e] for s, e in sentences(text)] == ["第一句。", "第二句；", "第三句！"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=700), min_size=1, max_size=12), st.integers(min_value=20, max_value=300),
       st.integers(min_value=1, max_value=300))
def test_windows_own_every_sentence_character_exactly_once(lengths, size, pack):
    ranges, position = [], 0
    for length in lengths:
        ranges.append((position, position + length))
        position += length + 1
    pack = min(pack, size)
    wins = windows(ranges, size, pack)
    owned = [pos for w in wins for pos in range(w.own_start, w.own_end)]
    expected = [pos for s, e in ranges for pos in range(s, e)]
    assert sorted(owned) == sorted(set(owned))  # nothing doubled
    assert set(expected) <= set(owned)  # nothing lost
    for w in wins:
        assert w.end - w.start <= size and w.start <= w.own_start <= w.own_end <= w.end
        whole_sentences = [r for r in ranges if w.start <= r[0] and r[1] <= w.end]
        assert len(whole_sentences) <= 1 or w.end - w.start <= pack  # only a lone sentence outgrows the packing


def test_windows_pack_short_sentences_and_keep_a_longer_one_whole():
    ranges = [(0, 10), (11, 20), (21, 30), (31, 100), (101, 110)]
    assert [(w.start, w.end) for w in windows(ranges, 254, 20)] == [(0, 20), (21, 30), (31, 100), (101, 110)]
    assert [(w.start, w.end) for w in windows(ranges, 254)] == [(0, 110)]


@pytest.mark.parametrize(("text", "time", "base"), [
    ("粮食总产量比1954年增长9%", "1954年", True), ("较上年下降18%", "上年", True), ("与2000年相比，提高6个百分点", "2000年", True),
    ("存款余额比上年末增长9.3%", "年末", True), ("年末常住人口比上年末增加5万人", "年末", False),
    ("由1954年的97个增加到106个", "1954年", False), ("和2025年的目标", "2025年", False), ("2024年全市GDP增长5.4%", "2024年", False),
])
def test_a_comparison_base_is_told_from_a_time(text, time, base):
    start = text.index(time)
    assert is_comparison_base(text, start, start + len(time)) is base


def test_a_value_compared_with_a_year_is_not_dated_by_it(extractor):
    """ANNOTATION.md's baseline rule (decision 44): 比１９５４年 is no TIME, so 9% is 1955's, the sentence's."""
    text = "１９５５年粮食总产量达到３，６８０亿斤，比１９５４年增长９％。"
    [extraction] = extractor.extract_batch([Document(text)])
    growth = next(m for m in extraction.measurements if m.value.text == "９")
    assert growth.time is not None and growth.time.text == "１９５５年" and str(growth.time.period_start) == "1955-01-01"
    assert all(text[e.start : e.end] != "１９５４年" for e in extraction.entities if e.label == "TIME")
