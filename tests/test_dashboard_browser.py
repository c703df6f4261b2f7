"""The dashboard in headless Chromium over a temporary store built from hand-made extraction results.

The store is filled with ``Store.save_article`` and contract-shaped results (``test_dashboard_units.fill``),
so these tests do not depend on how well the extractor reads any text.
"""

from __future__ import annotations

import re
import shutil
import time

import pytest
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.action_chains import ActionChains
from test_dashboard_units import fill
from test_store import event, result

from timeline.dashboard.server import create_app
from timeline.dashboard.table import COLUMNS
from timeline.store import Store

pytestmark = pytest.mark.browser
CELL = "#incident-table .ag-center-cols-container .ag-cell[col-id='{}']"
"""The grid's body cells of one column (AG Grid renders rows as divs)."""

if not shutil.which("chromedriver"):
    pytest.skip("browser tests need chromedriver (Debian: apt-get install -y chromium-driver)", allow_module_level=True)


@pytest.fixture
def dashboard(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    fill(store)
    app = create_app(store, upload_dir=tmp_path / "uploads")
    yield app, store, tmp_path
    store.close()


def open_dashboard(dash_duo, app, query=""):
    dash_duo.start_server(app)
    if query:
        dash_duo.driver.get(dash_duo.server_url + "/" + query)
    dash_duo.wait_for_contains_text("#summary", "حادث" if "lang=ar" in query else "incident", timeout=20)


def test_filtering_narrows_table_and_keeps_state_in_the_url(dash_duo, dashboard):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app)
    dash_duo.wait_for_text_to_equal(
        "#summary",
        "2 incidents, 8 killed and 0 wounded (best estimates), 2 incident reports (one article's account of one incident each)",
        timeout=10,
    )
    dash_duo.select_dcc_dropdown("#f-faction", value="Russia")
    dash_duo.wait_for_text_to_equal(
        "#summary",
        "1 incident, 5 killed and 0 wounded (best estimates), 1 incident report (one article's account of one incident each)",
        timeout=10,
    )
    until(lambda: "faction=russia" in dash_duo.driver.current_url)
    rows = dash_duo.find_elements(CELL.format("place"))
    assert [r.text for r in rows] == ["Badama"]
    dash_duo.driver.get(dash_duo.driver.current_url)  # a bookmarked view opens filtered
    dash_duo.wait_for_text_to_equal(
        "#summary",
        "1 incident, 5 killed and 0 wounded (best estimates), 1 incident report (one article's account of one incident each)",
        timeout=10,
    )


def test_a_link_value_not_understood_is_named_and_a_district_without_incidents_empties_the_view(dash_duo, dashboard):
    """The dropdowns dropped ?faction=xyz and ?admin2=Ariha without a word, and the view widened to every incident."""
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app, "?faction=xyz&admin2=Ariha")
    dash_duo.wait_for_contains_text("#link-note", "“Factions (perpetrators)” 'xyz'", timeout=10)
    dash_duo.wait_for_contains_text("#summary", "0 incidents", timeout=10)
    dash_duo.wait_for_contains_text("#empty-view-note", "without “District” 2 incidents", timeout=10)
    until(lambda: "admin2=Ariha" in dash_duo.driver.current_url and "xyz" not in dash_duo.driver.current_url)


def test_clicking_a_bar_limits_the_table_to_it(dash_duo, dashboard):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app)
    tabs = dash_duo.find_elements("#figure-tab .tab")
    next(tab for tab in tabs if tab.text == "Killed per faction").click()
    until(lambda: len(dash_duo.find_elements("#figure .barlayer .point path")) == 2, timeout=15)
    bars = dash_duo.find_elements("#figure .barlayer .point path")
    # the top bar is the faction with most killed (Russia, 5); plotly takes clicks on its drag layer above the bar
    ActionChains(dash_duo.driver).move_to_element(bars[-1]).click().perform()
    dash_duo.wait_for_contains_text("#selection-note", "Russia", timeout=10)
    until(lambda: [c.text for c in dash_duo.find_elements(CELL.format("place"))] == ["Badama"])
    dash_duo.find_element("#clear-selection").click()
    until(lambda: len(dash_duo.find_elements(CELL.format("place"))) == 2)


