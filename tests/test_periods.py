"""The period of a measurement by precedence (sentence, paragraph, section, report, document), and
targets decided by a planning section."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from service.document import prepare
from service.normalize import Frame, find_frame, frame_of
from service.periods import Grounder, section_role
from service.structure import passage_role
from service.spans import Anchor, Span, Tagging

D = datetime.date


def tagged(text: str, values: list[str], times: list[str], linked: dict[str, str] | None = None,
           targets: set[str] = frozenset()):
    """A tagging with VAL spans at the given surfaces (first occurrence) and TIME spans at every
    occurrence of the given words; ``linked``: value -> the TIME it is linked to (first occurrence)."""
    doc = prepare(text)
    t = doc.canonical
    time_spans = sorted({Span("TIME", i, i + len(w), 1.0) for w in times for i in _all(t, w)}, key=lambda s: s.start)
    anchors = []
    for v in values:
        span = Span("VAL", t.index(v), t.index(v) + len(v), 1.0)
        time = None
        if linked and v in linked:
            time = next(s for s in time_spans if t[s.start : s.end] == linked[v])
        anchors.append(Anchor(span, None, None, time, "level", v in targets, 1.0))
    tagging = Tagging(spans=time_spans + [a.span for a in anchors], anchors=anchors, sentences=doc.sentences)
    return doc, tagging


def _all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def ground(doc, tagging, frame, value):
    anchor = next(a for a in tagging.anchors if doc.canonical[a.span.start : a.span.end] == value)
    sentence = next(s for s in doc.sentences if s[0] <= anchor.span.start < s[1])
    return Grounder(doc, tagging, frame).ground(anchor, sentence)


WORK_REPORT = (
    "2019年国务院政府工作报告\n"
    "一、2018年工作回顾\n"
    "过去一年，我国发展面临多年少有的国内外复杂严峻形势，国内生产总值增长6.6%。城镇新增就业1361万人。\n"
    "全年减税降费约1.3万亿元。\n"
    "二、2019年经济社会发展总体要求和政策取向\n"
    "综合分析国内外形势，今年发展的主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。\n"
    "三、2019年政府工作任务\n"
    "（一）激发市场主体活力\n"
    "去年完成造林任务707万公顷。\n"
    "再压减钢铁产能5000万吨。\n"
)


def test_a_work_report_reviews_one_year_and_plans_the_next():
    """gwr-2019: results of 2018 and targets of 2019, in one report."""
    doc, tagging = tagged(WORK_REPORT, ["6.6", "1361", "1.3万亿", "6%-6.5", "1100", "707", "5000"],
                          ["2018年", "2019年", "过去一年", "今年", "去年"],
                          linked={"6.6": "过去一年", "6%-6.5": "今年", "707": "去年"})
    frame = find_frame(doc.canonical)
    assert frame.reviewed.start == D(2018, 1, 1) and frame.planned.start == D(2019, 1, 1)
    got = {v: ground(doc, tagging, frame, v) for v in ["6.6", "1361", "1.3万亿", "6%-6.5", "1100", "707", "5000"]}
    assert (got["6.6"].source, got["6.6"].period.start, got["6.6"].target) == ("sentence", D(2018, 1, 1), False)
    assert (got["1361"].source, got["1361"].period.end) == ("paragraph", D(2018, 12, 31))
    # a new line: no TIME of its paragraph; its section's heading names 2018
    assert (got["1.3万亿"].source, got["1.3万亿"].period.start, got["1.3万亿"].target) == ("section", D(2018, 1, 1), False)
    assert (got["6%-6.5"].period.start, got["6%-6.5"].target) == (D(2019, 1, 1), True)
    assert (got["1100"].source, got["1100"].period.start, got["1100"].target) == ("paragraph", D(2019, 1, 1), True)
    # in the plan section: what was done last year is a result, the rest are targets
    assert (got["707"].period.start, got["707"].target) == (D(2018, 1, 1), False)
    assert (got["5000"].source, got["5000"].period.start, got["5000"].target) == ("section", D(2019, 1, 1), True)
    heading = "三、2019年政府工作任务"
    assert doc.canonical[slice(*got["5000"].evidence)] == "2019年" and got["5000"].evidence[0] > doc.canonical.index(heading)


def test_a_heading_naming_the_planned_year_plans_and_its_budgets_this_year_is_that_year():
    """hainan 2026: 三、2026年主要工作 says no 任务 or 安排, but names the year a 2026 report plans; a budget
    section (gwr-1956) names the year planned, and its 本年 is that year, not the year the text mentions most."""
    text = ("2026年海南省政府工作报告\n一、2025年工作回顾\n全省生产总值增长4.2%。\n三、2026年主要工作\n"
            "新增基础教育公办学位4万个。\n")
    doc, tagging = tagged(text, ["4.2", "4万"], ["2025年", "2026年"])
    frame = find_frame(doc.canonical)
    assert frame.planned.start == D(2026, 1, 1)
    done, plan = ground(doc, tagging, frame, "4.2"), ground(doc, tagging, frame, "4万")
    assert (done.period.start, done.target) == (D(2025, 1, 1), False)
    assert (plan.source, plan.period.start, plan.target) == ("section", D(2026, 1, 1), True)

    budget = ("一、1955年国家决算\n1955年国家决算收入为272亿元。1955年支出262亿元。\n二、1956年的国家预算\n"
              "本年收入共为297亿元。\n")
    doc, tagging = tagged(budget, ["272亿", "262亿", "297亿"], ["1955年", "1956年", "本年"], linked={"297亿": "本年"})
    frame = find_frame(doc.canonical)
    assert frame.source == "text" and frame.date.year == 1955 and frame.planned.start == D(1956, 1, 1)
    got = ground(doc, tagging, frame, "297亿")
    assert (got.source, got.period.start, got.period.end, got.target) == ("sentence", D(1956, 1, 1), D(1956, 12, 31), True)


def test_a_subsection_naming_a_task_in_a_review_reviews():
    """shanghai 2026: （二）聚力落实国家重大战略任务, under 一、2025年工作回顾, reviews what was done on a task; its
    任务 is not a plan heading's, so its results stay results of 2025, not targets of 2026."""
    text = ("2026年上海市政府工作报告\n一、2025年工作回顾\n（二）聚力落实国家重大战略任务\n"
            "上海港集装箱吞吐量5506.3万标准箱。\n三、2026年主要任务\n（一）着力强化内需主导作用\n城镇新增就业60万人。\n")
    doc, tagging = tagged(text, ["5506.3万", "60万"], ["2025年", "2026年"])
    frame = find_frame(doc.canonical)
    done, plan = ground(doc, tagging, frame, "5506.3万"), ground(doc, tagging, frame, "60万")
    assert (done.period.start, done.period.end, done.target) == (D(2025, 1, 1), D(2025, 12, 31), False)
    assert (plan.period.start, plan.target) == (D(2026, 1, 1), True)


