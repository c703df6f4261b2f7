"""Arabic investigation reports and incident catalogues of documentation groups, across Syria 2012-2019: entry
blocks with labels of their own, an introduction naming a campaign, groups and phrasings of Damascus, Daraa and the
north-east (texts written for these tests; no corpus text)."""

import datetime as dt

from claim_figures import killed as _killed

from timeline.article import Article
from timeline.dates import tag_dates
from timeline.extract import extract_article
from timeline.normalize import normalize
from timeline.numbers import find_counts


def _events(text: str, published: dt.datetime) -> list[dict]:
    article = Article(key="r", text=text, published=published, language="ar", source="مركز توثيق")
    return extract_article(article)["events"]


def _summary(events: list[dict]) -> list[tuple]:
    return [(e["first"], e["place"]["text"] if e["place"] else None, e["perpetrators"]) for e in events]


def test_an_entry_block_with_its_munition_line_is_one_record():
    text = (
        "## الهجمات الموثقة\n"
        "\n"
        "### الحادثة الأولى\n"
        "التاريخ: 3 آذار 2018\n"
        "الموقع: بلدة حزة\n"
        "الذخيرة المستخدمة: قذائف مدفعية\n"
        "الضحايا: قتيلان و5 جرحى\n"
        "\n"
        "### الحادثة الثانية\n"
        "التاريخ: 7 آذار 2018\n"
        "الموقع: بلدة مسرابا\n"
        "السلاح: صواريخ أرض-أرض\n"
        "الضحايا: 4 قتلى\n"
    )
    events = _events(text, dt.datetime(2018, 4, 1))
    assert _summary(events) == [("2018-03-03", "حزة", []), ("2018-03-07", "مسرابا", [])]
    assert [_killed(e) for e in events] == [[2], [4]]


def test_a_description_line_keeps_the_block_whole():
    text = (
        "التاريخ: 9 أيار 2017\n"
        "الموقع: قرية الكسرة\n"
        "وصف: غارة جوية على منزل\n"
        "الجهة المسؤولة: التحالف الدولي\n"
        "\n"
        "التاريخ: 12 أيار 2017\n"
        "الموقع: قرية جديد عكيدات\n"
        "وصف: قصف مدفعي على سوق\n"
        "الجهة المسؤولة: التحالف الدولي\n"
    )
    assert [e["perpetrators"] for e in _events(text, dt.datetime(2017, 6, 1))] == [["coalition"], ["coalition"]]


def test_a_report_written_after_its_incidents_keeps_no_undated_campaign():
    text = (
        "تشن القوات الحكومية حملة عسكرية واسعة على ريف حماة الشمالي، وتقصف طائراتها البلدات هناك.\n"
        "\n"
        "في 5 أيار 2019 قتل 3 مدنيين بغارة على بلدة كفرنبودة.\n"
        "\n"
        "في 9 أيار 2019 أصيب طفلان بقصف مدفعي على قرية الشريعة.\n"
    )
    assert [e["first"] for e in _events(text, dt.datetime(2019, 6, 20))] == ["2019-05-05", "2019-05-09"]
    # the day's news: the undated incident is the publication day's
    assert [e["first"] for e in _events(text, dt.datetime(2019, 5, 10))] == ["2019-05-10", "2019-05-05", "2019-05-09"]


def test_the_governments_helicopters_and_a_source_not_known():
    (dropped,) = _events(
        "في 27 حزيران 2018 ألقت مروحيات الحكومة براميل متفجرة على بلدة المسيفرة، فقتلت 3 أشخاص.",
        dt.datetime(2018, 7, 20),
    )
    assert dropped["perpetrators"] == ["syrian-government"]
    (shelled,) = _events(
        "استهدف قصف عنيف بلدة الجيزة في 28 حزيران 2018 وقتل رجلين، ولم يعرف مصدره.", dt.datetime(2018, 7, 20)
    )
    assert shelled["perpetrators"] == ["unknown"]


def test_a_witness_naming_his_village_before_inna_and_a_crossing_named_with_its_cue_word():
    (event,) = _events(
        "وقال أحد سكان قرية العالية إن قصفاً استهدف القرية في 28 حزيران 2018 وقتل امرأتين.", dt.datetime(2018, 7, 20)
    )
    assert event["place"]["text"] == "العالية"
    (event,) = _events(
        "قصفت طائرات التحالف الدولي يوم 18 أيار 2017 رتلاً قرب معبر الوليد، قالت إنه دخل منطقة منع الاشتباك.",
        dt.datetime(2017, 5, 20),
    )
    assert [p["text"] for p in [event["place"], *event["places"]]] == ["معبر الوليد"]


def test_a_toll_without_an_incident_word_takes_the_side_named_after_an_agent_cue():
    (event,) = _events(
        "قتل 12 مدنياً في قرية الشيخ سعد يوم 8 شباط 2016 على يد عناصر من جبهة النصرة.", dt.datetime(2016, 3, 1)
    )
    assert event["perpetrators"] == ["hts"] and _killed(event) == [12]
    (event,) = _events("قتل 3 مدنيين في بلدة الحارة من قبل قوات النظام يوم 3 أيلول 2017.", dt.datetime(2017, 9, 5))
    assert event["perpetrators"] == ["syrian-government"]


