"""The review page (GET /) and the API documentation (/docs, /redoc) in a real headless Chromium, driven by
Selenium, against a real uvicorn server of the shipped model. Every host but loopback fails to resolve in
this browser, so a page that needs a CDN breaks here as it would on a machine without a network.

Chromium and its driver are Debian's ``chromium`` and ``chromium-driver``, which ``make test`` installs
(``make browser``); without them these tests fail, they do not skip. A screenshot of the page is left in
test-artifacts/review-page.png."""

import base64
import csv
import io
import json
import shutil
import time
from pathlib import Path

import httpx
import openpyxl
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from sample_files import pdf_bytes
from service.frames import COLUMNS, measurement_rows

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
SEED = ROOT / "seeds" / "004_68a3d04b2fc60ef8.txt"
EXTRACTION_SECONDS = 300

# What the page shows for the API's values (service/page/review.js)
KIND_NAMES = {"level": "水平", "change": "变化", "rank": "排名"}
SOURCE_NAMES = {"sentence": "句中时间", "paragraph": "段落时间", "section": "章节标题", "report": "报告期", "document": "文件日期"}
APPROX_NAMES = {"about": "约", "over": "超过", "under": "不到", "at_least": "不少于", "at_most": "不超过"}


@pytest.fixture(scope="module")
def browser():
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, "Debian's chromium and chromium-driver are missing: `make browser` (as root) installs them"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
                     "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(argument)
    browser = webdriver.Chrome(options=options, service=Service(driver))
    yield browser
    browser.quit()


def post(url: str, **request) -> dict:
    response = httpx.post(url, timeout=EXTRACTION_SECONDS, **request)
    assert response.status_code == 200, response.text
    return response.json()


def state(browser) -> str:
    return browser.execute_script("return document.body.dataset.state")


def open_page(browser, server: str, downloads: Path | None = None):
    browser.get(f"{server}/")
    WebDriverWait(browser, 30).until(lambda b: state(b) in ("ready", "error"))
    assert state(browser) == "ready", browser.find_element(By.ID, "error").text
    if downloads:
        browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    # the longest task the page runs from here on, which is what keeps it from answering input
    browser.execute_script("window.longestTask = 0; new PerformanceObserver((list) => list.getEntries().forEach("
                           "(e) => { window.longestTask = Math.max(window.longestTask, e.duration); })).observe({type: 'longtask'});")


def wait_for_results(browser):
    WebDriverWait(browser, EXTRACTION_SECONDS, poll_frequency=0.2).until(lambda b: state(b) in ("done", "error"))
    assert state(browser) == "done", browser.find_element(By.ID, "error").text


def paste_and_extract(browser, text: str):
    browser.execute_script("document.getElementById('text').value = arguments[0]", text)
    browser.find_element(By.XPATH, "//button[normalize-space()='提取']").click()


def fmt(number: float | None) -> str:
    return "" if number is None else f"{number:,.6f}".rstrip("0").rstrip(".")


def number_text(value: dict) -> str:
    if value["masked"]:
        return "（隐去）"
    approx = f"{APPROX_NAMES[value['approx']]} " if value["approx"] else ""
    if value["number"] is not None:
        return approx + fmt(value["number"])
    if value["low"] is not None or value["high"] is not None:
        return f"{approx}{fmt(value['low'])}–{fmt(value['high'])}"
    return ""


def expected_row(m: dict, text: str) -> list[str]:
    """The table's cells for a measurement: id, indicator, value, number, unit, canonical unit, period, kind,
    target, confidence, sentence."""
    time_ = m["time"]
    return [m["id"], (m["indicator"] or {}).get("text", ""), m["value"]["text"], number_text(m["value"]),
            (m["unit"] or {}).get("text", ""), (m["unit"] or {}).get("canonical", ""),
            f"{time_['period_start'] or '?'} – {time_['period_end'] or '?'}" if time_ else "",
            KIND_NAMES[m["kind"]], "目标" if m["target"] else "实际", f"{m['confidence']:.4f}",
            text[m["sentence"]["start"]:m["sentence"]["end"]]]


def shown_marks(browser) -> list[list]:
    return browser.execute_script(
        "return [...document.querySelectorAll('#document mark.ent')].map("
        "(m) => [m.dataset.label, Number(m.dataset.start), Number(m.dataset.end), m.textContent])")


def shown_rows(browser, visible_only: bool = False) -> list[list[str]]:
    return browser.execute_script(
        "return [...document.querySelectorAll('#measurements tbody tr')].filter((r) => !arguments[0] || !r.hidden)"
        ".map((r) => [...r.cells].map((c) => c.textContent))", visible_only)