def test_a_subheading_stating_a_goal_as_met_in_a_plan_part_plans():
    """anhui 2026: （六）…推动高质量发展取得新的更大进展 under 二、“十五五”时期主要目标和重大任务 states a goal; a
    subheading of a review that says 取得新进展 still reviews."""
    text = ("2026年安徽省政府工作报告\n一、2025年工作回顾\n（二）城市建设取得新进展\n新建公园12座。\n"
            "二、2026年主要目标和重大任务\n（六）推动高质量发展取得新的更大进展\n新增城镇就业60万人。\n")
    doc, tagging = tagged(text, ["12", "60万"], ["2025年", "2026年"])
    frame = find_frame(doc.canonical)
    done, plan = ground(doc, tagging, frame, "12"), ground(doc, tagging, frame, "60万")
    assert (done.period.start, done.target) == (D(2025, 1, 1), False)
    assert (plan.period.start, plan.target) == (D(2026, 1, 1), True)


def test_a_heading_naming_a_period_still_to_come_plans():
    """fujian 2026: 三、一鼓作气勇争先，全力推动“十五五”开好局 names the plan period 2026–2030 and no plan word; what
    it lists is planned, not dated 2026–2030 and left to the tagger."""
    text = ("2026年福建省政府工作报告\n一、2025年工作回顾\n新建公园12座。\n"
            "三、一鼓作气勇争先，全力推动“十五五”开好局\n新建改造地下管网1250公里。\n")
    doc, tagging = tagged(text, ["12", "1250"], ["2025年", "十五五"])
    frame = find_frame(doc.canonical)
    plan = ground(doc, tagging, frame, "1250")
    assert (plan.source, plan.period.start, plan.period.end, plan.target) == ("section", D(2026, 1, 1), D(2030, 12, 31), True)
    assert ground(doc, tagging, frame, "12").target is False