def test_a_weekly_bar_stands_over_its_week_and_a_click_on_it_selects_that_week(dash_duo, dashboard):
    """The Russian strike of Thursday 2018-12-20 is in the week of Monday 17 December: its bar is drawn between
    the 17th and the 24th (not centred on the Monday, half of it in the week before), and a click selects it."""
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app, "?faction=russia")
    until(lambda: len(dash_duo.find_elements("#figure .barlayer .point path")) == 1, timeout=15)
    bar = dash_duo.find_elements("#figure .barlayer .point path")[0]
    left, right = dash_duo.driver.execute_script(
        "const g = document.querySelector('#figure .js-plotly-plot'); const x = g._fullLayout.xaxis;"
        "const box = arguments[0].getBBox();"
        "return [x.p2d(box.x), x.p2d(box.x + box.width)];",
        bar,
    )
    assert "2018-12-17" <= left[:10] and right[:10] <= "2018-12-24", (left, right)
    ActionChains(dash_duo.driver).move_to_element(bar).click().perform()
    dash_duo.wait_for_contains_text("#selection-note", "Russia · 2018-12-17", timeout=10)
    until(lambda: [c.text for c in dash_duo.find_elements(CELL.format("place"))] == ["Badama"])


def test_number_cells_group_thousands_as_the_briefing_does(dash_duo, tmp_path):
    """A toll of 1,234 is written "1,234" in the grid, as in the briefing and the detail panel, not "1234"."""
    store = Store(tmp_path / "store.sqlite")
    toll = [{"source": "monitor", "killed": 1234, "wounded": 2.5, "of": "civilians", "evidence": [[0, 10]]}]
    store.save_article(
        "/r/big.txt::big", "h-big", result("big", "Outlet A", [event(claims=toll)]), "text of the report"
    )
    open_dashboard(dash_duo, create_app(store, upload_dir=tmp_path / "uploads"))
    until(lambda: cell_texts(dash_duo, "killed_best") == ["1,234"])
    assert cell_texts(dash_duo, "wounded_best") == ["2.5"]
    store.close()


def until(condition, timeout=10.0):
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.1)


def cell_texts(dash_duo, col: str) -> list[str]:
    """The texts of a grid column's rendered cells, read in the page at once (the grid re-renders its cells
    while it refreshes, so an element found a moment before may be gone when its text is asked for)."""
    selector = CELL.format(col)
    return dash_duo.driver.execute_script(
        f"return [...document.querySelectorAll({selector!r})].map(cell => cell.textContent.trim());"
    )


def open_first_incident(dash_duo, place):
    """Click the first row at `place`, once the grid has rendered it (it fills its rows after the summary)."""

    def cell():
        try:
            return next((c for c in dash_duo.find_elements(CELL.format("place")) if c.text == place), None)
        except StaleElementReferenceException:
            return None

    until(lambda: cell() is not None, timeout=20)
    cell().click()
    dash_duo.wait_for_element("#detail .report-text", timeout=10)


def test_clicking_a_row_opens_the_incident_with_hostile_text_shown_inert(dash_duo, dashboard):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app)
    open_first_incident(dash_duo, "Suran")
    detail = dash_duo.find_element("#detail")
    assert "window.__pwned = 1" in detail.text and 'onerror="window.__pwned = 2"' in detail.text
    assert dash_duo.find_element("#detail .report-text").get_attribute("dir") == "rtl"
    assert dash_duo.find_element("#detail mark.evidence").text.startswith("قصفت قوات النظام")
    assert "weekday mismatch" in detail.text
    assert dash_duo.find_elements("#detail img") == [] and dash_duo.find_elements("#detail script") == []
    assert dash_duo.driver.execute_script("return window.__pwned === undefined")
    until(lambda: "incident=" in dash_duo.driver.current_url)