def test_a_table_whose_incident_column_tells_the_toll_and_whose_party_column_the_side():
    text = (
        "| التاريخ | المكان | الحادثة | الجهة |\n"
        "|---|---|---|---|\n"
        "| 2 تموز 2016 | القريتين | غارات جوية قتلت 4 مدنيين وأصابت 9 | القوات الروسية |\n"
        "| 6 تموز 2016 | مهين | إعدام 3 رجال رمياً بالرصاص | تنظيم داعش |\n"
    )
    events = _events(text, dt.datetime(2016, 8, 1))
    assert _summary(events) == [("2016-07-02", "القريتين", ["russia"]), ("2016-07-06", "مهين", ["isis"])]
    assert [_killed(e) for e in events] == [[4], [3]]


def test_eleven_is_no_sunday():
    text = "قالت أم عمر التي فقدت ابنها ذا الأحد عشر عاماً إنها لم تجده إلا في المشفى."
    assert tag_dates(text, dt.datetime(2014, 2, 15), "ar") == []
    assert [d.text for d in tag_dates("قصفت الطائرات البلدة يوم الأحد.", dt.datetime(2014, 2, 15), "ar")] == [
        "يوم الأحد"
    ]


def test_an_entrys_number_before_its_colon_counts_no_one():
    flat = normalize("الحادثة 1: قتل 12 مدنياً في حي الصالحين، والحادثة 2: أصيب طفلان.").text
    assert [c.value for c in find_counts(flat)] == [12, 2]
    assert [c.value for c in find_counts(normalize("وصل 3: 20 جريحاً إلى المشفى").text)] == [20]


def test_a_barrel_dropped_names_the_government_bare_or_dual():
    events = _events(
        "- قميناس، 16 آذار 2015: برميلان يحويان غاز الكلور على أطراف البلدة، وأصيب 30 شخصاً بالاختناق.\n"
        "- اللطامنة، 25 آذار 2017: برميل يحوي الكلور على المشفى الجراحي، قتل فيه طبيب.\n",
        dt.datetime(2017, 5, 2),
    )
    assert [e["perpetrators"] for e in events] == [["syrian-government"], ["syrian-government"]]


def test_an_items_opening_sentence_naming_a_site_and_a_day_dates_and_places_the_incident_after_it():
    text = (
        "## الحوادث\n"
        "\n"
        "1. **مستوصف بلدة الهبيط** – 3 أيار 2019. قصفت طائرات روسية المبنى، وقتل حارس المستوصف.\n"
        "\n"
        "2. **مدرسة في قرية الشريعة** – 8 أيار 2019. سقطت قذائف على ساحة المدرسة، فأصيب 4 طلاب.\n"
    )
    events = _events(text, dt.datetime(2019, 6, 1))
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-05-03", "الهبيط"), ("2019-05-08", "الشريعة")]
    assert _killed(events[0]) == [1]


def test_a_short_line_opening_with_a_sections_ordinal_is_a_heading_not_an_incident():
    text = (
        "أولاً: قصف بلدة مارع\n"
        "في 4 آذار 2019 سقطت قذائف صاروخية على سوق بلدة مارع، فأصيب 3 مدنيين.\n"
        "\n"
        "ثانياً: قصف مدينة تل رفعت\n"
        "في 9 نيسان 2019 سقطت قذائف مدفعية على حي سكني في مدينة تل رفعت، فقتل مدني.\n"
    )
    events = _events(text, dt.datetime(2019, 6, 1))
    assert [(e["first"], e["place"]["text"]) for e in events] == [("2019-03-04", "مارع"), ("2019-04-09", "تل رفعت")]
    # an ordinal opening a sentence of the body keeps it
    (event,) = _events("أولاً: في 4 آذار 2019 سقطت قذائف على سوق بلدة مارع، فأصيب 3 مدنيين.", dt.datetime(2019, 6, 1))
    assert event["first"] == "2019-03-04"


def test_a_civilian_in_the_accusative_with_no_number_is_one():
    assert [c.value for c in find_counts(normalize("قتل قناص مدنياً أثناء محاولته الفرار").text)] == [1]
    assert [c.value for c in find_counts(normalize("قتلت الغارة 12 مدنياً").text)] == [12]


def test_a_suicide_bomber_of_a_group_told_before_the_blast():
    (event,) = _events(
        "فجّر انتحاري من داعش نفسه عند حاجز في بلدة الصور يوم 4 أيار 2018، ما أسفر عن مقتل 3 أشخاص.",
        dt.datetime(2018, 5, 10),
    )
    assert (event["type"], event["perpetrators"], _killed(event)) == ("explosion", ["isis"], [3])


def test_a_record_without_a_side_field_takes_the_side_its_account_gives_not_the_one_hit():
    text = (
        "- التاريخ: 3 كانون الثاني 2019\n"
        "- الموقع: مدينة هجين\n"
        "- وصف: انفجار سيارة مفخخة عند حاجز لقوات سوريا الديمقراطية تبناه تنظيم الدولة، قتل فيه 4 من عناصر الحاجز.\n"
        "\n"
        "- التاريخ: 9 كانون الثاني 2019\n"
        "- الموقع: بلدة الشعفة\n"
        "- وصف: غارة جوية لطيران التحالف الدولي على منزل، قتل فيها 3 مدنيين.\n"
    )
    events = _events(text, dt.datetime(2019, 3, 1))
    assert _summary(events) == [("2019-01-03", "هجين", ["isis"]), ("2019-01-09", "الشعفة", ["coalition"])]
    assert [_killed(e) for e in events] == [[4], [3]]


def test_a_dual_with_a_possessive_counts_two():
    flat = normalize("قتلت امرأة وأصيب طفلاها بقصف مدفعي، ولديها أخ في المشفى").text
    assert [c.value for c in find_counts(flat)] == [1, 2]