def test_a_heading_without_a_year_takes_the_report_period():
    text = "2016年上半年环保工作总结\n一、上半年工作进展情况\n完成减排项目12个。\n二、下半年工作安排\n新建监测站3个。\n"
    doc, tagging = tagged(text, ["12", "3"], ["上半年", "下半年"])
    frame = find_frame(doc.canonical)
    done, plan = ground(doc, tagging, frame, "12"), ground(doc, tagging, frame, "3")
    assert (done.source, done.period.start, done.period.end, done.target) == ("section", D(2016, 1, 1), D(2016, 6, 30), False)
    assert (plan.source, plan.period.start, plan.period.end, plan.target) == ("section", D(2016, 7, 1), D(2016, 12, 31), True)


def test_without_sections_the_report_period_by_result_or_target():
    text = "全市空气质量优良天数比例91.8%。力争PM2.5浓度降到30微克/立方米。\n"
    doc, tagging = tagged(text, ["91.8", "30"], [], targets={"30"})
    frame = frame_of(D(2025, 2, 1), "request")
    result, target = ground(doc, tagging, frame, "91.8"), ground(doc, tagging, frame, "30")
    assert (result.source, result.period.start, result.period.end) == ("report", D(2024, 1, 1), D(2024, 12, 31))
    assert (target.source, target.period.start, target.target) == ("report", D(2025, 1, 1), True)


def test_without_any_period_the_document_date_or_nothing():
    doc, tagging = tagged("优良天数比例91.8%。\n", ["91.8"], [])
    dated = Frame(D(2025, 3, 1), "metadata", None, None, None, None)
    assert ground(doc, tagging, dated, "91.8").period.granularity == "as_of"
    assert ground(doc, tagging, Frame(None, "text", None, None, None, None), "91.8").period is None


@pytest.mark.parametrize(("heading", "role"), [
    ("一、2018年工作回顾", "reviewed"), ("三、2019年政府工作任务", "planned"), ("二、下半年工作安排", "planned"),
    ("（一）主要任务完成情况", "reviewed"), ("2026年主要预期目标", "planned"), ("一、综合", None),
    ("（七）加强污染防治和生态建设", None), ("二、第一个五年计划概要", "planned"), ("一、上半年工作进展情况", "reviewed"),
    ("二、“十三五”时期发展成就和“十四五”时期主要目标任务", "planned"), ("（二）项目带动成效凸显，工业经济增势强劲", "reviewed"),
    # a plan word that is a task's object, part of a task's wording or a programme's name
    ("（二）聚力落实国家重大战略任务", None), ("（一）圆满完成上合天津峰会筹备和服务保障任务", None),
    ("（五）以完善功能提升品位为目标，加快旧城区改造", None), ("十、统筹安排生产建设和人民生活", None),
    ("2.“双高计划”", None), ("16.“益企成长”计划", None), ("（八）做实民生工程，确保民生工作取得新成绩", None)])
def test_section_roles(heading, role):
    assert section_role(heading) == role


def test_a_heading_time_that_cannot_be_read_gives_way_to_the_headings_role():
    """一、近期工作回顾: 近期 is a TIME with no period; the section still reviews."""
    text = "2025年工作总结\n一、近期工作回顾\n新建站点12个，达到4.5%左右。\n"
    doc, tagging = tagged(text, ["12", "4.5"], ["近期"], targets={"4.5"})
    frame = find_frame(doc.canonical)
    built, share = ground(doc, tagging, frame, "12"), ground(doc, tagging, frame, "4.5")
    assert (built.source, built.period.start) == ("section", D(2025, 1, 1))
    assert (share.period.end, share.target) == (D(2025, 12, 31), False)  # a result in a reviewing section


TIME_WORDS = ["2024年", "近期", "上半年", "全年", "年末", "今年", "去年", "过去五年", "十四五", "1-10月", "冬季", "当前"]
LINES = st.one_of(
    st.builds(lambda marker, time, word: f"{marker}{time}{word}", st.sampled_from(["一、", "（二）", "3. ", "## "]),
              st.sampled_from(TIME_WORDS + [""]), st.sampled_from(["工作回顾", "工作安排", "主要目标", "综合", "完成情况"])),
    st.builds(lambda time, n: f"{time}，新建站点{n}个。", st.sampled_from(TIME_WORDS + [""]), st.integers(1, 999)),
)


@given(st.lists(LINES, min_size=1, max_size=10), st.sampled_from(["2024年工作总结\n", "统计公报\n", ""]),
       st.sampled_from([None, D(2025, 2, 1)]), st.booleans())