@pytest.mark.parametrize(("query", "direction"), [("", "ltr"), ("?lang=ar", "rtl")])
def test_quoted_report_words_keep_their_marks_the_way_the_panel_reads(dash_duo, dashboard, query, direction):
    """An Arabic quote in the English panel was laid out right to left, quotation marks and all, so its marks
    stood reversed ("”…“"); the marks now follow the panel, the words keep their own direction."""
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app, query)
    open_first_incident(dash_duo, "صوران" if query else "Suran")
    quotes = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('#detail q')].map(q => [getComputedStyle(q).direction,"
        " q.firstElementChild && q.firstElementChild.tagName, q.textContent]);"
    )
    assert quotes and any(re.search("[\u0600-\u06ff]", text) for _, _, text in quotes)
    assert all(style == direction and child == "BDI" for style, child, _ in quotes), quotes


def test_a_claims_publication_time_stays_on_one_line_in_a_narrow_arabic_panel(dash_duo, dashboard):
    """The evidence column takes the room; the publication time broke after a hyphen of its date ("2018-11-" above
    "10 09:00"), which reads as two values."""
    app, _store, _ = dashboard
    dash_duo.driver.set_window_size(1000, 1400)
    open_dashboard(dash_duo, app, "?lang=ar")
    open_first_incident(dash_duo, "صوران")
    lines = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('#detail table.claims tbody tr td:nth-child(8)')].map(td => {"
        " const range = document.createRange(); range.selectNodeContents(td);"
        " return [td.textContent, new Set([...range.getClientRects()].map(r => Math.round(r.top))).size]; });"
    )
    assert lines and all(text.startswith("2018-11-10") and count == 1 for text, count in lines), lines


def test_a_review_is_stored_and_shown_after_a_reload(dash_duo, dashboard):
    app, store, _ = dashboard
    open_dashboard(dash_duo, app)
    open_first_incident(dash_duo, "Badama")
    dash_duo.find_element("#review-action input[value='confirm']").click()
    note = dash_duo.find_element("#review-note")
    note.send_keys("checked against the civil defence list <b>ok</b>")
    dash_duo.find_element("#review-analyst").send_keys("Rania")
    dash_duo.find_element("#review-save").click()
    dash_duo.wait_for_contains_text("#review-message", "Review saved", timeout=10)
    assert list(store.reviews_frame()["action"]) == ["confirm"]
    assert list(store.reviews_frame()["analyst"]) == ["Rania"]
    dash_duo.driver.refresh()
    dash_duo.wait_for_contains_text("#review-panel", "checked against the civil defence list <b>ok</b>", timeout=15)
    dash_duo.wait_for_contains_text("#review-panel", "Confirm by Rania", timeout=15)
    until(lambda: dash_duo.find_element("#review-analyst").get_attribute("value") == "Rania")  # kept by the browser
    until(lambda: "confirmed" in cell_texts(dash_duo, "review_state"))


def test_a_merge_takes_an_incident_by_id_when_none_is_nearby(dash_duo, dashboard):
    """The merge field offers the nearby incidents; one further off is still taken by its id."""
    app, store, _ = dashboard
    frame = store.incidents_frame()
    suran = frame.loc[frame["place_name"] == "Suran", "incident_id"].iloc[0]
    open_dashboard(dash_duo, app)
    open_first_incident(dash_duo, "Badama")
    dash_duo.find_element("#review-action input[value='merge']").click()
    assert "no other incident on these days at this place" in dash_duo.find_element("#review-merge").text
    dash_duo.find_element("#review-merge-ids").send_keys(suran)
    dash_duo.find_element("#review-save").click()
    dash_duo.wait_for_contains_text("#review-message", "Review saved", timeout=10)
    reviews = store.reviews_frame()
    assert list(reviews["action"]) == ["merge"]
    until(lambda: "corrected" in cell_texts(dash_duo, "review_state"))


def test_an_upload_is_saved_ingested_and_a_bad_one_is_listed(dash_duo, dashboard, tmp_path):
    app, store, folder = dashboard
    open_dashboard(dash_duo, app)
    good = tmp_path / "new report.txt"
    good.write_text("الجمعة 2018/11/23\nقصفت قوات النظام بلدة صوران بالمدفعية الثقيلة.\n", encoding="utf-8")
    bad = tmp_path / "broken.json"
    bad.write_bytes(b'{"messages": [\xff\xfe not json')
    upload = dash_duo.find_element("#upload input[type=file]")
    upload.send_keys(str(good))
    dash_duo.wait_for_contains_text("#upload-results", "new report.txt: 1 report read", timeout=30)
    saved = list((folder / "uploads").iterdir())
    assert len(saved) == 1 and saved[0].name.endswith("-new_report.txt")
    assert any(str(p).endswith("-new_report.txt") for p in store.articles_frame()["path"])
    upload.send_keys(str(bad))
    dash_duo.wait_for_contains_text("#upload-results", "broken.json: broken JSON", timeout=30)
    dash_duo.wait_for_contains_text("#summary", "3 incidents", timeout=15)  # refreshed, and still alive


def test_a_file_of_another_type_is_listed_with_why_in_the_arabic_panel(dash_duo, dashboard, tmp_path):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app, "?lang=ar")
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK not a report")
    dash_duo.find_element("#upload input[type=file]").send_keys(str(other))
    dash_duo.wait_for_contains_text("#upload-results", "notes.docx: نوع غير مقبول (.docx)", timeout=30)


