"""The prepared document: built once per posted text, read by every stage (tagging, rules,
normalizer, training, evaluation).

Every stage reads ``canonical``: the text as a clean modern report would write it, which is what
the model was trained on. Archives rarely look like that; the canonical view undoes, in order:

1. markup: HTML is parsed by a real parser (script, style and comments dropped, entities decoded,
   block tags become line breaks); page chrome lines (下载, 打印, 【字号】) are blanked;
2. character forms: full-width digits and letters (２００７年, ８７．３％) become half-width, odd
   dashes and tildes one dash, non-breaking and thin spaces plain spaces;
3. PDF layout: the spaces PDF extraction leaves around numbers and between Chinese characters
   (增长 5.4%, 2024 年, 生 态 环 境 部) are removed, and line breaks inside a hard-wrapped paragraph
   are joined, so that a line break ends a sentence only where the layout says so (a short line
   that stops before the margin, a heading or list item, a table cell).

Characters are only replaced one for one, dropped, or (a line break for a block tag) inserted, so
each canonical character knows the stretch of posted text it came from: ``posted`` maps any
canonical span back, and every offset zhibiao returns points into the text exactly as posted.
The document's sections (``service.structure``) are found on the canonical view, once.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from service.spans import Span, Tagging
from service.identifiers import identifier_ranges
from service.structure import Section, find_sections
from service.text import blank_noise, sentences

# --- 1. markup ---------------------------------------------------------------------------------
# A text is parsed as HTML only when it holds real tags: a stray "<" in prose must not eat the text.
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype|html|head|body|div|p|br|span|table|tr|td|th|li|ul|ol|h[1-6]|script|style|font|a|b|strong|meta|title|center|section|article)\b",
    re.IGNORECASE)
_DROPPED_ELEMENTS = frozenset({"script", "style", "noscript", "template", "head"})
_LINE_ELEMENTS = frozenset({
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section",
    "article", "header", "footer", "blockquote", "pre", "hr", "dt", "dd", "dl", "center", "caption", "thead", "tbody"})
_CELL_ELEMENTS = frozenset({"td", "th"})
_IMPLICITLY_CLOSED = frozenset({"p", "li", "dt", "dd"})  # a new one closes the open one
_ENTITY_END = re.compile(r"&#?\w*;?")

# --- 2. character forms ------------------------------------------------------------------------
# Chinese punctuation (，；：（）！) stays: it is what clean reports use, and what the model read.
_FOLD = {chr(c): chr(c - 0xFEE0) for c in range(0xFF10, 0xFF1A)}            # ０-９
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF21, 0xFF3B)})      # Ａ-Ｚ
_FOLD.update({chr(c): chr(c - 0xFEE0) for c in range(0xFF41, 0xFF5B)})      # ａ-ｚ
_FOLD.update({"％": "%", "．": ".", "／": "/", "＋": "+", "＝": "=", "＜": "<", "＞": ">", "～": "~", "〜": "~",
              "－": "-", "‐": "-", "‑": "-", "‒": "-", "–": "-", "―": "—", "○": "〇", "\u00a0": " ", "\u2002": " ",
              "\u2003": " ", "\u2009": " ", "\u200a": " ", "\u202f": " "})
_FULL_WIDTH_DIGITS = frozenset("０１２３４５６７８９")
_RANGE_MARKS = frozenset("-~—至到")
# marks a PDF spaces off from the digits beside them: ASCII, the full-width comma and colon of thousands
# separators and ratios (1，497，616, 1.68∶1), footnote brackets ([2]) and index bases (上年=100)
_NUMBER_PUNCTUATION = frozenset(",.;:()/+×，：∶=[]")
# a tilde between two numbers is a range, written like the dash ranges the model knows (6%~6.5% → 6%-6.5%)
_RANGE_TILDE = re.compile(r"(?<=[\d%‰])~(?=\d)")

# --- 3. PDF layout -----------------------------------------------------------------------------
# a line that starts a heading, a list item, a table or figure caption, or a page footer
_BLOCK_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、](?!\d)|第[一二三四五六七八九十\d]+[章节条部分]"
    r"|[表图]\s*\d|[#＃*•·●■◆□]|[a-z][)）]|—)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[—\-–]?\s*\d{1,4}\s*[—\-–]?|[—\-–]+)\s*$")  # "— 1 —", split as "—" / "1—"
_CONTINUES = frozenset("，、（“《")  # a line ending so never ends its sentence
# pollutant names a PDF's subscript splits from their digits (PM 2.5, SO 2): the digits belong to the name
_NAMES_WITH_DIGITS = frozenset({"PM", "SO", "NO", "CO", "O", "NH", "CH", "N"})
_WRAP_MIN_LINES = 8         # fewer lines than this are no layout to learn from
_WRAP_MAX_WIDTH = 160       # display columns; a paragraph-per-line text has far longer lines
_WRAP_FULL_SHARE = 0.3      # share of the lines that must reach the margin for the text to be wrapped
_WRAP_MARGIN = 0.85         # a line at least this share of the typical full width reached the margin


@dataclass(frozen=True)
class Doc:
    """A posted text and its canonical view. ``sentences`` are canonical ranges; ``posted`` and
    ``canonical_range`` map ranges between the two."""

    text: str
    canonical: str
    sentences: list[tuple[int, int]]
    ignored_chars: int  # markup and page-chrome characters of the posted text no stage reads
    sections: list[Section] = field(default_factory=list)  # in text order, canonical offsets
    identifiers: list[tuple[int, int]] = field(default_factory=list)  # numbers that identify (service/identifiers.py)
    # posted [start, end) of each canonical character; None when the canonical view is the text itself
    _starts: list[int] | None = field(default=None, repr=False)
    _ends: list[int] | None = field(default=None, repr=False)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def posted(self, start: int, end: int) -> tuple[int, int]:
        """The posted range of the canonical range [start, end); an empty range stays empty."""
        if self._starts is None:
            return start, end
        if end <= start:
            at = self._starts[start] if start < len(self._starts) else len(self.text)
            return at, at
        return self._starts[start], self._ends[end - 1]

    def canonical_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The canonical range covering the posted range [start, end) (for gold spans); None if
        every character of it was dropped (markup)."""
        if self._starts is None:
            return start, end
        first = bisect_left(self._ends, start + 1)
        last = bisect_right(self._starts, end - 1)
        return (first, last) if first < last else None

    def sections_around(self, offset: int) -> list[Section]:
        """The sections holding a canonical offset, the innermost first."""
        return [s for s in reversed(self.sections) if s.start <= offset < s.end]

    def posted_span(self, span: Span) -> Span:
        return replace(span, start=(p := self.posted(span.start, span.end))[0], end=p[1])

    def posted_tagging(self, tagging: Tagging) -> Tagging:
        """A tagging of ``canonical`` with every offset moved onto the posted text."""
        return tagging if self._starts is None else tagging.moved(self.posted_span, self.posted)