@example(["一、近期工作回顾", "新建站点12个。"], "2024年工作总结\n", None, True)  # a heading TIME that cannot be read
def test_every_measurement_is_grounded_whatever_the_headings_say(lines, title, date, targets):
    text = title + "\n".join(lines) + "\n"
    values = sorted({m for line in lines if "新建站点" in line for m in [line.split("新建站点")[1].split("个")[0]]})
    doc = prepare(text)
    t = doc.canonical
    time_spans = sorted({Span("TIME", i, i + len(w), 1.0) for w in TIME_WORDS for i in _all(t, w)}, key=lambda s: s.start)
    time_spans = [s for i, s in enumerate(time_spans) if i == 0 or s.start >= time_spans[i - 1].end]
    anchors = [Anchor(Span("VAL", at + 2, at + 2 + len(v), 1.0), None, None, None, "level", targets, 1.0)
               for v in values for at in _all(t, f"站点{v}个")]
    tagging = Tagging(spans=time_spans + [a.span for a in anchors], anchors=anchors, sentences=doc.sentences)
    frame = frame_of(date, "request") if date else find_frame(t)
    grounder = Grounder(doc, tagging, frame)
    for anchor in anchors:
        sentence = next(s for s in doc.sentences if s[0] <= anchor.span.start < s[1])
        grounding = grounder.ground(anchor, sentence)
        assert grounding.period is None or grounding.period.start is None or grounding.period.start <= grounding.period.end
        if grounding.evidence is not None:
            assert 0 <= grounding.evidence[0] < grounding.evidence[1] <= len(t)


FIVE_YEAR_REVIEW = (
    "2026年政府工作报告\n"
    "一、“十四五”时期和2025年工作回顾\n"
    "这五年，我们全力推动高质量发展，经济实力迈上新台阶。\n"
    "地区生产总值突破3万亿元、年均增长4.7%，新增铁路里程989公里，产业投资比重从26.7%提高到52.1%。\n"
    "城乡居民收入比由2.9∶1缩小至2.52∶1。\n"
    "这五年，我们坚定不移走生态优先绿色发展之路。\n"
    "完成营造林2027万亩。\n"
)


def test_a_lead_paragraph_dates_the_paragraphs_it_leads():
    """这五年，…。 alone on its line leads the figures after it, up to the next lead; the level it reached
    is the span's last year, what was done in it (新增, 完成) and its average growth are the span, and the
    X of 从X提高到Y is the year before the span."""
    values = ["3万亿", "4.7", "989", "26.7", "52.1", "2.9", "2.52", "2027万"]
    doc, tagging = tagged(FIVE_YEAR_REVIEW, values, ["2026年", "十四五", "2025年", "这五年"])
    frame = find_frame(doc.canonical)
    got = {v: ground(doc, tagging, frame, v) for v in values}
    span, last, before = (D(2021, 1, 1), D(2025, 12, 31)), (D(2025, 1, 1), D(2025, 12, 31)), (D(2020, 1, 1), D(2020, 12, 31))
    expected = {"3万亿": last, "4.7": span, "989": span, "26.7": before, "52.1": last, "2.9": before, "2.52": last,
                "2027万": span}
    assert {v: (g.period.start, g.period.end) for v, g in got.items()} == expected
    assert {g.source for g in got.values()} == {"paragraph"}
    assert doc.canonical[slice(*got["2027万"].evidence)] == "这五年"
    assert got["2027万"].evidence[0] > doc.canonical.index("2.52")  # the second lead, not the first


@pytest.mark.parametrize("lead", [
    "2023年年末户籍人口及其构成\n",  # a table header opening with a TIME, no lead-in comma
    "2020年，全市新建站点8个。\n",  # a paragraph with a value of its own leads nothing
    "这五年，我们全力推动高质量发展\n",  # no full stop: not a sentence
])
def test_only_a_lead_in_sentence_without_values_leads(lead):
    text = "2025年环境状况公报\n" + lead + "新建站点12个。\n"
    doc, tagging = tagged(text, ["12"] + (["8"] if "8个" in lead else []), ["2025年", "2023年年末", "2020年", "这五年"])
    grounding = ground(doc, tagging, find_frame(doc.canonical), "12")
    assert (grounding.source, grounding.period.start) == ("report", D(2025, 1, 1))


def test_a_plan_named_in_passing_does_not_date_the_results_after_it():
    """…也为“十一五”新一轮大发展奠定了坚实基础。 then the review's figures: a result is not of a period after the
    one reviewed, so the TIME carried from the earlier sentence gives way."""
    text = "各位代表，2005年的努力为“十一五”发展奠定了坚实基础。初步统计，全市生产总值385.2亿元。\n"
    doc, tagging = tagged(text, ["385.2亿"], ["2005年", "十一五"])
    grounding = ground(doc, tagging, frame_of(D(2006, 1, 20), "request"), "385.2亿")
    assert (grounding.source, grounding.period.start, grounding.period.end) == ("report", D(2005, 1, 1), D(2005, 12, 31))


