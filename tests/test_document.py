"""The prepared document: the canonical view every stage reads, and its map back to the posted text."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from service.document import prepare

ROOT = Path(__file__).resolve().parent.parent


def canonical_and_back(text: str, fragment: str) -> tuple[str, str]:
    """The fragment's text in the canonical view and, mapped back, in the posted text."""
    doc = prepare(text)
    start = doc.canonical.index(fragment)
    posted_start, posted_end = doc.posted(start, start + len(fragment))
    return doc.canonical[start : start + len(fragment)], text[posted_start:posted_end]


def test_clean_text_is_its_own_canonical_view():
    text = (ROOT / "seeds" / "000_4c69f8e9b1c9a046.txt").read_text(encoding="utf-8")
    doc = prepare(text)
    assert doc.is_identity and doc.canonical == text


def test_full_width_digits_and_decimals_become_half_width_with_offsets_on_the_posted_text():
    text = "２００７年，ＰＭ２．５浓度下降８７．３％，共１，２３４家。"
    assert canonical_and_back(text, "87.3%") == ("87.3%", "８７．３％")
    assert canonical_and_back(text, "1,234家") == ("1,234家", "１，２３４家")
    assert "PM2.5" in prepare(text).canonical


def test_pdf_spaces_around_numbers_and_spaced_out_characters_go():
    doc = prepare("2024 年，增长 5.4 %，生 态 环 境 部，省长 王清宪，PM 2.5浓度 32 微克/立方米")
    assert doc.canonical == "2024年，增长5.4%，生态环境部，省长 王清宪，PM2.5浓度32微克/立方米"
    assert canonical_and_back("２００７ 年 ５ 月", "2007年5月") == ("2007年5月", "２００７ 年 ５ 月")


def test_pdf_spaces_beside_separators_brackets_and_signs_between_numbers_go():
    assert canonical_and_back("支出１ ， ４９７ ， ６１６元", "1,497,616元") == ("1,497,616元", "１ ， ４９７ ， ６１６元")
    doc = prepare("之比从1.68 ∶ 1提升至2.5 ∶ 1，总值[ 2 ] 1329.65亿元，（上年= 100）\n指数\n- 5.8\n标准HJ 1134")
    assert doc.canonical == "之比从1.68∶1提升至2.5∶1，总值[2]1329.65亿元，（上年=100）\n指数\n-5.8\n标准HJ 1134"
    # a list item is no sign, and a list of small numbers is no thousands
    assert prepare("- 2024年GDP增长5%").canonical == "- 2024年GDP增长5%"
    assert prepare("分别为 ５ ， ６ ， ７ 个").canonical == "分别为5，6，7个"


@pytest.mark.parametrize("text", ["6%－6.5%", "6%～6.5%", "6%~6.5%", "6% ~ 6.5%", "6%–6.5%"])
def test_range_dashes_and_tildes_are_one_dash(text):
    assert prepare(f"增长{text}左右").canonical == "增长6%-6.5%左右"


def test_html_is_parsed_scripts_styles_and_comments_dropped_entities_decoded():
    text = ('<html><head><style>p {width:100%}</style><script>var a = "50%";</script></head>'
            '<body><p>2024年，PM2.5浓度32&nbsp;微克/立方米&amp;</p><!-- 99% --><p>达标率91.8%</p></body></html>')
    doc = prepare(text)
    assert "100%" not in doc.canonical and "50%" not in doc.canonical and "99%" not in doc.canonical
    assert [doc.canonical[s:e] for s, e in doc.sentences] == ["2024年，PM2.5浓度32微克/立方米&", "达标率91.8%"]
    start = doc.canonical.index("&")
    assert text[slice(*doc.posted(start, start + 1))] == "&amp;"
    assert doc.ignored_chars > 0


def test_an_empty_html_paragraph_or_a_second_br_is_a_blank_line_as_in_the_text_of_the_page():
    assert prepare("<p>一、回顾</p>\n<p></p>\n<p>全年增长5%。</p>").canonical.strip("\n") == "一、回顾\n\n全年增长5%。"
    assert prepare("甲。<br><br>乙。<br>丙。").canonical == "甲。\n\n乙。\n丙。"
    assert prepare("<div><p>甲</p></div><p>乙</p>").canonical.strip("\n") == "甲\n乙"
    # paragraphs and list items left open close at the next one, as HTML reads them
    assert prepare("<p>甲<span>一</span><p>乙<p></p>丙").canonical.strip("\n") == "甲一\n乙\n\n丙"


def test_hard_wrapped_paragraphs_are_joined_but_headings_and_table_cells_are_not():
    sentence = "全年全州农林牧渔业增加值290.41亿元，比上年增长4.2%，其中种植业增加值增长3.8%，林业增加值增长4.2%。"
    flowing = sentence * 4
    paragraph = "\n".join(flowing[i : i + 30] for i in range(0, len(flowing), 30))  # as a PDF's text layer holds it
    cells = "表1 2023年主要指标\n指标名称\n绝对数（亿元）\n地区生产总值\n1329.65\n4.0"
    doc = prepare(paragraph + "\n\n一、农业\n" + cells + "\n" + paragraph)
    sentences = [doc.canonical[s:e] for s, e in doc.sentences]
    assert sentences.count(sentence) == 8
    assert {"一、农业", "指标名称", "绝对数（亿元）", "1329.65", "4.0"} <= set(sentences)


def test_page_footers_inside_a_wrapped_sentence_are_skipped():
    wrapped = ["全市上下坚持以习近平新时代中国特色社会主义思想为指导，", "深入学习贯彻党的二十大精神和总书记重要指示精神，全面",
               "落实党中央决策部署，地区生产总值增加值为13825.0亿元，"] * 4
    text = "\n".join(wrapped[:6]) + "\n— 1 —\n\n" + "\n".join(wrapped[6:]) + "增长1.5%。"
    doc = prepare(text)
    assert len(doc.sentences) == 1 and "— 1 —" not in doc.canonical


def test_crlf_is_read_as_lf():
    doc = prepare("第一句\r\n第二句\r第三句")
    assert doc.canonical == "第一句\n第二句\n第三句"
    assert [doc.text[slice(*doc.posted(s, e))] for s, e in doc.sentences] == ["第一句", "第二句", "第三句"]


archive_text = st.text(st.sampled_from(list("0123456789０１２３４５６７８９．％，。、 \n\r\t年月万亿元增长-～~PMx<>&;#p/abc“”—")), max_size=200)
html_text = st.builds(lambda a, b: f"<p>{a}</p><script>{b}</script><div>{a}&amp;{b}</div>", archive_text, archive_text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(archive_text, html_text, st.text(max_size=200)))
def test_every_canonical_range_maps_into_the_posted_text_in_order(text):
    doc = prepare(text)
    previous_end = 0
    for i, char in enumerate(doc.canonical):
        start, end = doc.posted(i, i + 1)
        assert 0 <= start <= end <= len(text)
        assert start >= previous_end or end == start  # characters never move backwards
        previous_end = max(previous_end, end)
        if end - start == 1 and not char.isspace() and char not in "-.,%~/":
            assert text[start] == char or char.isascii() or char in "〇—"  # replaced one for one: a folded form
    for s, e in doc.sentences:
        ps, pe = doc.posted(s, e)
        assert 0 <= ps <= pe <= len(text)
        back = doc.canonical_range(ps, pe)
        assert back is not None and back[0] <= s and back[1] >= e