def prepare(text: str) -> Doc:
    """Build the canonical view of a posted text (see the module docstring)."""
    if _LOOKS_LIKE_HTML.search(text):
        chars, starts, ends = _parse_html(text)
        dropped = len(text) - sum(e - s for s, e in zip(starts, ends))
    else:
        chars, starts, ends = list(text), list(range(len(text))), list(range(1, len(text) + 1))
        dropped = 0
    joined = "".join(chars)
    clean = blank_noise(joined)  # page chrome, and stray tags or entities in a text that is not HTML
    ignored = dropped + sum(1 for a, b in zip(joined, clean) if a != b)
    chars = list(clean)
    _fold(chars)
    for layout_step in (_drop_carriage_returns, _drop_layout_spaces, _join_wrapped_lines):  # widths are measured without the spaces
        keep = layout_step(chars)
        if len(keep) < len(chars):
            kept = sorted(keep)
            chars, starts, ends = [chars[i] for i in kept], [starts[i] for i in kept], [ends[i] for i in kept]
    _group_thousands(chars, text, starts)
    for match in _RANGE_TILDE.finditer("".join(chars)):
        chars[match.start()] = "-"
    canonical = "".join(chars)
    same_offsets = len(starts) == len(text) and dropped == 0
    return Doc(text=text, canonical=canonical, sentences=sentences(canonical), ignored_chars=ignored,
               sections=find_sections(canonical), identifiers=identifier_ranges(canonical),
               _starts=None if same_offsets else starts, _ends=None if same_offsets else ends)