def test_a_change_to_a_deadline_runs_from_the_plans_start_a_level_is_the_deadlines_year():
    text = "“十一五”时期发展目标与主要任务\n力争到2010年，地区生产总值比2005年翻一番，森林覆盖率稳定在78%。\n"
    doc, tagging = tagged(text, ["一", "78"], ["十一五", "2010年"], linked={"一": "2010年", "78": "2010年"},
                          targets={"一", "78"})
    tagging.anchors[0] = replace(tagging.anchors[0], kind="change")
    frame = frame_of(D(2006, 1, 20), "request")
    doubled, cover = ground(doc, tagging, frame, "一"), ground(doc, tagging, frame, "78")
    assert (doubled.period.start, doubled.period.end, doubled.target) == (D(2006, 1, 1), D(2010, 12, 31), True)
    assert (cover.period.start, cover.period.end, cover.target) == (D(2010, 1, 1), D(2010, 12, 31), True)


def test_a_stocks_change_to_the_years_end_is_the_year_the_stock_itself_the_day():
    """P4: 年末…余额28543亿元 holds at the year's end; 比上年末增长9.3% happened over the year."""
    doc, tagging = tagged("2024年统计公报\n年末存款余额28543亿元，比上年末增长9.3%。\n", ["28543亿", "9.3"], ["2024年", "年末"],
                          linked={"28543亿": "年末", "9.3": "年末"})
    tagging.anchors[1] = replace(tagging.anchors[1], kind="change")
    frame = frame_of(D(2025, 2, 28), "request")
    stock, change = ground(doc, tagging, frame, "28543亿"), ground(doc, tagging, frame, "9.3")
    assert (stock.period.start, stock.period.end) == (D(2024, 12, 31), D(2024, 12, 31))
    assert (change.period.start, change.period.end, change.period.granularity) == (D(2024, 1, 1), D(2024, 12, 31), "year")


def test_over_five_years_what_was_done_is_the_span_what_was_reached_the_last_year():
    text = "龙岩2006年政府工作报告\n五年登记注册外商投资企业191家、置换职工身份4.6万人，城镇化水平达42%，地区生产总值突破400亿元。\n"
    values = ["191", "4.6万", "42", "400亿"]
    doc, tagging = tagged(text, values, ["五年"], linked={v: "五年" for v in values})
    frame = frame_of(D(2006, 2, 20), "request")
    got = {v: ground(doc, tagging, frame, v).period for v in values}
    assert (got["191"].start, got["191"].end) == (D(2001, 1, 1), D(2005, 12, 31))
    assert (got["4.6万"].start, got["4.6万"].end) == (D(2001, 1, 1), D(2005, 12, 31))
    assert (got["42"].start, got["42"].end) == (D(2005, 1, 1), D(2005, 12, 31))
    assert (got["400亿"].start, got["400亿"].end) == (D(2005, 1, 1), D(2005, 12, 31))


@pytest.mark.parametrize("base", ["与2000年相比，", "同2000年比较，", "比2000年"])
def test_a_comparison_base_is_never_the_period(base):
    text = f"二〇〇六年政府工作报告\n{base}城镇居民人均可支配收入增加到10596元。\n"
    doc, tagging = tagged(text, ["10596"], ["2000年"], linked={"10596": "2000年"})
    got = ground(doc, tagging, frame_of(D(2006, 2, 20), "request"), "10596")
    assert got.source != "sentence" and got.period.end == D(2005, 12, 31)


def test_a_goal_setting_verb_in_the_values_clause_makes_a_target_whatever_the_tagger_said():
    doc, tagging = tagged("开工铁路3条，力争完成交通投资800亿元。\n", ["3", "800亿"], [])
    frame = frame_of(D(2026, 2, 1), "request")
    assert ground(doc, tagging, frame, "3").target is False
    planned = ground(doc, tagging, frame, "800亿")
    assert planned.target is True and planned.period.start == D(2026, 1, 1)