@pytest.mark.parametrize(("size", "query"), [((1500, 1000), ""), ((1500, 1000), "&lang=ar"), ((1280, 800), "")])
def test_the_filter_sidebar_never_scrolls_sideways_with_a_period_chosen(dash_duo, dashboard, size, query):
    """Both dates of a chosen period, the clear cross and the caret fit the sidebar beside its own scrollbar."""
    app, _store, _ = dashboard
    dash_duo.driver.set_window_size(*size)
    open_dashboard(dash_duo, app, "?from=2018-11-01&to=2018-11-30" + query)
    widths = dash_duo.driver.execute_script(
        "const s = document.querySelector('.sidebar');"
        "const caret = s.querySelector('.dash-datepicker-caret-icon').getBoundingClientRect();"
        "const box = s.querySelector('.dash-datepicker-input-wrapper').getBoundingClientRect();"
        "return [s.scrollWidth, s.clientWidth, caret.left >= box.left && caret.right <= box.right,"
        " s.querySelector('.dash-datepicker-start-date').value];"
    )
    assert widths[3] == "2018-11-01"
    assert widths[0] <= widths[1] and widths[2], widths


def test_arabic_interface_switch(dash_duo, dashboard):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app)
    dash_duo.find_element("#lang-link").click()
    dash_duo.wait_for_contains_text("#summary", "حادثة", timeout=15)
    assert dash_duo.find_element(".app").get_attribute("dir") == "rtl"
    assert "lang=ar" in dash_duo.driver.current_url


def test_arabic_table_shows_every_column_at_1400_px(dash_duo, dashboard):
    app, _store, _ = dashboard
    dash_duo.driver.set_window_size(1400, 1000)
    open_dashboard(dash_duo, app, "?lang=ar")
    dash_duo.wait_for_element(CELL.format("place"), timeout=15)
    grid = dash_duo.find_element("#incident-table .ag-body-viewport").rect
    headers = dash_duo.find_elements("#incident-table .ag-header-row-column .ag-header-cell")
    assert [h.get_attribute("col-id") for h in headers] == [col for col, *_ in COLUMNS]
    for header, (col, _label, _kind, min_width) in zip(headers, COLUMNS, strict=True):
        box = header.rect
        assert box["width"] >= min_width - 1, col
        assert grid["x"] - 1 <= box["x"] and box["x"] + box["width"] <= grid["x"] + grid["width"] + 1, col
        assert header.text.strip(), col  # the Arabic label is there, not cut to nothing
    scroll = "const v = document.querySelector('#incident-table .ag-center-cols-viewport');"
    assert dash_duo.driver.execute_script(scroll + "return v.scrollWidth <= v.clientWidth + 1;")
    assert dash_duo.find_element("#incident-table .ag-root-wrapper").get_attribute("class").count("ag-rtl") == 1


