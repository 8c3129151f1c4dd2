"""Flattened tables read by their layout (service.flat_tables, annotations/README.md decision 27), on tables as
the corpus's PDF bulletins print them (qiandongnan 2023, chengdu 2022), and the tagger's reading kept where a
table does not line up or there is none."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.document import prepare
from service.flat_tables import read_tables
from service.spans import Anchor, Span, Tagging

# 黔东南 2023, 表3: one cell per line; the first row's label (粮食) printed after the last row
ROW_BY_ROW = ("全年油料产量11.15万吨。\n表3 2023年主要农产品产量\n指标名称\n\n产量（万吨）\n\n比上年增长（%）\n\n133.77\n\n-2.3\n\n"
              "#夏粮\n\n16.38\n\n-1.7\n\n薯类（折粮）\n\n24.33\n\n2.1\n\n粮食\n\n全年全州猪牛羊禽肉产量19.23万吨，比上年增长4.7%。\n")
# 黔东南 2023, 表6: a unit column, then rows printed column by column
BY_COLUMNS = ("\x0c表6\n\n2023年规模以上工业部分主要工业产品产量及其增长速度产品名称\n\n单位\n\n产量\n\n比上年增长(%)\n\n"
              "饲料\n\n万吨\n\n35.58\n\n53.6\n\n万吨\n吨\n万平方米\n\n19.86\n1440.63\n148.47\n\n3.8\n8.3\n-13.9\n\n"
              "饮料\n纱\n钢化玻璃\n\n全年规模以上工业企业营业收入361.14亿元，比上年下降0.5%。\n")
# 成都 2022, 表7: a column per year, the unit repeated in each row, a note after the table
BY_YEAR = ("表 7：2018—2022 年锦江流域市控及以上断面水环境质量\n年份\n2018 年\n2019 年\n2020 年\n\n— 16 —\n\n"
           "Ⅰ～Ⅲ类水质\n比例（%）\n78.6\n92.9\n100.0\n\nⅣ～Ⅴ类水质\n比例（%）\n16.6\n7.1\n0.0\n\n注释：\n")


def read(text: str, tagging: Tagging | None = None) -> tuple[str, list[tuple]]:
    canonical = prepare(text).canonical
    tagging = read_tables(canonical, tagging or Tagging(spans=[], anchors=[]))
    words = lambda span: span and canonical[span.start : span.end]  # noqa: E731
    return canonical, [(words(a.span), words(a.indicator), words(a.unit), words(a.time), a.kind) for a in tagging.anchors]


def test_rows_one_cell_a_line_are_measurements_of_their_labels():
    _, anchors = read(ROW_BY_ROW)
    assert anchors == [("133.77", "粮食", None, None, "level"), ("2.3", "粮食", None, None, "change"),
                       ("16.38", "夏粮", None, None, "level"), ("1.7", "夏粮", None, None, "change"),
                       ("24.33", "薯类", None, None, "level"), ("2.1", "薯类", None, None, "change")]


def test_rows_printed_column_by_column_are_joined_by_their_order():
    _, anchors = read(BY_COLUMNS)
    assert anchors == [("35.58", "饲料", "万吨", None, "level"), ("53.6", "饲料", None, None, "change"),  # in text order
                       ("19.86", "饮料", "万吨", None, "level"), ("1440.63", "纱", "吨", None, "level"),
                       ("148.47", "钢化玻璃", "万平方米", None, "level"), ("3.8", "饮料", None, None, "change"),
                       ("8.3", "纱", None, None, "change"), ("13.9", "钢化玻璃", None, None, "change")]


def test_a_column_per_year_dates_each_value_with_its_column():
    _, anchors = read(BY_YEAR)
    # (in the canonical view: ～ is ~, the PDF's space inside 2018 年 is gone)
    assert anchors[:3] == [("78.6", "Ⅰ~Ⅲ类水质", None, "2018年", "level"), ("92.9", "Ⅰ~Ⅲ类水质", None, "2019年", "level"),
                           ("100.0", "Ⅰ~Ⅲ类水质", None, "2020年", "level")]
    assert [a[1] for a in anchors[3:]] == ["Ⅳ~Ⅴ类水质"] * 3

# 南京 2021, 表1 and 表3 (from Word: a row a line, cells apart by tabs) and 成都 2021 (OCR: cells apart by spaces)
TAB_ROWS = ("表1 2021年居民消费和商品零售价格涨跌幅度（单位：%）\n指标\t2020年\t2021年\n居民消费价格\t2.4\t1.5\n"
            "一、食品烟酒\t9.4\t1.4\n表3按商品分类限额以上批发零售企业消费品零售情况\n指标\t绝对值（亿元）\t比上年增长 （%）\n"
            "粮油、食品类\t607.53\t12.2\n饮料类\t49.32\t17.9\n")
SPACED_ROWS = "表1：2021年地区生产总值及其增长速度\n\n指标 2021年（亿元） 比上年增长（%）\n地区生产总值 19917.0 8.6\n第一产业 582.8 4.8\n"


def test_rows_a_line_each_with_cells_apart_by_tabs_or_spaces():
    _, anchors = read(TAB_ROWS)
    assert anchors[:4] == [("2.4", "居民消费价格", None, "2020年", "change"), ("1.5", "居民消费价格", None, "2021年", "change"),
                           ("9.4", "食品烟酒", None, "2020年", "change"), ("1.4", "食品烟酒", None, "2021年", "change")]
    assert anchors[4:6] == [("607.53", "粮油、食品类", None, None, "level"), ("12.2", "粮油、食品类", None, None, "change")]
    _, anchors = read(SPACED_ROWS)  # the canonical view drops the space before 19917.0: still two cells
    assert anchors == [("19917.0", "地区生产总值", None, None, "level"), ("8.6", "地区生产总值", None, None, "change"),
                       ("582.8", "第一产业", None, None, "level"), ("4.8", "第一产业", None, None, "change")]


def test_cells_the_canonical_view_joined_are_apart_again():
    """成都 2021 (OCR): 乳制品 万吨 63.2 -2.6 reads 乳制品 万吨63.2-2.6 once the PDF spaces are gone."""
    text = ("表3：2021年主要工业产品产量及其增长速度\n\n产品名称 单位 产量 比上年增长(%) \n汽车 万辆 62.6 15.1 \n"
            "乳制品 万吨 63.2 -2.6 \n\n表2：2021年居民消费价格指数\n\n指标 指数 \n居民消费价格 100.5 \n衣着 98.5 \n")
    canonical, anchors = read(text)
    assert "万吨63.2-2.6" in canonical and "居民消费价格100.5" in canonical
    assert anchors == [("62.6", "汽车", "万辆", None, "level"), ("15.1", "汽车", None, None, "change"),
                       ("63.2", "乳制品", "万吨", None, "level"), ("2.6", "乳制品", None, None, "change"),
                       ("100.5", "居民消费价格", None, None, "level"), ("98.5", "衣着", None, None, "level")]


def test_the_tagger_keeps_the_text_around_a_table_and_every_table_that_does_not_line_up():
    canonical = prepare(ROW_BY_ROW).canonical
    prose = canonical.index("11.15")
    before = Anchor(Span("VAL", prose, prose + 5, 0.99), None, None, None, "level", False, 0.99)
    _, anchors = read(ROW_BY_ROW, Tagging(spans=[before.span], anchors=[before]))
    assert anchors[0] == ("11.15", None, None, None, "level") and len(anchors) == 7
    ragged = ROW_BY_ROW.replace("24.33\n\n2.1", "24.33")  # a row with one value of two
    inside = canonical.index("16.38")
    tagged = Anchor(Span("VAL", inside, inside + 5, 0.9), None, None, None, "level", False, 0.9)
    _, anchors = read(ragged, Tagging(spans=[tagged.span], anchors=[tagged]))
    assert anchors == [("16.38", None, None, None, "level")]


# 成都 2022, 表3 and 表5 (PDF): the labels of some rows printed after the last row, in order; 表5's first row's in the
# header; units the unit readings must know (万重量箱, 亿吨公里)
LABELS_APART = ("表3：2022年规模以上工业企业主要工业产品产量及其增长速度产品名称\n\n单位\n\n产量\n\n比上年增长（%）\n\n"
                "水泥\n\n万吨\n\n1236.3\n\n-8.8\n\n万重量箱\n\n3217.3\n\n-0.2\n\n万吨\n\n521.5\n\n-8.6\n\n"
                "天然气\n\n亿立方米\n\n398.9\n\n7.2\n\n平板玻璃\n钢材\n\n（三）房地产业\n"
                "表5：2022年交通运输量及其增长速度\n指标\n全年货物周转量\n\n单位\n\n2022年\n\n比上年增长（%）\n\n"
                "亿吨公里\n\n514.7\n\n3.5\n\n#铁路\n\n亿吨公里\n\n106.0\n\n3.6\n\n亿人公里\n\n535.0\n\n-35.6\n\n"
                "全年旅客周转量\n\n全年邮政业务总量195.3亿元，比上年增长3.2%。\n")
# 黔东南 2023, 表8: only a change column, its unit in the unit column
CHANGES_ONLY = ("表8\n\n2023年房地产开发和销售主要指标增长速度\n\n指标名称\n\n单位\n\n比上年增长\n\n投资额\n\n%\n\n-8.3\n\n"
                "#住宅\n\n%\n\n-2.4\n\n五、市场、消费、物价和对外经济\n")


def test_labels_printed_apart_from_their_rows_go_back_in_order():
    _, anchors = read(LABELS_APART)
    levels = [(value, label, unit) for value, label, unit, _, kind in anchors if kind == "level"]
    assert levels == [("1236.3", "水泥", "万吨"), ("3217.3", "平板玻璃", "万重量箱"), ("521.5", "钢材", "万吨"),
                      ("398.9", "天然气", "亿立方米"), ("514.7", "全年货物周转量", "亿吨公里"),
                      ("106.0", "铁路", "亿吨公里"), ("535.0", "全年旅客周转量", "亿人公里")]
    unmatched = LABELS_APART.replace("平板玻璃\n钢材\n", "平板玻璃\n")  # one label short: the table is left to the tagger
    assert all(label != "平板玻璃" for _, label, *_ in read(unmatched)[1])


def test_in_a_table_of_changes_the_unit_column_is_the_changes():
    _, anchors = read(CHANGES_ONLY)
    assert anchors == [("8.3", "投资额", "%", None, "change"), ("2.4", "住宅", "%", None, "change")]


@given(st.lists(st.sampled_from(["表1", "指标", "2.5", "—", "万吨", "粮食", "比上年增长（%）", "", "全年粮食产量1.2万吨。"]),
                max_size=30))
def test_any_lines_give_spans_inside_the_text_and_anchors_among_them(lines):
    text = "\n".join(lines) + "\n"
    canonical = prepare(text).canonical
    tagging = read_tables(canonical, Tagging(spans=[], anchors=[]))
    assert all(0 <= s.start < s.end <= len(canonical) for s in tagging.spans)
    assert all(a.span in tagging.spans and (a.indicator is None or a.indicator in tagging.spans) for a in tagging.anchors)


def test_the_unit_goes_to_the_first_level_value_a_row_has():
    _, anchors = read("表3 主要产品\n产品名称\n单位\n产量\n金额\n\n汽车\n万辆\n—\n62.6\n\n")
    assert anchors == [("62.6", "汽车", "万辆", None, "level")]