class _TextCollector(HTMLParser):
    """The text of an HTML page, each character with the posted range it came from."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.dropped_depth = 0
        self.cursor = 0  # the posted text before this is read
        self.open_blocks: list[tuple[str, int]] = []  # line elements open now, with the text length at their start
        self.open_count: dict[str, int] = {}  # how many of each are open
        self.break_at = -1  # the text length when a <br> last broke the line

    def _position(self, expected: str) -> int:
        """Where the parser stands, checked against what it reports there: on broken markup (an
        unclosed "<" flushed at the end) its position can lag, and then the text is looked up."""
        line, column = self.getpos()
        position = self.line_starts[line - 1] + column
        if position < self.cursor or not self.text.startswith(expected, position):
            position = self.text.find(expected, self.cursor)
        return position

    def _emit(self, chars: str, start: int, end: int) -> None:
        for char in chars:
            self.chars.append(char)
            self.starts.append(start)
            self.ends.append(end)

    def handle_starttag(self, tag, attrs):
        if tag in _DROPPED_ELEMENTS:
            self.dropped_depth += 1
        if tag in _IMPLICITLY_CLOSED and self.open_count.get(tag):  # <p>…<p>: the first one closes, as HTML reads it
            self._close_block(tag)
        self._break(tag)
        if tag in _LINE_ELEMENTS and tag != "br":
            self.open_blocks.append((tag, len(self.chars)))
            self.open_count[tag] = self.open_count.get(tag, 0) + 1

    def handle_startendtag(self, tag, attrs):
        self._break(tag)

    def handle_endtag(self, tag):
        if tag in _DROPPED_ELEMENTS and self.dropped_depth:
            self.dropped_depth -= 1
        self._break(tag, blank=self._close_block(tag) if self.open_count.get(tag) else False)

    def _close_block(self, tag: str) -> bool:
        """Close the innermost open ``tag`` (and what it holds open); whether it held no text."""
        while True:
            open_tag, length = self.open_blocks.pop()
            self.open_count[open_tag] -= 1
            if open_tag == tag:
                return length == len(self.chars)

    def _break(self, tag: str, blank: bool = False) -> None:
        """A line element ends the line; an empty one (<p></p>) or a second <br> in a row adds a blank
        line, as the text of the same page has between its paragraphs."""
        separator = "\n" if tag in _LINE_ELEMENTS else "\t" if tag in _CELL_ELEMENTS else ""
        if not separator or self.dropped_depth:
            return
        at_line_start = bool(self.chars) and self.chars[-1] == "\n"
        blank = blank or (tag == "br" and self.break_at == len(self.chars))
        if not at_line_start or blank:
            at = max(self.cursor, self._position("<"))
            self._emit(separator, at, at)
        if tag == "br":
            self.break_at = len(self.chars)

    def handle_data(self, data):
        if self.dropped_depth:
            return
        start = self._position(data)
        if start < 0:
            return
        self.cursor = start + len(data)
        skip = 0  # the page's own line breaks next to a block's add nothing
        while self.chars and self.chars[-1] == "\n" and skip < len(data) and data[skip] in "\r\n":
            skip += 1
        for offset in range(skip, len(data)):
            self._emit(data[offset], start + offset, start + offset + 1)

    def _reference(self, decoded: str) -> None:
        if self.dropped_depth:
            return
        start = self._position("&")
        if start < 0:
            return
        end = _ENTITY_END.match(self.text, start).end()
        self.cursor = end
        if decoded:
            self._emit(decoded, start, end)
        else:  # not an entity after all: the characters as written
            for offset in range(start, end):
                self._emit(self.text[offset], offset, offset + 1)

    def handle_entityref(self, name):
        decoded = html.unescape(f"&{name};")
        self._reference("" if decoded == f"&{name};" else decoded)

    def handle_charref(self, name):
        try:
            self._reference(html.unescape(f"&#{name};"))
        except (ValueError, OverflowError):
            self._reference("")


def _parse_html(text: str) -> tuple[list[str], list[int], list[int]]:
    parser = _TextCollector(text)
    parser.feed(text)
    parser.close()
    # broken markup at the very end can make the parser hand back text it already gave: keep the map monotonic
    chars, starts, ends, read_to = [], [], [], 0
    for char, start, end in zip(parser.chars, parser.starts, parser.ends):
        if start >= read_to:
            chars.append(char)
            starts.append(start)
            ends.append(end)
            read_to = end
    return chars, starts, ends


def _fold(chars: list[str]) -> None:
    """Half-width forms in place."""
    for i, char in enumerate(chars):
        folded = _FOLD.get(char)
        if folded is not None:
            chars[i] = folded


def _group_thousands(chars: list[str], text: str, starts: list[int]) -> None:
    """A full-width comma between full-width digits, three after it, groups thousands (１，２３４; also once the
    spaces a PDF left beside it are gone: １ ， ２３４; not a list: ５ ， ６ ， ７)."""
    for i, char in enumerate(chars):
        if char == "，" and 0 < i < len(chars) - 4 and text[starts[i - 1]] in _FULL_WIDTH_DIGITS \
                and all(text[starts[i + k]] in _FULL_WIDTH_DIGITS for k in (1, 2, 3)) \
                and not (i + 4 < len(chars) and text[starts[i + 4]] in _FULL_WIDTH_DIGITS):
            chars[i] = ","


def _is_cjk(char: str) -> bool:
    """A Chinese character or punctuation mark (quotes and dashes as Chinese text sets them)."""
    code = ord(char)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3001 <= code <= 0x303F or 0xFF01 <= code <= 0xFF60
            or char in "“”‘’—…·")


def _drop_carriage_returns(chars: list[str]) -> set[int]:
    """Indices kept: a CR before a LF goes (a lone CR, old Mac text, becomes a LF)."""
    for i, char in enumerate(chars):
        if char == "\r" and (i + 1 == len(chars) or chars[i + 1] != "\n"):
            chars[i] = "\n"
    return {i for i, char in enumerate(chars) if char != "\r"}


def _drop_layout_spaces(chars: list[str]) -> set[int]:
    """Indices kept. A run of spaces goes where PDF extraction put it, not where an author did:
    between a number and a Chinese character (增长 5.4%, 2024 年) or its % (5.4 %), and between
    Chinese characters spaced one by one (生 态 环 境 部); a single space between two Chinese
    words (省长 王清宪, 雄奇山水 新韵重庆) stays."""
    keep = set(range(len(chars)))
    i = 0
    while i < len(chars):
        if chars[i] != " ":
            i += 1
            continue
        j = i
        while j < len(chars) and chars[j] == " ":
            j += 1
        if 0 < i and j < len(chars):
            before, after = chars[i - 1], chars[j]
            numeric_before = (before.isalnum() or before in "%‰") and not _is_cjk(before)
            numeric_after = (after.isalnum() or after in "%‰") and not _is_cjk(after)
            spaced_out = j - i == 1 and ((i >= 2 and chars[i - 2] == " ") or (j + 1 < len(chars) and chars[j + 1] == " "))
            if ((_is_cjk(before) and numeric_after) or (numeric_before and _is_cjk(after))
                    or (before.isdigit() and (after in "%‰" or (after.isascii() and after.isalpha())))
                    or (after.isdigit() and (before in _NUMBER_PUNCTUATION or _letters_before(chars, i) in _NAMES_WITH_DIGITS))
                    or (before.isdigit() and after in _NUMBER_PUNCTUATION) or _in_range(chars, i, j)
                    or _cell_sign(chars, i, j)
                    or (_is_cjk(before) and _is_cjk(after) and spaced_out)):
                keep.difference_update(range(i, j))
        i = j
    return keep


def _cell_sign(chars: list[str], start: int, end: int) -> bool:
    """Spaces after the sign of a number that is a whole line or table cell (- 5.8), not a list item (- 2024年…)."""
    if chars[start - 1] != "-" or not chars[end].isdigit() or (start >= 2 and chars[start - 2] not in "\n\t"):
        return False
    stop = end
    while stop < len(chars) and (chars[stop].isdigit() or chars[stop] in ".,"):
        stop += 1
    return stop == len(chars) or chars[stop] in "\n\t"


def _in_range(chars: list[str], start: int, end: int) -> bool:
    """Spaces beside the dash of a number range (1 - 10月, 5% ~ 6%)."""
    before, after = chars[start - 1], chars[end]
    if before in _RANGE_MARKS and after.isdigit():
        return start >= 2 and (chars[start - 2].isdigit() or chars[start - 2] in "%‰ ")
    return (before.isdigit() or before in "%‰") and after in _RANGE_MARKS


def _letters_before(chars: list[str], end: int) -> str:
    start = end
    while start > 0 and chars[start - 1].isascii() and chars[start - 1].isalpha():
        start -= 1
    return "".join(chars[start:end])


def _width(line: str) -> int:
    return sum(1 if c.isascii() else 2 for c in line.strip())


def _join_wrapped_lines(chars: list[str]) -> set[int]:
    """Indices kept: in a hard-wrapped text, the line break (with page footers and blank lines
    between) after a line that reached the right margin, or that ends in a mark no sentence ends
    with (，、), goes, unless a heading or list item starts below."""
    keep = set(range(len(chars)))
    text = "".join(chars)
    lines = _line_ranges(text)
    content = [(s, e) for s, e in lines if len(text[s:e].strip()) >= 10]
    if len(content) < _WRAP_MIN_LINES:
        return keep
    widths = sorted(_width(text[s:e]) for s, e in content)
    lengths = sorted(len(text[s:e].strip()) for s, e in content)
    wide, long = widths[int(0.9 * (len(widths) - 1))], lengths[int(0.9 * (len(lengths) - 1))]
    if wide > _WRAP_MAX_WIDTH:
        return keep

    def full(s: int, e: int) -> bool:
        line = text[s:e]
        return _width(line) >= _WRAP_MARGIN * wide or len(line.strip()) >= _WRAP_MARGIN * long

    if sum(full(s, e) for s, e in content) < _WRAP_FULL_SHARE * len(content):
        return keep
    for index, (s, e) in enumerate(lines[:-1]):
        line = text[s:e].rstrip()
        # a full line ends at the margin: the paragraph goes on below it even after a 。
        if not line or not (full(s, e) or line[-1] in _CONTINUES):
            continue
        following = index + 1  # skip blank lines and page footers ("— 1 —") inside the sentence
        while following < len(lines) and (not text[slice(*lines[following])].strip()
                                          or _PAGE_NUMBER.match(text[slice(*lines[following])])):
            following += 1
        if following == len(lines):
            continue
        # a list item or heading starts below, unless the line above broke a word or number (PM / 10)
        if _BLOCK_START.match(text[slice(*lines[following])]) and not (line[-1].isascii() and (line[-1].isalnum() or line[-1] == ".")):
            continue
        next_start = lines[following][0]
        while next_start < len(text) and text[next_start] in " \t\u3000":
            next_start += 1
        keep.difference_update(range(s + len(line), next_start))
    return keep


def _line_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break (a CR before it counts as part of the break)."""
    ranges, start = [], 0
    for match in re.finditer(r"\r?\n", text):
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(text)))
    return ranges