def test_arabic_detail_reads_its_date_range_in_order(dash_duo, dashboard):
    app, store, _ = dashboard
    frame = store.incidents_frame()
    incident = frame.loc[frame["place_name"].eq("Badama"), "incident_id"].iloc[0]
    store.save_review(incident, "correct", {"first": "2018-11-14", "last": "2018-11-15"}, "two days", "tester")
    open_dashboard(dash_duo, app, f"?lang=ar&incident={incident}")
    dash_duo.wait_for_element("#detail .incident-heading .date-range", timeout=15)
    heading = dash_duo.find_element("#detail .incident-heading")
    assert heading.text.endswith(f"· بداما {incident}")  # the place in Arabic, the id small after it
    who = dash_duo.find_element("#detail .incident-who")
    assert who.text == "روسيا ← مدنيون"  # perpetrator → target, pointing the way Arabic reads
    # where each date is drawn: the first day must stand left of the last, as the range is written
    lefts = dash_duo.driver.execute_script(
        """const node = document.querySelector('#detail .incident-heading .date-range').firstChild;
        const at = (text) => { const i = node.textContent.indexOf(text); const r = document.createRange();
            r.setStart(node, i); r.setEnd(node, i + text.length); return r.getBoundingClientRect().left; };
        return [at('2018-11-14'), at('2018-11-15')];"""
    )
    assert lefts[0] < lefts[1]
    direction = "return getComputedStyle(document.querySelector('#detail .incident-heading')).direction"
    assert dash_duo.driver.execute_script(direction) == "rtl"


def test_map_tab_draws_basemap_and_zone_from_local_data_only(dash_duo, dashboard):
    app, _store, _ = dashboard
    open_dashboard(dash_duo, app, "?fig=map")
    dash_duo.wait_for_contains_text("#figure .legend", "zone (approximated)", timeout=15)
    legend = dash_duo.find_element("#figure .legend").text
    assert "international border" in legend and "coast" in legend and "sub-district centres" in legend
    filled = dash_duo.driver.execute_script(
        "return [...document.querySelectorAll('#figure .scatterlayer .js-fill')]"
        ".filter(p => (p.getAttribute('d') || '').length > 20).length"
    )
    assert filled >= 2  # land and the zone are drawn as areas
    resources = dash_duo.driver.execute_script(
        "return performance.getEntriesByType('resource').map(r => new URL(r.name).hostname)"
    )
    assert set(resources) <= {"127.0.0.1", "localhost"}  # nothing fetched from the network


@pytest.mark.parametrize("query", ["", "?lang=ar"])
def test_table_headers_never_break_a_word_across_lines(dash_duo, dashboard, query):
    app, _store, _ = dashboard
    dash_duo.driver.set_window_size(1400, 1000)
    open_dashboard(dash_duo, app, query)
    dash_duo.wait_for_element(CELL.format("place"), timeout=15)
    split = dash_duo.driver.execute_script(
        """
        const split = [];
        for (const el of document.querySelectorAll('#incident-table .ag-header-cell-text')) {
          const node = el.firstChild;
          if (!node) continue;
          for (const m of node.textContent.matchAll(/\\S+/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
            if (tops.size > 1) split.push(m[0]);
          }
        }
        return split;
        """
    )
    assert split == []