def downloaded(folder: Path, name: str) -> bytes:
    path = folder / name
    deadline = time.time() + 30
    while not path.exists() or list(folder.glob("*.crdownload")):
        assert time.time() < deadline, f"{name} was not downloaded: {sorted(p.name for p in folder.iterdir())}"
        time.sleep(0.1)
    return path.read_bytes()


def test_a_pasted_seed_is_shown_as_the_api_extracts_it(server, browser, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    expected = post(f"{server}/extract", json={"text": text})
    measurements = expected["measurements"]
    open_page(browser, server, downloads=tmp_path)
    paste_and_extract(browser, text)
    assert state(browser) in ("extracting", "rendering", "done")
    assert browser.find_element(By.ID, "progress").is_displayed()
    wait_for_results(browser)

    # the document as posted, every span the API found highlighted where it found it, with its label
    assert browser.find_element(By.ID, "document").get_attribute("textContent") == text
    assert shown_marks(browser) == [[e["label"], e["start"], e["end"], e["text"]] for e in expected["entities"]]
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#legend mark")] == [
        "指标 IND", "数值 VAL", "单位 UNIT", "时间 TIME"]
    # a row per measurement, in the API's order
    assert shown_rows(browser) == [expected_row(m, text) for m in measurements]

    # hovering a value shows its measurement, its period and the rule that decided it, and marks its spans
    m = next(m for m in measurements if m["time"] and m["time"]["source"] == "paragraph" and m["indicator"] and m["unit"])
    [mark] = [mark for mark in browser.find_elements(By.CSS_SELECTOR, "#document mark.measured")
              if int(mark.get_attribute("data-start")) == m["value"]["start"]]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", mark)
    ActionChains(browser).move_to_element(mark).perform()
    card = WebDriverWait(browser, 5).until(lambda b: b.find_element(By.CSS_SELECTOR, f"#detail .measurement[data-id='{m['id']}']"))
    assert card.find_element(By.CSS_SELECTOR, ".period").text.startswith(f"{m['time']['period_start']} – {m['time']['period_end']}")
    assert card.find_element(By.CSS_SELECTOR, ".source").text.startswith(f"{SOURCE_NAMES['paragraph']} paragraph：“{m['time']['text']}”")
    linked = browser.execute_script("return [...document.querySelectorAll('#document mark.linked')].map((m) => Number(m.dataset.start))")
    assert set(linked) == {m["indicator"]["start"], m["unit"]["start"], m["time"]["start"]}
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-page.png"))

    # clicking a row far down scrolls the document to its sentence and highlights it
    last = measurements[-1]
    row = browser.find_element(By.CSS_SELECTOR, f"#measurements tr[data-id='{last['id']}']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.click()
    highlighted, inside = browser.execute_script("""
        const range = [...CSS.highlights.get('sentence')][0];
        const box = range.getBoundingClientRect(), pane = document.getElementById('document').getBoundingClientRect();
        return [range.toString(), box.top >= pane.top && box.bottom <= pane.bottom];""")
    assert highlighted == text[last["sentence"]["start"]:last["sentence"]["end"]] and inside

    # filters and sorting: the changes, by confidence, then the other way
    Select(browser.find_element(By.ID, "filter-kind")).select_by_value("change")
    changes = [m for m in measurements if m["kind"] == "change"]
    WebDriverWait(browser, 5).until(lambda b: len(shown_rows(b, visible_only=True)) == len(changes))
    browser.find_element(By.CSS_SELECTOR, "th[data-key='confidence']").click()
    assert [r[0] for r in shown_rows(browser, visible_only=True)] == [m["id"] for m in sorted(changes, key=lambda m: m["confidence"])]
    browser.find_element(By.CSS_SELECTOR, "th[data-key='confidence']").click()
    assert [r[0] for r in shown_rows(browser, visible_only=True)] == [m["id"] for m in sorted(changes, key=lambda m: -m["confidence"])]
    assert browser.find_element(By.ID, "shown").text == f"显示 {len(changes)} / {len(measurements)} 条"

    # downloads: the measurements table as CSV (UTF-8 with a BOM, for Excel) and XLSX, the response and its text as JSON
    table = measurement_rows({**expected, "text": text})
    assert table[0]["sentence_text"] == text[measurements[0]["sentence"]["start"]:measurements[0]["sentence"]["end"]]
    for format in ("csv", "xlsx", "json"):
        browser.find_element(By.ID, f"download-{format}").click()
    data = downloaded(tmp_path, "zhibiao.csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")))) == [
        {column: "" if value is None else str(value) for column, value in row.items()} for row in table]
    sheet = openpyxl.load_workbook(io.BytesIO(downloaded(tmp_path, "zhibiao.xlsx")), read_only=True).active
    assert [list(row) for row in sheet.values] == [COLUMNS] + [  # an empty text is an empty cell
        [None if row[c] == "" else row[c] for c in COLUMNS] for row in table]
    assert json.loads(downloaded(tmp_path, "zhibiao.json")) == {**expected, "text": text}