def test_the_taggers_guess_makes_no_target_only_the_texts_words_do():
    """nanjing 2024 communiqué: 地表水国省考断面水质优良比例100% reads like a goal to the tagger, but only the text's words
    (预计, 力争, a plan section) make targets, in a dated text and in an undated excerpt of a bulletin (whose definition,
    是指主营业务收入2000万元及以上, read like one too)."""
    text = "南京市2024年国民经济和社会发展统计公报\n全年地表水国省考断面水质优良比例100%。预计明年完成投资800亿元。\n"
    doc, tagging = tagged(text, ["100", "800亿"], ["全年"], targets={"100"})
    frame = find_frame(doc.canonical)
    assert [ground(doc, tagging, frame, v).target for v in ("100", "800亿")] == [False, True]
    excerpt, tagging = tagged("全市工业增加值比上年增长5.2%。规模以上工业是指主营业务收入2000万元及以上的工业法人单位。\n",
                              ["5.2", "2000万"], [], targets={"5.2", "2000万"})
    undated = Frame(None, "text", None, None, None, None)
    assert [ground(excerpt, tagging, undated, v).target for v in ("5.2", "2000万")] == [False, False]


def test_an_estimate_in_an_undated_passage_of_things_done_is_a_result():
    """stat-nanjing-2022, an excerpt that names no year: 预计…拥有病床7.07万张 estimates a result of the year reported
    (decision 25); in a passage that reads as neither, 预计 sets a goal as anywhere."""
    text = ("全市卫生机构比上年增加12个，同比增长1.2%；卫生技术人员比上年增加0.3万人，同比增长2.5%。"
            "预计全市各类卫生机构拥有病床7.07万张。\n")
    doc, tagging = tagged(text, ["12", "1.2", "0.3万", "2.5", "7.07万"], [])
    undated = Frame(None, "text", None, None, None, None)
    assert passage_role(doc.canonical) == "reviewed" and ground(doc, tagging, undated, "7.07万").target is False
    doc, tagging = tagged("预计全市各类卫生机构拥有病床7.07万张。\n", ["7.07万"], [])
    assert passage_role(doc.canonical) is None and ground(doc, tagging, undated, "7.07万").target is True


def test_an_undated_excerpt_of_a_plan_is_known_by_its_words():
    """env-2026-hainan: the plan part of a 2026 report below its heading (三、2026年主要工作), cut off. No title, date or
    year: its words of intent (支持, 争取, 确保, 要) against none of things done make every value a target, except one
    its clause says is done; the same values in a passage of things done are results."""
    plan = ("支持实验室二期开工，争取技术创新中心获批。全省技术合同成交额达90亿元。研发投入强度提升至1.8%。"
            "确保完成粮食生产任务，建设高标准农田25万亩。要推动林下经济面积达260万亩，已建成渔港4个。\n")
    doc, tagging = tagged(plan, ["90亿", "1.8", "25万", "260万", "4"], [])
    undated = Frame(None, "text", None, None, None, None)
    assert passage_role(doc.canonical) == "planned"
    assert [ground(doc, tagging, undated, v).target for v in ("90亿", "1.8", "25万", "260万", "4")] == [True] * 4 + [False]
    review = "全省技术合同成交额达90亿元，比上年增长12%。研发投入强度提升至1.8%，累计建设高标准农田25万亩。\n"
    doc, tagging = tagged(review, ["90亿", "12", "1.8", "25万"], [])
    assert passage_role(doc.canonical) == "reviewed"
    assert not any(ground(doc, tagging, undated, v).target for v in ("90亿", "12", "1.8", "25万"))
    # the date a request gives says when the text speaks, not what it does: the planned year is the period
    planned = ground(*tagged(plan, ["90亿"], []), frame_of(D(2026, 2, 1), "request"), "90亿")
    assert planned.target is True and planned.period.start == D(2026, 1, 1)
    # nor does a year the text mentions: 2026年 in a plan excerpt is the year it plans (2026-anhui's 三、2026年重点工作
    # without its heading)
    named, tagging = tagged("2026年，" + plan, ["90亿", "4"], [])
    frame = find_frame(named.canonical)
    assert [(g.target, g.period.start) for g in (ground(named, tagging, frame, v) for v in ("90亿", "4"))] == [
        (True, D(2026, 1, 1)), (False, D(2025, 1, 1))]
    # a text dated by its own words is read by its frame and sections, not by them
    dated, tagging = tagged("2025年工作总结\n" + plan, ["90亿"], [])
    assert ground(dated, tagging, find_frame(dated.canonical), "90亿").target is False


def test_a_goal_governs_the_coordinated_clauses_after_it_until_one_says_it_is_done():
    """力争…达90%以上，完成燃气锅炉整治50台: the 50 is a goal too; 目前已有…60% is not."""
    text = "力争全市空气质量优良率达90%以上，完成燃气锅炉整治50台，目前已有60%的锅炉完成整治。\n"
    doc, tagging = tagged(text, ["90", "50", "60"], [])
    frame = frame_of(D(2026, 2, 1), "request")
    assert [ground(doc, tagging, frame, v).target for v in ("90", "50", "60")] == [True, True, False]