def test_a_running_server_shows_a_write_made_elsewhere_by_patching_its_snapshot(dash_duo, dashboard, monkeypatch):
    app, store, _ = dashboard
    open_dashboard(dash_duo, app)
    dash_duo.wait_for_contains_text("#summary", "2 incidents", timeout=10)

    def no_full_read():
        raise AssertionError("the server read every incident again for one new report")

    monkeypatch.setattr(store, "incidents_frame", no_full_read)  # the server's store: it may only patch
    elsewhere = Store(store.url)  # an ingest from the command line while the server runs
    elsewhere.save_article("/r/new.txt::n", "h-new", result("n", "Outlet New", [event(first="2019-02-01")]), "نص")
    elsewhere.close()
    # the page polls the revision; the table as well as the summary shows the write
    dash_duo.wait_for_contains_text("#summary", "3 incidents", timeout=30)
    until(lambda: "Halfaya" in [c.text for c in dash_duo.find_elements(CELL.format("place"))])


MENU_LAYOUT = """
const menu = document.querySelector('.dash-dropdown-content'); const box = menu.getBoundingClientRect();
const sidebar = document.querySelector('.sidebar'); const side = sidebar.getBoundingClientRect();
const points = [];
for (let x = box.left + 3; x < box.right - 2; x += 6) for (let y = box.top + 3; y < box.bottom - 2; y += 6) points.push([x, y]);
// the sidebar itself answers for its own scroll bar
const hidden = points.map(([x, y]) => document.elementFromPoint(x, y)).filter(el => el !== sidebar && !menu.contains(el));
const option = menu.querySelector('.dash-options-list-option');
const tick = option.querySelector('input').getBoundingClientRect();
const words = option.querySelector('.dash-options-list-option-text').getBoundingClientRect();
const rtl = getComputedStyle(sidebar).direction === 'rtl';
return {hidden_by: hidden.slice(0, 3).map(el => el.tagName + '.' + el.className),
        beyond_sidebar: box.left < side.left || box.right > side.right,
        same_line: tick.bottom > words.top && words.bottom > tick.top,
        gap: rtl ? tick.left - words.right : words.left - tick.right,
        scrolls: getComputedStyle(sidebar).overflowY};
"""


@pytest.mark.parametrize("query", ["", "?lang=ar"])
def test_filter_menus_open_over_the_content_with_checkboxes_beside_their_words(dash_duo, dashboard, query):
    """A filter menu wider than the sidebar was painted under the content column (cut off), and every option's
    checkbox stood on a line of its own; in Arabic the checkbox touched its words."""
    app, _store, _ = dashboard
    dash_duo.driver.set_window_size(1400, 1000)  # the outlet menu then opens beside the figure
    open_dashboard(dash_duo, app, query)
    dash_duo.find_element("#f-outlet").click()
    dash_duo.wait_for_element(".dash-dropdown-content .dash-options-list-option", timeout=10)
    layout = dash_duo.driver.execute_script(MENU_LAYOUT)
    assert layout["beyond_sidebar"]  # the check below looks at the part over the content column
    assert layout["hidden_by"] == []
    assert layout["same_line"] and layout["gap"] >= 4, layout
    assert layout["scrolls"] == "auto"  # the sidebar scrolls on its own when the filters outgrow the window
    side = dash_duo.driver.execute_script(
        "const s = document.querySelector('.sidebar'); window.scrollTo(0, 0);"
        "return [s.getBoundingClientRect().bottom, window.innerHeight, s.scrollHeight > s.clientHeight];"
    )
    assert side[0] <= side[1], side  # its end (and its scroll bar's) in the window on the page's first screen
    beside = dash_duo.driver.execute_script(CHECKBOXES_BESIDE_WORDS)
    assert beside and all(beside), beside  # "Inside the zone only", "Violations only"


CHECKBOXES_BESIDE_WORDS = """
return [...document.querySelectorAll('.sidebar > * .filter input[type=checkbox], .sidebar .filter > label input')]
  .filter(box => !box.closest('.dash-dropdown-content'))
  .map(box => { const words = box.closest('label').querySelector('.dash-options-list-option-text') || box.closest('label');
                const a = box.getBoundingClientRect(), b = words.getBoundingClientRect();
                return a.bottom > b.top && b.bottom > a.top; });
"""
