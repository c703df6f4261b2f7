"""The reference-time model: anaphors, offsets beside a printed day, quotes, and the new written forms.

Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.dates import tag_dates, tagger
from timeline.dates.reference import find_quotes

D = dt.date
PUBLISHED = dt.date(2017, 4, 2)  # a Sunday, long after the incidents the catalogue sentences tell


def by_text(text: str, published=PUBLISHED) -> dict[str, tuple]:
    return {m.text: (m.first, m.last, m.reference) for m in tag_dates(text, published) if not m.since}


def test_an_anaphor_counts_from_the_day_the_narrative_is_at_not_from_publication():
    found = by_text("سقطت القذائف على الحي في 4 آب 2016. وفي اليوم نفسه احترق السوق.")
    assert found["اليوم نفسه"] == (D(2016, 8, 4), D(2016, 8, 4), "narrative")


def test_an_anaphor_never_chains_from_another_anaphor():
    text = "قصف المطار في 10 تموز 2016، وفي اليوم التالي قصف الجسر، وفي اليوم نفسه احترق المستودع."
    found = by_text(text)
    assert found["اليوم التالي"][0] == D(2016, 7, 11)
    assert found["اليوم نفسه"][0] == D(2016, 7, 10)  # the narrative's day, not the previous anaphor's


def test_an_offset_printed_beside_a_day_takes_that_day():
    found = by_text("تعرضت المدرسة للقصف في 3 أيلول 2016. بعد يومين، في 6 أيلول، أصيب المستوصف.")
    assert found["بعد يومين"] == (D(2016, 9, 6), D(2016, 9, 6), "apposition")
    found = by_text("احترق الفرن ليلة 8 تشرين الثاني 2016، وفي الليلة التالية 9 تشرين الثاني احترق المخزن.")
    assert found["الليلة التالية"][0] == D(2016, 11, 9)
    found = by_text("هوجم المخبز في 2 تموز 2016. في الأسبوع الذي تلى هذا الهجوم، في 10 تموز، هوجم السوق.")
    assert found["الأسبوع الذي تلى هذا الهجوم"][0] == D(2016, 7, 10)


def test_an_offset_from_the_incident_just_told():
    found = by_text("دمرت الغارة الجسر في 12 أيار 2015، وصوّر ناشط الموقع بعد سنة من الغارة.")
    assert found["بعد سنة من الغارة"][:2] == (D(2016, 5, 12), D(2016, 5, 12))
    found = by_text("قصفت الطائرات السوق في 5 آذار 2016 ثم عادت بعد ذلك بشهر.")
    assert found["بعد ذلك بشهر"][0] == D(2016, 4, 5)


def test_a_bare_offset_without_a_day_beside_it_or_a_future_verb_is_not_resolved():
    assert "بعد يومين" not in by_text("وقعت الغارة في 3 أيلول 2016 وقال الأهالي بعد يومين إنهم نزحوا.")


def test_today_in_a_quote_is_the_day_the_quote_was_given():
    text = 'وقال أحد السكان يوم الخميس: "قصفوا بيوتنا اليوم ولم يبق أحد". ونزحت العائلات اليوم.'
    mentions = [m for m in tag_dates(text, D(2019, 3, 16)) if m.text == "اليوم"]
    assert [(m.first, m.reference) for m in mentions] == [(D(2019, 3, 14), "quote"), (D(2019, 3, 16), "publication")]
    assert "by أحد السكان يوم الخميس" in mentions[0].anchor  # the speaker, as the words after the verb give it


def test_today_in_a_quote_with_no_day_given_counts_from_publication():
    (mention,) = tag_dates('قال المسعف: "وصلنا صباح اليوم إلى المكان"', D(2019, 3, 16))
    assert (mention.first, mention.reference) == (D(2019, 3, 16), "publication")


def test_quotes_are_found_as_spans_within_a_paragraph():
    text = 'قال: «نحن بخير» ثم "لا شيء\nهنا'
    assert [(q.start, q.end) for q in find_quotes(text)] == [(5, 15)]


def test_quotes_are_looked_for_only_when_an_expression_may_count_from_one(monkeypatch):
    """A report whose dates are all printed with their year never asks where its quotations are."""

    def no_search(text):
        raise AssertionError("quotes looked for")

    monkeypatch.setattr(tagger, "find_quotes", no_search)
    found = by_text("قال المسعف «قصفوا السوق» في 4 آب 2016، وقال آخر «لم نر شيئاً» في 9 آب 2016.")
    assert found["4 آب 2016"][0] == D(2016, 8, 4)


def test_two_names_of_one_month_with_a_backslash_or_a_space():
    found = by_text("هدأت الجبهة خلال شهر كانون الثاني يناير 2018، ثم عاد القصف مساء 14 شباط\\فبراير 2018")
    assert found["مساء 14 شباط\\فبراير 2018"][:2] == (D(2018, 2, 14), D(2018, 2, 14))
    assert found["شهر كانون الثاني يناير 2018"][:2] == (D(2018, 1, 1), D(2018, 1, 31))


def test_a_misspelt_month_without_a_year_after_a_preposition_or_before_a_pause():
    found = by_text("قصف المشفى في 14 سبتمر، ثم قصف ثانية في 20 اكتوير")
    assert found["14 سبتمر"][0] == D(2016, 9, 14)
    assert found["20 اكتوير"][0] == D(2016, 10, 20)


def test_a_numeric_hijri_date_with_its_mark_and_a_clock_time():
    (mention,) = tag_dates("نشر في 05-03-1438 هـ، 10:15 مساءً", PUBLISHED)
    assert (mention.first, mention.kind) == (D(2016, 12, 4), "hijri")
    assert mention.text.endswith("مساءً")
    assert tag_dates("رقم الملف 05-03-1438", PUBLISHED) == []  # no mark: not a date


def test_every_resolved_mention_names_its_anchor():
    text = "في 4 آب 2016 قصفت الطائرات البلدة، وأمس نزح السكان، وفي اليوم نفسه أغلق الطريق، وفي 9 آب عادوا."
    refs = {m.text: m.reference for m in tag_dates(text, PUBLISHED)}
    assert refs == {"4 آب 2016": "printed", "أمس": "publication", "اليوم نفسه": "narrative", "9 آب": "narrative"}
    assert by_text("قصفت الطائرات البلدة في 4 آب 2016. وفي 9 آب عاد الهدوء.")["9 آب"][2] == "publication"


def test_a_day_without_a_year_takes_the_year_printed_before_it_in_its_sentence():
    text = "في عام 2015 تصاعدت الغارات، وبلغت ذروتها في آذار وأيار، ثم في 9 آب. وفي 3 شباط نزح السكان."
    found = by_text(text, D(2018, 6, 1))
    assert found["آذار"][:2] == (D(2015, 3, 1), D(2015, 3, 31))
    assert found["أيار"][:2] == (D(2015, 5, 1), D(2015, 5, 31))  # a month listed after a month
    assert found["9 آب"][0] == D(2015, 8, 9)
    assert found["3 شباط"][0] == D(2018, 2, 3)  # a new sentence: the year nearest before publication
    found = by_text("The war began in 2011. Talks resumed on May 19 in Geneva.", D(2015, 7, 8))
    assert found["May 19"][0] == D(2015, 5, 19)


def test_since_x_sets_no_year_for_what_follows():
    found = by_text("يحاصر الجيش البلدة منذ عام 2013، وقصفها في 3 شباط", D(2018, 6, 1))
    assert found["3 شباط"][0] == D(2018, 2, 3)


def test_ranges_of_years_and_months():
    found = by_text("وثقت المنظمة الهجمات بين عامي 2013 و2016، وفي الفترة 2014 - 2015، وبين تموز - أيلول 2016")
    assert found["عامي 2013 و2016"][:2] == (D(2013, 1, 1), D(2016, 12, 31))
    assert found["2014 - 2015"][:2] == (D(2014, 1, 1), D(2015, 12, 31))
    assert found["تموز - أيلول 2016"][:2] == (D(2016, 7, 1), D(2016, 9, 30))
    assert "2013 و2016" not in by_text("قتل 2013 و2016 شخصا")  # numbers joined by و without بين are not a range


def test_two_printed_dates_joined_by_to_or_between_and_make_one_range():
    found = by_text("تصاعدت الغارات من آب 2015 إلى آذار 2016، ثم بين 3 أيار 2016 و20 حزيران 2016")
    assert found["آب 2015 إلى آذار 2016"][:2] == (D(2015, 8, 1), D(2016, 3, 31))
    assert found["بين 3 أيار 2016 و20 حزيران 2016"][:2] == (D(2016, 5, 3), D(2016, 6, 20))


def test_a_hijri_date_beside_its_gregorian_date_takes_the_gregorian_day():
    mentions = tag_dates("الجمعة 9 ربيع الأول 1440هـ الموافق 16 تشرين الثاني 2018", PUBLISHED)
    assert [(m.first, m.kind) for m in mentions] == [(D(2018, 11, 16), "hijri"), (D(2018, 11, 16), "absolute")]
    assert "Gregorian" in mentions[0].anchor


def test_the_nth_week_of_a_month():
    found = by_text("اشتد القصف خلال الأسبوع الثالث من شهر آذار الماضي", D(2019, 4, 10))
    assert found["الأسبوع الثالث من شهر آذار الماضي"][:2] == (D(2019, 3, 15), D(2019, 3, 21))


def test_an_ordinal_day_in_construct_before_a_month():
    found = by_text("عاد الهدوء في أول أيار، ثم تجدد القصف يوم الخميس ثالث أيار", D(2018, 5, 20))
    assert found["أول أيار"][0] == D(2018, 5, 1)
    assert found["يوم الخميس ثالث أيار"][0] == D(2018, 5, 3)


def test_this_evening_is_the_publication_day():
    (mention,) = tag_dates("قصفت المدفعية الحي هذا المساء", D(2019, 3, 16))
    assert mention.first == D(2019, 3, 16)


def test_the_day_of_the_month_being_told():
    found = by_text("وثقنا هجوما في 25 تشرين الثاني 2016 وهجوما آخر في 26 الشهر", D(2017, 3, 29))
    assert found["26 الشهر"][:2] == (D(2016, 11, 26), D(2016, 11, 26))


def test_a_weekday_after_a_given_name_is_a_family_name():
    text = "بتاريخ 12 آذار 2016 نشر المصور خالد الجمعة صور الدمار، وغادر الأهالي البلدة في اليوم ذاته"
    found = by_text(text, D(2018, 11, 26))
    assert "الجمعة" not in found
    assert found["اليوم ذاته"][0] == D(2016, 3, 12)


def test_a_context_year_never_puts_a_told_day_after_publication():
    found = by_text("ذكر تقرير شباط 2017 أن هجوما وقع في 19 آب", D(2017, 3, 29))
    assert found["19 آب"][0] == D(2016, 8, 19)


def test_addresses_file_names_and_per_day_are_not_dates():
    text = "انظر https://example.org/2019/03/12/a و[صورة](shots/2019-03-10.png) بمعدل 40 غارة في اليوم الواحد"
    assert tag_dates(text, D(2019, 3, 14)) == []


def test_a_weekday_with_the_date_it_falls_on():
    found = by_text("تواصل القصف منذ يوم السبت المصادف 11 آذار 2017 ولم يتوقف", D(2017, 3, 29))
    assert found["يوم السبت المصادف 11 آذار 2017"][0] == D(2017, 3, 11)


def test_month_first_dates_and_a_year_glued_to_the_comma():
    found = by_text("نشرت الصفحة الصورة في أيلول 17، 2016 ثم on May 12,2016 again", D(2017, 3, 29))
    assert found["أيلول 17، 2016"][0] == D(2016, 9, 17)
    assert found["May 12,2016"][0] == D(2016, 5, 12)
    assert by_text("May 1,500 people fled", D(2017, 3, 29)) == {}


def test_a_year_after_an_indefinite_article():
    assert by_text("under a 2018 deal", D(2019, 3, 14))["2018"][:2] == (D(2018, 1, 1), D(2018, 12, 31))


def test_then_and_the_day_of_the_attack_are_the_narrative_time():
    found = by_text("في 4 آب 2016 قُصفت البلدة، وكان السكان حينها في الملاجئ، وفي يوم الهجوم أغلقت المدارس")
    assert found["حينها"][:2] == (D(2016, 8, 4), D(2016, 8, 4))
    assert found["يوم الهجوم"][:2] == (D(2016, 8, 4), D(2016, 8, 4))
    found = by_text("خلال آذار 2016 اشتدت الغارات، وكانت المعابر آنذاك مغلقة")
    assert found["آنذاك"][:2] == (D(2016, 3, 1), D(2016, 3, 31))


def test_an_ordinal_month_with_its_year_and_a_number_glued_to_fi():
    found = by_text("وقع الهجوم في 17 من الشهر التاسع 2016 وتكرر في23 آذار 2017")
    assert found["17 من الشهر التاسع 2016"][0] == D(2016, 9, 17)
    assert found["23 آذار 2017"][0] == D(2017, 3, 23)
    assert "الشهر الثالث" not in " ".join(by_text("في الشهر الثالث من الحملة"))  # no year: not a calendar month


def test_feasts_on_a_fixed_gregorian_day_and_their_eve():
    found = by_text("ازدحم السوق عشية عيد الأم، وتوقف القصف في عيد العمال", D(2018, 5, 10))
    assert found["عشية عيد الأم"][0] == D(2018, 3, 20)
    assert found["عيد العمال"][0] == D(2018, 5, 1)
    assert by_text("on Christmas Eve", D(2018, 1, 10))["Christmas Eve"][0] == D(2017, 12, 24)


def test_a_weekday_after_starting_from_is_ahead():
    (mention,) = tag_dates("أعلن الجيش هدنة يومية اعتبارا من الخميس", D(2019, 3, 11))  # a Monday
    assert mention.first == D(2019, 3, 14)


def test_numbers_of_people_are_not_a_range_of_years():
    assert tag_dates("يتراوح عدد المقاتلين بين 1900 و2000 مقاتل", D(2019, 3, 14)) == []


def test_the_past_n_days_run_up_to_publication():
    published = D(2019, 3, 14)
    found = by_text("وثّق الفريق 40 خرقاً خلال الأيام الثلاثة الماضية", published)
    assert found["خلال الأيام الثلاثة الماضية"][:2] == (D(2019, 3, 11), published)
    assert by_text("خلال الـ24 ساعة الماضية قتل 5", published)["خلال الـ24 ساعة الماضية"][:2] == (
        D(2019, 3, 13),
        published,
    )
    assert by_text("over the past two weeks", published)["over the past two weeks"][0] == D(2019, 2, 28)
    assert by_text("in the last days", published) == {}  # how many days is not said


def test_either_of_two_days_and_two_days_after_fi():
    published = D(2019, 3, 20)
    assert by_text("قتل في 14 أو 15 من آذار", published)["14 أو 15 من آذار"][:2] == (D(2019, 3, 14), D(2019, 3, 15))
    assert by_text("نزحوا في 3 و4 آذار", published)["3 و4 آذار"][:2] == (D(2019, 3, 3), D(2019, 3, 4))


def test_the_day_after_or_the_eve_of_an_event_is_the_time_of_its_clause():
    published = D(2019, 3, 16)  # a Saturday
    found = by_text("تجدد القصف غداة الهدنة", published)
    assert found["غداة"] == (published, published, "publication")  # no day told yet: the publication day
    text = "أعلن المرصد الخميس حصيلة جديدة، وتأتي الحصيلة غداة مقتل عشرة مدنيين"
    assert by_text(text, published)["غداة"][:2] == (D(2019, 3, 14), D(2019, 3, 14))
    text = "ستعقد الجولة الأحد المقبل، وصدر البيان عشية الاجتماع"
    assert by_text(text, published)["عشية"][0] == published  # a planned day is not where the story is told


def test_quotes_are_those_a_search_of_every_mark_from_each_position_finds():
    """Each mark's next occurrence kept between quotes gives the quotes of three searches from every position."""
    import random

    closing = {"«": "»", "“": "”", '"': '"'}

    def searched_each_time(text: str) -> list[tuple[int, int]]:
        quotes, pos = [], 0
        while True:
            starts = [(text.find(mark, pos), mark) for mark in closing]
            starts = [(i, mark) for i, mark in starts if i != -1]
            if not starts:
                return quotes
            start, mark = min(starts)
            end = text.find(closing[mark], start + 1)
            paragraph_end = text.find("\n", start + 1)
            if end == -1 or (paragraph_end != -1 and paragraph_end < end):
                pos = start + 1
                continue
            quotes.append((start, end + 1))
            pos = end + 1

    pieces = ["«", "»", "“", "”", '"', "\n", "قال", " ", "x"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        assert [(q.start, q.end) for q in find_quotes(text)] == searched_each_time(text), text