def test_a_goal_list_makes_targets_of_the_values_after_it_in_its_paragraph():
    text = ("主要预期目标是：地区生产总值增长5%左右。规模以上工业增加值增长7.5%左右；城镇新增就业60万人左右。\n"
            "全省规模以上工业增加值增长6.1%。\n")
    doc, tagging = tagged(text, ["5", "7.5", "60", "6.1"], [])
    frame = frame_of(D(2026, 2, 1), "request")
    assert [ground(doc, tagging, frame, v).target for v in ("5", "7.5", "60", "6.1")] == [True, True, True, False]
    assert ground(doc, tagging, frame, "60").period.start == D(2026, 1, 1)


@pytest.mark.parametrize("sentence", ["近5年人均预期寿命增量居全国第1位。", "经济增速好于预期，达6.5%。",
                                      "模拟测算显示减排8%。", "全年主要预期目标圆满完成，地区生产总值增长5.5%。",
                                      "坚持以目标为导向，全年完成固定资产投资820亿元。", "全市拟上市后备企业达到56家。"])
def test_words_that_only_contain_a_goal_verb_set_no_goal(sentence):
    doc, tagging = tagged(sentence + "\n", [next(v for v in ("1", "6.5", "8", "5.5", "820亿", "56") if v in sentence)], [])
    [anchor] = tagging.anchors
    value = doc.canonical[anchor.span.start : anchor.span.end]
    assert ground(doc, tagging, frame_of(D(2026, 2, 1), "request"), value).target is False


def test_a_title_naming_the_year_reviewed_and_the_year_planned_governs_neither():
    """中山 2024: the lines under such a title, before its first section, review 2024."""
    text = "中山市生态环境局2024年度工作总结与2025年工作安排\n全市空气质量优良天数比例达91.8%。\n"
    doc, tagging = tagged(text, ["91.8"], ["2024年度", "2025年"])
    got = ground(doc, tagging, find_frame(doc.canonical), "91.8")
    assert (got.target, got.period.start, got.period.end) == (False, D(2024, 1, 1), D(2024, 12, 31))


def test_a_forecast_of_the_year_reviewed_keeps_its_paragraphs_year():
    text = "2024年，全市经济运行总体平稳。预计地区生产总值增长5.3%左右。\n"
    doc, tagging = tagged(text, ["5.3"], ["2024年"])
    got = ground(doc, tagging, frame_of(D(2025, 1, 20), "request"), "5.3")
    assert (got.target, got.source, got.period.start) == (True, "paragraph", D(2024, 1, 1))


def test_a_heading_of_several_periods_dates_nothing_but_still_reviews():
    text = "2025年政府工作报告\n一、2024年及“十四五”以来工作回顾\n全市地区生产总值增长5.5%。\n"
    doc, tagging = tagged(text, ["5.5"], ["2024年", "十四五"])
    got = ground(doc, tagging, find_frame(doc.canonical), "5.5")
    assert (got.target, got.source, got.period.start, got.period.end) == (False, "section", D(2024, 1, 1), D(2024, 12, 31))


def test_a_past_time_earlier_in_a_plans_paragraph_does_not_date_its_goals():
    text = ("市环保局2024年上半年工作进展情况和下半年工作安排\n二、下半年工作安排\n"
            "巩固去年已消劣的5个省控断面水质。确保饮用水水源地水质达标率继续保持100%。\n")
    doc, tagging = tagged(text, ["5", "100"], ["2024年上半年", "下半年", "去年"], linked={"5": "去年"})
    frame = find_frame(doc.canonical)
    done, goal = ground(doc, tagging, frame, "5"), ground(doc, tagging, frame, "100")
    assert (done.target, done.period.start) == (False, D(2023, 1, 1))
    assert (goal.target, goal.period.start, goal.period.end) == (True, D(2024, 7, 1), D(2024, 12, 31))


def test_a_change_against_a_year_runs_from_the_year_after_it():
    """P5: 比2000年提高6个百分点, in the review of 2001-2005, happened in 2001-2005."""
    doc, tagging = tagged("二〇〇六年政府工作报告\n全市城镇化水平达42%，比2000年提高6个百分点。\n", ["42", "6"], ["2000年"],
                          linked={"6": "2000年"})
    tagging.anchors[1] = replace(tagging.anchors[1], kind="change")
    frame = frame_of(D(2006, 2, 20), "request")
    level, change = ground(doc, tagging, frame, "42"), ground(doc, tagging, frame, "6")
    assert (level.period.start, level.period.end) == (D(2005, 1, 1), D(2005, 12, 31))
    assert (change.period.start, change.period.end, change.period.granularity) == (D(2001, 1, 1), D(2005, 12, 31), "years")


