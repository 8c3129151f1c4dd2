"""The words zhibiao reads, each stated once: units, Chinese numerals and magnitudes, approximation
qualifiers, change and target cues, relative-time words.

The normalizer's tables (``service.normalize``) and the rule baseline's patterns (``service.rules``)
are built from these, so adding a unit is one row in ``UNITS``. The model's input features do not
read this module: they are a frozen copy of the words the shipped model was trained with
(``service.features``), so that a word added here changes no trained model's inputs.

A unit row is a one-line definition, as in pint's definition files: its canonical symbol, its
dimension, the spellings the rules search for after a number, the other spellings the normalizer
reads in a span the model found (Latin abbreviations, rare or ambiguous forms: 方, 时, 月), and,
for a unit pint lacks or reads wrongly, pint's own one-line definition. Spellings are written in
half width; their full-width forms (ｋｇ, ％) are the same spellings (``width_forms``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from service.normalize.values import Approximation

# --- characters ----------------------------------------------------------------------------------
# Full-width ASCII (U+FF01..U+FF5E: １２．５, ％, ／) and the ideographic space, as plain ASCII.
FULL_WIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_ASCII_TO_FULL_WIDTH = {ascii_code: code for code, ascii_code in FULL_WIDTH_TO_ASCII.items() if ascii_code != 0x20}


def width_forms(spelling: str) -> tuple[str, ...]:
    """A spelling as written in ASCII and, where it holds ASCII characters, in full width (t/a, ｔ／ａ)."""
    full = spelling.translate(_ASCII_TO_FULL_WIDTH)
    return (spelling,) if full == spelling else (spelling, full)


# --- numbers -------------------------------------------------------------------------------------
# Chinese digits and their values: 〇 and 零 are both zero; 两 is two before a measure word or magnitude.
DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DIGITS = "".join(DIGIT_VALUES)
MAGNITUDES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
MAGNITUDE_CHARS = "".join(MAGNITUDES)
NUMERALS = DIGITS + MAGNITUDE_CHARS  # every character of a Chinese numeral: 零〇一二两三四五六七八九十百千万亿
FINANCIAL_NUMERALS = "壹贰叁肆伍陆柒捌玖拾佰仟"  # the forms written on cheques and contracts
DECIMAL_POINT = "点"  # 二十七点三
DECIMAL_DIGITS = DIGITS.replace("两", "")  # after a decimal point digits are read one by one: two is 二, never 两
PLACEHOLDERS = "xX"  # digits the publisher redacted: xx.x%, X月
# Shares said in words: tenths (三成 is 30%, 七成五 75%) and a half (一半, 半数: 50%)
TENTHS = "成"
HALF_WORDS = ("一半", "半数")
NOT_TENTHS_AFTER = "功为效立本绩果熟员交就都品长片套型像群不渝年人规"  # 成 starting a word: 成功, 成为, 成渝, 成年

# --- units ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    symbol: str | None  # canonical: a pint spelling, or the name ``pint`` defines; None: known, left as written
    dimension: str  # "mass", "money", "count" …; "unknown" for a unit left as written
    searched: str = ""  # spellings the rules search for right after a number, space-separated
    other: str = ""  # spellings the normalizer also reads, space-separated
    pint: str | None = None  # pint's definition line for a unit it lacks or reads wrongly
    measure_word: bool = False  # a count classifier (家, 人次): "count:家", convertible to no other

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(self.searched.split() + self.other.split())

    @property
    def pint_name(self) -> str | None:
        """What pint calls it: the name its definition line defines, else the symbol."""
        return self.pint.split(" = ")[0] if self.pint else self.symbol


_COUNT_PREFIX = "count:"


def _measure_words(searched: str, other: str) -> tuple[Unit, ...]:
    """A row per measure word: "count:家", dimension "count"."""
    return (tuple(Unit(_COUNT_PREFIX + word, "count", searched=word, measure_word=True) for word in searched.split())
            + tuple(Unit(_COUNT_PREFIX + word, "count", other=word, measure_word=True) for word in other.split()))


# symbol, dimension, spellings the rules search for, other spellings; pint reads the symbol unless ``pint`` defines
# it (why 吨 is "t", 亩 is our own and "pp" has a dimension of its own: service/normalize/units.py).
UNITS: tuple[Unit, ...] = (
    # mass
    Unit("t", "mass", "吨", "公吨 t"),
    Unit("kg", "mass", "千克 公斤", "kg"),
    Unit("g", "mass", other="克 g"),
    Unit("mg", "mass", other="毫克 mg"),
    Unit("μg", "mass", other="微克 μg ug µg"),  # µ: the micro sign, μ: the Greek letter
    Unit("ng", "mass", other="纳克 ng"),
    Unit("斤", "mass", other="斤", pint="斤 = 0.5 * kilogram"),  # the market jin (市斤)
    Unit("担", "mass", other="担", pint="担 = 50 * kilogram"),  # the market dan (市担), in reports of the 1950s
    # length
    Unit("km", "length", "公里 千米", "km"),
    Unit("m", "length", "米", "m"),
    Unit("cm", "length", other="厘米 cm"),
    Unit("mm", "length", other="毫米 mm"),
    Unit("μm", "length", other="微米 μm"),
    Unit("nm", "length", other="纳米 nm"),
    # area
    Unit("km²", "area", "平方公里", "平方千米 km² km2"),
    Unit("m²", "area", "平方米", "m² m2"),
    Unit("ha", "area", "公顷", "ha"),
    Unit("亩", "area", "亩", pint="亩 = 10000 / 15 * meter ** 2"),  # the market mu (市亩)
    # volume
    Unit("m³", "volume", "立方米", "立方 方 公方 m³ m3"),
    Unit("L", "volume", other="升 L l"),
    Unit("mL", "volume", other="毫升 mL ml"),
    # energy and power
    Unit("kWh", "energy", "千瓦时", "千瓦小时 kWh kwh KWh"),
    Unit("MWh", "energy", other="兆瓦时 MWh"),
    Unit("GWh", "energy", "吉瓦时", "GWh"),
    Unit("TWh", "energy", other="太瓦时 TWh"),
    Unit("J", "energy", other="焦耳 J"),
    Unit("kJ", "energy", other="千焦 kJ"),
    Unit("MJ", "energy", other="兆焦 MJ"),
    Unit("GJ", "energy", other="吉焦 GJ"),
    Unit("tce", "energy", other="吨标准煤 吨标煤", pint="tce = 29.3076 * gigajoule"),  # tonne of coal equivalent (GB/T 2589)
    Unit("W", "power", other="瓦 W"),
    Unit("kW", "power", "千瓦", "kW KW kw"),
    Unit("MW", "power", "兆瓦", "MW"),
    Unit("GW", "power", other="吉瓦 GW"),
    Unit("V", "voltage", other="伏 V"),
    Unit("kV", "voltage", "千伏", "kV"),
    Unit("Pa", "pressure", other="帕 Pa"),
    Unit("kPa", "pressure", other="千帕 kPa"),
    Unit("MPa", "pressure", other="兆帕 MPa"),
    # time, for durations (满足未来11年) and rates (吨/日)
    Unit("a", "duration", "年", "岁 a"),  # 岁: an age, as in 人均预期寿命79.0岁
    Unit("month", "duration", other="个月 月"),
    Unit("d", "duration", "天", "日 d"),
    Unit("h", "duration", other="小时 时 h"),
    Unit("min", "duration", other="分钟 min"),
    Unit("s", "duration", other="秒 s"),
    # other
    Unit("°C", "temperature", other="摄氏度 ℃ °C"),  # pint does not parse ℃ (U+2103)
    Unit("dB", "sound_level", other="分贝 dB dB(A)"),
    Unit("CNY", "money", "元", "人民币", pint="CNY = [currency]"),
    Unit("USD", "money", "美元", pint="USD = [currency_usd]"),
    Unit("pp", "percentage_point", "个百分点 百分点", "pp", pint="percentage_point = [percentage_point]"),
    Unit("times", "multiple", "倍", pint="times = 1"),
    # transport work: freight in tonne-kilometres, passengers in passenger-kilometres (全年货物周转量514.7亿吨公里)
    Unit("tkm", "freight_transport", other="吨公里 吨千米", pint="tkm = tonne * kilometer"),
    Unit("pkm", "passenger_transport", other="人公里 人千米", pint="pkm = item * kilometer"),
    Unit("%", "ratio", "%"),
    Unit("‰", "ratio", "‰"),
    # left as written: 度 is a kilowatt-hour on a power bill and a degree elsewhere; no conversion for these yet
    Unit(None, "unknown", "度 标准箱", "标箱 ‱"),
    # measure words (count classifiers)
    *_measure_words(
        searched="个 家 宗 件 辆 台 项 条 人 人次 场 场次 篇 篇次 户 套 位 座 处 所 次 批 类 名 株 棵 艘 张 份 起 轮 支 只 头",
        other="批次 例 本 册 部 种 羽 架 台次 台套 家次 车次 个次 宗次 份次 期 口 眼 根 段 间 栋 幢 块 片 重量箱 标准台 "
              "枚 笔 列 单 具 双 对 户次 乘次 册次 床日 大类"),
)
# Units written as one word with a "/" that the rules search for as a whole (微克/立方米 after 32).
SEARCHED_COMPOUND_UNITS = ("微克/立方米", "毫克/升", "mg/L", "μg/m³", "吨/日", "吨/年", "吨/天", "t/a")


def _index(units: tuple[Unit, ...]) -> dict[str, Unit]:
    index: dict[str, Unit] = {}
    for unit in units:
        for spelling in unit.spellings:
            if index.setdefault(spelling, unit) is not unit:
                raise ValueError(f"{spelling!r} spells both {index[spelling].symbol} and {unit.symbol}")
    return index


UNIT_OF_SPELLING = _index(UNITS)  # ASCII spellings; the normalizer folds full width first
UNIT_OF_SYMBOL = {unit.symbol: unit for unit in UNITS if unit.symbol}


def unit_spellings() -> set[str]:
    """Every unit spelling, in both widths."""
    return {form for unit in UNITS for spelling in unit.spellings for form in width_forms(spelling)}


def searched_unit_spellings() -> list[str]:
    """Every unit spelling the rules search for after a number, in both widths, the longest first."""
    words = [word for unit in UNITS for word in unit.searched.split()] + list(SEARCHED_COMPOUND_UNITS)
    return sorted({form for word in words for form in width_forms(word)}, key=len, reverse=True)


# --- approximation qualifiers --------------------------------------------------------------------
# Before a value: word → approximation; None marks words that end like a qualifier but are not one (最近).
QUALIFIERS_BEFORE: dict[str, Approximation | None] = {
    "约": "about", "大约": "about", "大概": "about",
    "超": "over", "超过": "over", "逾": "over", "突破": "over", "高于": "over",
    "近": "under", "将近": "under", "接近": "under", "不到": "under", "不足": "under", "低于": "under",
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least",
    "不超过": "at_most", "不高于": "at_most", "最多": "at_most", "至多": "at_most",
    "最近": None, "附近": None, "临近": None,
}  # fmt: skip
# After a value (service/normalize/values.py says why 以上 is "at_least").
QUALIFIERS_AFTER: dict[str, Approximation] = {
    "多": "over", "余": "over", "以上": "at_least", "以下": "at_most", "以内": "at_most",
    "左右": "about", "上下": "about",
}  # fmt: skip
# After a unit ("%以上", "家左右"), only words that cannot start another word count: 多/余/上下 can (多功能, 上下游).
QUALIFIERS_AFTER_UNIT = ("以上", "以下", "以内", "左右")

# --- kind and target cues (the rule baseline's) --------------------------------------------------
CHANGE_CUES = ("同比", "比上年", "较上年", "较去年", "增长", "下降", "提高", "降低", "改善", "减少", "增加", "上升", "高于", "低于")
# Verbs that set the values after them in their sentence as goals or forecasts, through coordinated clauses
# (力争完成交通投资800亿元，新开工项目50个). Not 争取 (争取中央资金50亿元 is money obtained) nor 计划 (完成年度计划).
TARGET_VERBS = ("力争", "确保", "预计", "预期", "拟")
# a goal verb that also estimates a result not yet counted (decision 25: 预计完成84亿元 of the year just ended)
ESTIMATE_VERBS = ("预计",)
# words holding a target verb that set no goal (人均预期寿命, 好于预期, 稳预期, 模拟, 拟定)
NOT_TARGET_WORDS = ("预期寿命", "预期目标", "超预期", "于预期", "稳预期", "合预期", "市场预期", "社会预期", "预期管理",
                    "模拟", "虚拟", "比拟", "拟定", "拟稿", "拟上市")
TARGET_CUES = ("目标", "计划", "要求", *TARGET_VERBS)
# A clause saying its value is already reached is a result, whatever goal its sentence set before it
# (明确今年减排任务是…，目前已有xx%的减排工程投入运行)
DONE_MARKERS = ("已",)
# A text that says nothing of when it speaks (an excerpt with no title, date or year) plans when its words of intent
# outnumber its words of things done, and a review when these outnumber those (service.structure.passage_role); 要 as part
# of 主要, 要求 … is no intent.
INTENT_WORDS = ("要", "力争", "确保", "争取", "预期", "将", "计划", "今年", "明年")
NOT_INTENT_WORDS = ("主要", "重要", "需要", "必要", "只要", "要求", "要素", "要点", "要害")
DONE_WORDS = ("了", "已", "累计", "比上年", "较上年", "同比", "过去", "以来", "年来")
# A goal noun with its copula (减排任务是…, 主要预期目标是：): the values after it in its sentence are goals, and
# with a colon after it, those in the rest of its paragraph (the list it opens).
GOAL_LISTS = ("目标是", "任务是")
# A comparison base (比2000年, 较上年, 与2000年相比) is no TIME and never the period (ANNOTATION.md's baseline rule,
# decision 44): the word before it, or a word before it and one after it in its clause.
COMPARISON_BEFORE = ("比", "较")
COMPARISON_WITH = ("与", "同", "和", "跟")
COMPARISON_AFTER = ("相比", "比较", "对比")
# Flattened tables (service/flat_tables.py): header cells that name the unit column, those that name it or the label
# column, those that name a value column, and words that make a value column a change (比上年增长（%）).
TABLE_UNIT_HEADERS = ("单位", "计量单位")
TABLE_LABEL_HEADERS = ("指标", "指标名称", "产品名称", "名称", "项目", "类别", "年份", *TABLE_UNIT_HEADERS)
TABLE_VALUE_HEADERS = ("产量", "指数", "绝对数", "绝对值", "数量", "比重", "金额", "数值", "总量")
TABLE_CHANGE_HEADERS = ("比上年", "同比", "增长", "增减", "增速", "涨跌")
# Identifiers are no values (ANNOTATION.md): the prefixes of standard codes (GB 18597, GB/T 16157, HJ 348—2007,
# DB11/ 1234-2015), and the words after a clause number or after 第 and a number that name a part or an issue of a
# text (第5章, 第28号, 第1版, 第13届, 第8.6代), not a rank (全省排名第1) nor a count (出台政策10条: an integer needs its 第); a clause
# number's part words (6.3 条, 5.2款), not a count's (人均图书藏量1.02册).
STANDARD_CODE_PREFIXES = ("GB", "GBZ", "GBJ", "HJ", "DB", "CJJ", "CJ", "JGJ", "JJF", "JJG", "NY", "SL", "HG", "JB", "QB",
                          "YY", "WS", "LY", "ISO", "IEC")
# A standard's title (HJ 1134—2020 …污染控制技术规范) after its code: a text of requirements, which describes no period
STANDARD_TITLE_WORDS = ("标准", "规范", "规程", "导则")
CLAUSE_WORDS = ("条", "款", "章")  # not 节 after a decimal: 航速18.5节 is knots
PART_WORDS = (*CLAUSE_WORDS, "节", "号", "版", "卷", "册", "篇", "届", "代")
# What a number names, not counts (ANNOTATION.md: digits that are part of a name): 地铁13号线, 三号机组, 1号楼.
NUMBERED_NAME_WORDS = ("号线", "号机组", "号楼", "号院", "号文件")
# Set words with a numeral in them that count nothing (之一: one of; 一批: some; 四舍五入: rounding); the gold has
# none of them as a VAL
NUMBER_IDIOMS = ("之一", "一批", "一大批", "一系列", "一揽子", "一体化", "一带一路", "一方面", "一站式", "一把手", "一线",
                 "三农", "四舍五入", "一网通办", "一件事")
# Words of a web page's footer, whose numbers are a licence's, an address's or a screen's (闽ICP备05025399号-4,
# 小学路158号, 建议分辨率1024X768)
PAGE_FOOTER_WORDS = ("ICP备", "公网安备", "版权所有", "Copyright", "All Rights Reserved", "网站标识码", "建议分辨率",
                     "技术支持：", "技术支持:", "主办：", "主办:", "承办：", "承办:")
# What opens a report's plan part where no heading says so (an excerpt, or a text whose headings were lost): the
# values after it, to the end of the section holding it, are targets. The year's list of works (今年要着重抓好以下
# 五个方面工作, 新的一年…做好以下) is told from a review of them (一年来，我们重点抓好以下六个方面工作) by the year it names.
PLAN_OPENERS = ("实现上述目标", "工作的总体要求是", "工作总体要求是")
PLAN_LIST_YEARS = ("今年", "明年", "新的一年")
PLAN_LIST_VERBS = ("抓好以下", "做好以下")
# A value with one of these in its clause describes a whole span of years (累计建成, 年均增长), not its last year:
# totals, averages and streaks, and the counts of what was done in the span (新增就业, 建成学校, 实施项目).
SPAN_CUES = ("累计", "共计", "总计", "合计", "年均", "平均", "连续", "保持",
             "新增", "净增", "新建", "建成", "创建", "打造", "实施", "开展", "举办", "承办", "培育", "引进", "设立",
             "完成", "改造", "修复", "淘汰", "转移", "加固", "补充", "惠及", "开行", "认定")
# A result over several years that a clause says was reached, stands at or ranks is the level at their end
# (besides the TO_VERBS: 提高到, 增加到 …); without one, or with a SPAN_CUE, it is what was done in them.
LEVEL_CUES = ("达到", "达", "突破", "超过", "超", "逾", "接近", "为", "居", "位居", "排名", "排第", "列第", "占", "拥有", "保有",
              "覆盖", "总量", "余额", "规模", "水平")
# words holding a level cue that say nothing of a level (五年安排财政资金, 作为试点, 共为企业减负, 居民)
NOT_LEVEL_WORDS = ("安排", "作为", "共为", "成为", "认为", "为民", "居民", "超市", "超额")
# 甲和乙分别增长5%和6%: the word that pairs a list of indicators with a list of values in order (decisions 13, 75).
RESPECTIVELY = "分别"
LIST_JOINERS = ("、", "和", "及", "与")  # between the items of such a list, the first one first when one tagged span holds several
# 从/由 X 提高到 Y: the verbs that take a value to another (X is where it started, the end of the period before).
FROM_MARKERS = ("从", "由")
TO_VERBS = tuple(verb + to for verb in ("增长", "提高", "提升", "增加", "上升", "下降", "降低", "减少", "缩小", "扩大", "拓展",
                                         "增", "升", "降", "缩", "减") for to in "到至")
# Heading words saying a section reviews or plans; where a heading has both (主要任务完成情况), the last one says.
REVIEW_HEADING_WORDS = ("回顾", "总结", "成绩", "成效", "进展", "完成情况", "执行情况", "工作情况", "进展情况")
PLAN_HEADING_WORDS = ("目标", "任务", "安排", "计划", "打算", "思路", "要求", "部署", "展望")
# A plan word says what its section does only as the head of the heading's noun phrase, of one of its coordinated
# parts (2025年工作回顾和2026年工作安排) or of a plan's outline (第一个五年计划概要): at the heading's end or before
# one of these. Elsewhere it is part of a task's wording (以…为目标，加快…; 保证1981年计划的完成; 统筹安排生产建设).
# A review word says it anywhere (项目带动成效显著, 取得新进展).
HEADING_PART_ENDS = ("和", "与", "及", "、", "（", "(", "概要", "纲要", "草案")
# Verbs before a heading word in its clause that make it a task's object or a goal, not what the section does
# (聚力落实国家重大战略任务, 圆满完成…服务保障任务, 贯彻落实党中央决策部署, 确保民生工作取得新成绩).
HEADING_TASK_VERBS = ("落实", "完成", "实现", "对标", "认识", "适应", "处理", "确保", "力争")

# --- relative times ------------------------------------------------------------------------------
# Which of a document's years a relative word counts from: its date's, the reviewed period's, the planned one's.
YearAnchor = Literal["date", "reviewed", "planned"]
# Words naming whole years: (anchor, first, last), the years as offsets from the anchor's year
# (service/normalize/times.py says why 当年 is the reviewed year).
RELATIVE_YEARS: dict[str, tuple[YearAnchor, int, int]] = {
    "今年": ("date", 0, 0),
    "本年": ("date", 0, 0),
    "去年": ("date", -1, -1),
    "上年": ("date", -1, -1),
    "前年": ("date", -2, -2),
    "明年": ("date", 1, 1),
    "今明两年": ("date", 0, 1),
    "当年": ("reviewed", 0, 0),
}
# Before a count of years (过去五年, 未来五年): looking back ends with the reviewed year, looking
# ahead starts with the planned year. A count with 来 and no direction (五年来) looks back.
ROLLING_DIRECTIONS: dict[str, YearAnchor] = {
    "过去的": "reviewed",
    "过去": "reviewed",
    "最近": "reviewed",
    "近": "reviewed",
    "这": "reviewed",
    "未来": "planned",
    "今后": "planned",
}
NOW = frozenset({"目前", "当前", "现在", "今", "迄今", "目前为止", "现阶段"})  # 至今 is 至 + 今
# The relative times the rules search for as they stand (dates and months they find by pattern).
SEARCHED_RELATIVE_TIMES = ("今年以来", "今年", "去年", "明年", "全年", "上半年", "下半年", "前三季度",
                           "第一季度", "第二季度", "第三季度", "第四季度", "目前", "当前", "近年来")