def test_a_dropped_pdf_is_read_by_the_service_and_shown(server, browser):
    """What a person does with a report they have as a PDF: drop it on the page."""
    data = pdf_bytes(["一、大气环境", "2024年，全市PM2.5平均浓度为32.2微克/立方米，同比改善13.6%。"])
    expected = post(f"{server}/extract/file", files={"file": ("report.pdf", data)}, data={"doc_id": "report"})
    open_page(browser, server)
    browser.execute_script("""
        const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
        const files = new DataTransfer();
        files.items.add(new File([bytes], 'report.pdf', {type: 'application/pdf'}));
        document.getElementById('input').dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));
        """, base64.b64encode(data).decode())
    wait_for_results(browser)
    assert browser.find_element(By.ID, "doc-title").text == "report"
    assert browser.find_element(By.ID, "document").get_attribute("textContent") == expected["text"]
    assert shown_marks(browser) == [[e["label"], e["start"], e["end"], e["text"]] for e in expected["entities"]]
    assert shown_rows(browser) == [expected_row(m, expected["text"]) for m in expected["measurements"]]
    assert 32.2 in [m["value"]["number"] for m in expected["measurements"]]


def test_a_refused_file_says_why(server, browser, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(pdf_bytes([None]))
    open_page(browser, server)
    browser.find_element(By.ID, "file").send_keys(str(scan))
    WebDriverWait(browser, 60).until(lambda b: state(b) == "error")
    assert "OCR" in browser.find_element(By.ID, "error").text


def test_a_one_megabyte_report_stays_responsive(server, browser):
    """About 1 MB of UTF-8 (the seeds over and over): the browser never goes half a second without answering
    input while it draws the report, and a hover, a filter, a sort or a row's click is on screen within a second."""
    seeds = "".join(p.read_text(encoding="utf-8") + "\n\n" for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = (seeds * (1_000_000 // len(seeds.encode()) + 1)).encode()[:1_000_000].decode("utf-8", "ignore")
    open_page(browser, server)
    paste_and_extract(browser, text)
    wait_for_results(browser)
    assert browser.execute_script("return window.longestTask") < 500
    assert browser.execute_script("return document.querySelectorAll('#measurements tbody tr').length") > 5000

    def on_screen_after(action: str) -> float:
        """Milliseconds from the action until the frame that shows its effect has been painted."""
        return browser.execute_async_script(f"""
            const done = arguments[arguments.length - 1], started = performance.now();
            (async () => {{ {action} }})().then(() => requestAnimationFrame(() => setTimeout(() => done(performance.now() - started))),
                                            (error) => done(String(error)));""")

    hover = "document.querySelectorAll('#document mark.measured')[4000].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))"
    # the filter waits for the typing to pause (120 ms) before it applies
    search = ("const f = document.getElementById('filter-text'); f.value = '浓度'; f.dispatchEvent(new Event('input'));"
              "await new Promise((r) => setTimeout(r, 150));")
    sort = "document.querySelector(\"th[data-key='indicator']\").click()"
    row = "[...document.querySelectorAll('#measurements tbody tr')].filter((row) => !row.hidden).at(-1).click()"
    timings = {name: on_screen_after(action) for name, action in [("hover", hover), ("search", search), ("sort", sort), ("row", row)]}
    assert all(isinstance(milliseconds, (int, float)) and milliseconds < 1000 for milliseconds in timings.values()), timings
    assert browser.find_element(By.ID, "shown").text != ""


@pytest.mark.parametrize("path, rendered", [
    ("/docs", "return document.querySelectorAll('.swagger-ui .opblock').length"),
    ("/redoc", "return document.querySelectorAll('[data-section-id^=\"operation/\"]').length"),
])
def test_the_api_documentation_renders_offline(server, browser, path, rendered):
    browser.get(f"{server}{path}")
    WebDriverWait(browser, 30).until(lambda b: b.execute_script(rendered) >= 6)
    assert "zhibiao" in browser.find_element(By.TAG_NAME, "body").text
    assert "/extract/file" in browser.find_element(By.TAG_NAME, "body").text
    resources = browser.execute_script("return performance.getEntriesByType('resource').map((r) => r.name)")
    assert any(url.startswith(server) for url in resources)
    # all but ReDoc's credit in its sidebar, whose logo comes from Redocly and is left out when it cannot load
    assert [url for url in resources if not url.startswith(server)] in ([], ["https://cdn.redoc.ly/redoc/logo-mini.svg"])