def test_a_base_neither_dates_its_sentence_nor_the_next_and_a_change_against_it_keeps_its_end():
    frame = frame_of(D(2006, 2, 20), "request")
    doc, tagging = tagged("2003年，全市生产总值比2000年增长30%。其中工业增长40%。\n", ["30", "40"], ["2003年", "2000年"],
                          linked={"30": "2000年"})
    tagging.anchors[:] = [replace(a, kind="change") for a in tagging.anchors]
    in_2003, next_sentence = ground(doc, tagging, frame, "30"), ground(doc, tagging, frame, "40")
    assert (in_2003.source, in_2003.period.start, in_2003.period.end) == ("sentence", D(2001, 1, 1), D(2003, 12, 31))
    assert next_sentence.period.start.year != 2000
    doc, tagging = tagged("6月末，存款余额比2020年增长30%。\n", ["30"], ["6月末", "2020年"], linked={"30": "2020年"})
    tagging.anchors[0] = replace(tagging.anchors[0], kind="change")
    midyear = ground(doc, tagging, frame_of(D(2025, 2, 1), "request"), "30")
    assert (midyear.period.start, midyear.period.end) == (D(2021, 1, 1), D(2024, 6, 30))


@pytest.mark.parametrize("clause", ["五年安排财政资金", "五年作为试点投入资金", "五年共为企业减负"])
def test_words_that_only_contain_a_level_cue_leave_the_span(clause):
    doc, tagging = tagged(f"{clause}300亿元。\n", ["300亿"], ["五年"], linked={"300亿": "五年"})
    got = ground(doc, tagging, frame_of(D(2006, 2, 20), "request"), "300亿")
    assert (got.period.start, got.period.end) == (D(2001, 1, 1), D(2005, 12, 31))


def test_a_base_year_the_tagger_left_untagged_still_starts_the_change():
    """gwr-2008: 2006年，…资产总额比2002年增长60.98% (the gold tags no base, so neither does the model)."""
    doc, tagging = tagged("2006年，全国国有企业资产总额比2002年增长60.98%。\n", ["60.98"], ["2006年"], linked={"60.98": "2006年"})
    tagging.anchors[0] = replace(tagging.anchors[0], kind="change")
    got = ground(doc, tagging, frame_of(D(2008, 3, 5), "request"), "60.98")
    assert (got.period.start, got.period.end) == (D(2003, 1, 1), D(2006, 12, 31))


@pytest.mark.parametrize("opener", ["围绕实现上述目标，重点抓好以下工作：", "今年政府工作的总体要求是：稳中求进。",
                                    "今年要着重抓好以下五个方面工作：", "新的一年，我们要着力抓好以下几个方面："])
def test_a_phrase_that_opens_the_plan_part_makes_the_values_after_it_targets(opener):
    """A plan part without its heading (an excerpt, headings lost): the year's works, planned."""
    text = ("2026年政府工作报告\n全省地区生产总值增长5.4%。\n" + opener + "\n（一）全力扩大有效需求。\n"
            "新建概念验证、中试验证平台10个。\n")
    doc, tagging = tagged(text, ["5.4", "10"], ["2026年"])
    frame = find_frame(doc.canonical)
    before, after = ground(doc, tagging, frame, "5.4"), ground(doc, tagging, frame, "10")
    assert (before.target, before.period.start) == (False, D(2025, 1, 1))
    assert (after.target, after.source, after.period.start, after.period.end) == \
        (True, "section", D(2026, 1, 1), D(2026, 12, 31))


def test_a_review_of_the_works_done_and_the_end_of_the_section_close_no_plan():
    """一年来，我们重点抓好以下六个方面工作 reviews; a plan opened inside a section ends with it."""
    review = "2026年政府工作报告\n一年来，我们重点抓好以下六个方面工作。\n新建平台10个。\n"
    doc, tagging = tagged(review, ["10"], ["2026年"])
    assert ground(doc, tagging, find_frame(doc.canonical), "10").target is False
    scoped = ("2026年政府工作报告\n一、经济\n为实现上述目标，今年要突出抓好以下工作：\n新建平台10个。\n"
              "二、民生\n全年城镇新增就业61万人。\n")
    doc, tagging = tagged(scoped, ["10", "61"], ["2026年", "全年"], linked={"61": "全年"})
    frame = find_frame(doc.canonical)
    assert [ground(doc, tagging, frame, v).target for v in ("10", "61")] == [True, False]
