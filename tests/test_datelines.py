"""Publication stamps: each printed form, and which stamp wins when a page prints several."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from timeline.readers.datelines import find_stamps, parse_stamp, publication_stamp

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("2018.11.10 | 14:11 دمشق", dt.datetime(2018, 11, 10, 14, 11, tzinfo=ZoneInfo("Asia/Damascus"))),
        ("تم النشر: 2019/02/16 الساعة 10:08 بتوقيت غرينتش", dt.datetime(2019, 2, 16, 10, 8, tzinfo=ZoneInfo("UTC"))),
        ("الخميس 2018/11/01", dt.datetime(2018, 11, 1)),
        ("● أخبار سورية ٢٧ يونيو ٢٠١٩", dt.datetime(2019, 6, 27)),
        ("السبت، 24 نوفمبر 2018", dt.datetime(2018, 11, 24)),
        ("Published on 12:00 AM, October 15, 2018", dt.datetime(2018, 10, 15, 0, 0)),
        ("Posted on 3:05 PM, March 4, 2019", dt.datetime(2019, 3, 4, 15, 5)),
        ("5 August 2019 02:51 (UTC+04:00)", dt.datetime(2019, 8, 5, 2, 51, tzinfo=dt.timezone(dt.timedelta(hours=4)))),
        ("الإثنين 12.11.2018 - 13:15", dt.datetime(2018, 11, 12, 13, 15)),
        ("الخميس 17 كانون الثاني 2019 | 10:05", dt.datetime(2019, 1, 17, 10, 5)),
        ("12 أغسطس، 2018 - 11:40 ص", dt.datetime(2018, 8, 12, 11, 40)),
        ("20 أيار 2019 - 08:10 م", dt.datetime(2019, 5, 20, 20, 10)),
        ("نشر بتاريخ 20 أيار 2019 الساعة 08:10 مساءً", dt.datetime(2019, 5, 20, 20, 10)),
        ("نشر بتاريخ 20 أيار 2019 الساعة 1:30 ظهراً", dt.datetime(2019, 5, 20, 13, 30)),
        ("نشر بتاريخ 20 أيار 2019 الساعة 11:05 ليلاً", dt.datetime(2019, 5, 20, 23, 5)),
        ("نشر بتاريخ 20 أيار 2019 الساعة 12:15 صباحاً", dt.datetime(2019, 5, 20, 0, 15)),
        ("Updated May 20, 2019 at 8:10 p.m.", dt.datetime(2019, 5, 20, 20, 10)),
        ("Reuters | October 26, 2018 | 3:48 PM", dt.datetime(2018, 10, 26, 15, 48)),
        ("AFP World Service | 08 Sep 2018 | 14:27 GMT", dt.datetime(2018, 9, 8, 14, 27, tzinfo=ZoneInfo("UTC"))),
        ("الخميس 2 أيار/مايو 2019", dt.datetime(2019, 5, 2)),
    ],
)
def test_each_printed_form(printed, expected):
    stamp = publication_stamp(printed, today=TODAY)
    assert stamp is not None
    assert stamp.to_datetime() == expected
    assert stamp.to_datetime().utcoffset() == expected.utcoffset()
    assert stamp.published_from == "dateline"


def test_damascus_zone_follows_summer_time():
    summer = publication_stamp("2019.07.26 | 21:10 دمشق").to_datetime()
    assert summer.isoformat() == "2019-07-26T21:10:00+03:00"


def test_published_and_updated_keeps_the_printed_publication_time():
    stamp = publication_stamp("نشر في 12.11.2018 00:00 / آخر تحديث في 12.11.2018 14:07")
    assert stamp.kind == "published"
    assert stamp.to_datetime() == dt.datetime(2018, 11, 12, 0, 0)
    assert [s.kind for s in find_stamps("نشر في 12.11.2018 00:00 / آخر تحديث في 12.11.2018 14:07")] == [
        "published",
        "updated",
    ]


def test_wire_dateline_takes_year_and_time_from_the_header():
    text = "Test Wire | 14 Oct 2018 | 11:52 GMT\nHeadline about a test town\nBEIRUT, Oct 14 (AFP) - Rebels said..."
    stamp = publication_stamp(text)
    assert stamp.to_datetime() == dt.datetime(2018, 10, 14, 11, 52, tzinfo=ZoneInfo("UTC"))


def test_wire_dateline_alone_takes_year_from_the_text():
    text = "ANKARA, Sept 3 (Reuters) - Turkey said on Monday that the 2018 deal still held."
    stamp = publication_stamp(text, today=TODAY)
    assert stamp.kind == "wire"
    assert stamp.to_datetime() == dt.datetime(2018, 9, 3)
    assert "year inferred from the text" in stamp.warnings


def test_dateline_with_time_and_city_beats_a_site_date_widget():
    text = "الأحد 1 آذار 2020 | شبكة الوادي\nالرئيسية | أخبار\n2019.06.04 | 09:20 دمشق\nعنوان الخبر هنا\n"
    assert publication_stamp(text).to_datetime().date() == dt.date(2019, 6, 4)


def test_hijri_gregorian_widget_loses_to_the_article_date():
    text = "الخميس 10 رجب 1441 هـ - 5 آذار 2020\nموقع تجريبي | تقارير\nالأحد 26 أيار 2019\nعنوان الخبر\n"
    assert publication_stamp(text).to_datetime().date() == dt.date(2019, 5, 26)


def test_cue_stamp_at_the_foot_of_the_page_is_found():
    body = "\n".join(["فقرة طويلة من نص الخبر تتحدث عن القصف على القرى والبلدات في الريف الجنوبي " * 3] * 20)
    stamp = publication_stamp(body + "\nتاريخ النشر: 2019/03/02")
    assert stamp.to_datetime() == dt.datetime(2019, 3, 2)


def test_body_today_sentence_infers_the_year_from_the_weekday():
    text = "عنوان\n\nوقال مراسلنا اليوم، الثلاثاء 18 من أيلول، إن القصف تواصل."
    stamp = publication_stamp(text, today=TODAY)
    assert stamp.published_from == "body"
    assert stamp.to_datetime() == dt.datetime(2018, 9, 18)
    assert "year inferred from the weekday" in stamp.warnings


def test_body_today_year_near_known_metadata_date():
    text = "وقال مراسلنا اليوم، الأحد 14 من تموز، إن القصف تواصل."
    assert publication_stamp(text, today=TODAY, near=dt.date(2019, 7, 14)).year == 2019


def test_weekday_that_does_not_match_is_flagged():
    stamp = publication_stamp("الجمعة 2018/11/01")
    assert stamp.to_datetime() == dt.datetime(2018, 11, 1)
    assert "weekday does not match publication date" in stamp.warnings


def test_dates_inside_the_body_are_not_publication_stamps():
    paragraph = "وكان الاتفاق قد وقع في 17 أيلول 2018 بين الطرفين في مدينة سوتشي الروسية " * 3
    assert publication_stamp("عنوان الخبر التجريبي\n\n" + paragraph) is None


def test_invalid_dates_are_ignored():
    assert parse_stamp("2019.02.30 | 10:00 دمشق") is None
    assert parse_stamp("لا تاريخ هنا") is None


def test_span_points_into_the_original_text():
    text = "موقع | أخبار\nالسبت، ٢٤ نوفمبر ٢٠١٨\nعنوان"
    stamp = publication_stamp(text)
    assert text[stamp.start : stamp.end] == "السبت، ٢٤ نوفمبر ٢٠١٨"


def test_date_above_the_navigation_bar_is_the_site_widget():
    text = "السبت 7 آذار 2020 | موقع تجريبي\nالرئيسية | سوريا | تقارير\nالأربعاء 3 نيسان 2019\nعنوان الخبر\n"
    stamps = find_stamps(text)
    assert [s.strength for s in stamps] == [10, 20]
    assert publication_stamp(text).to_datetime() == dt.datetime(2019, 4, 3)


def test_body_today_beats_a_widget_and_is_not_later_than_it():
    text = (
        "الخميس 5 آذار 2020 | موقع تجريبي\nالرئيسية | سوريا | تقارير\nعنوان طويل للخبر هنا\n\n"
        "قال مراسلنا اليوم، الأحد 26 من أيار، إن القصف تواصل على البلدة."
    )
    stamp = publication_stamp(text, today=TODAY)
    assert stamp.published_from == "body"
    assert stamp.to_datetime() == dt.datetime(2019, 5, 26)  # 2024 also has a Sunday 26 May, after the widget


def test_hijri_header_date_is_converted_when_nothing_else_is_printed():
    stamp = publication_stamp("عاجل | ريف حماة\n\nالجمعة 1 ربيع الأول 1440هـ\n\nنص قصير.")
    assert stamp.calendar == "hijri"
    assert stamp.to_datetime() == dt.datetime(2018, 11, 9)
    assert stamp.warnings == ()  # 1 Rabi' al-Awwal 1440 was a Friday


def test_hijri_gregorian_pair_gives_the_same_day():
    stamp = publication_stamp("الإثنين 26 ربيع الثاني 1441هـ الموافق 23 ديسمبر 2019\nعنوان")
    assert stamp.to_datetime() == dt.datetime(2019, 12, 23)


def test_wire_dateline_year_is_the_latest_not_after_another_printed_date():
    text = "Test Site | 3 Feb 2020\nHeadline of the test story\nBEIRUT, Oct 14 (AFP) - Shelling hit a test town."
    stamp = publication_stamp(text, today=TODAY)
    assert stamp.to_datetime() == dt.datetime(2019, 10, 14)
    assert "year inferred from the other printed date" in stamp.warnings


def test_stamp_inside_a_widget_span_ranks_below_the_article_date():
    text = "8 أيلول 2019 - 10:00\n\nقصف على بلدة تجريبية\n\nالخميس 5 أيلول 2019\n"
    assert publication_stamp(text).to_datetime() == dt.datetime(2019, 9, 8, 10, 0)
    assert publication_stamp(text, widgets=((0, 20),)).to_datetime() == dt.datetime(2019, 9, 5)


def test_arabic_wire_dateline_without_year_beats_a_later_update_stamp():
    text = "مدينة تجريبية - 6 أيار (وكالات) - سقطت قذائف على حي تجريبي أمس.\nآخر تحديث: 2019/05/07\n"
    stamp = publication_stamp(text, today=TODAY)
    assert (stamp.kind, stamp.to_datetime()) == ("wire", dt.datetime(2019, 5, 6))
    comma = publication_stamp("بلدة اختبار، 14 تشرين الأول (رويترز) - نص الخبر.\nتاريخ التحديث 2018/10/15", today=TODAY)
    assert comma.to_datetime() == dt.datetime(2018, 10, 14)
    assert publication_stamp("قالت الوكالة إن 6 أيار (وكالات) موعد.\nآخر تحديث: 2019/05/07").day == 7  # not a line head
