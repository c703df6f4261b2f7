"""What the grammar found, before it is resolved to days: the meaning of one date expression."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Expression:
    """One temporal expression in the normalized text (``start``/``end`` are normalized offsets).

    ``form`` says which fields matter:
    - ``date``: ``calendar`` day ``day`` (..``day_last`` of ``month_last`` or the same month, for a range) of
      ``month`` in ``year`` (None = infer); ``unit`` night: two days running printed after a night's weekdays;
    - ``month``: a whole ``month`` (of ``year`` or inferred); ``year``: a whole year;
    - ``relative``: ``offset`` days (``unit`` day or night) from the publication day;
    - ``period``: the week/month/year ``offset`` units from the current one (``unit``);
    - ``day_of_month``: ``day`` of the month ``offset`` months from the current one;
    - ``weekday``: the latest ``weekday`` on/before the publication day (``direction`` past/next/future moves it);
    - ``night``: the night into ``weekday_last`` (from ``weekday`` when both are printed);
    - ``weekday_span``: the days from ``weekday`` to ``weekday_last`` ("يومي السبت والأحد", a weekend);
    - ``holiday``: Hijri ``month``/``day`` plus ``offset`` days, lasting ``days`` days (the feast that falls in
      Gregorian ``year`` when a year was told before it);
    - ``ago``: ``months`` months then ``offset`` days before the publication day ("منذ عامين", "1 عام، 1 شهر");
      ``unit`` year gives the whole year;
    - ``past_span``: from the ``ago`` point up to the publication day ("خلال الأيام الثلاثة الماضية");
    - ``anaphor``: ``offset`` units (``unit`` day/month) from the previous expression ("two days later",
      "بعد ذلك بيومين"); ``day`` replaces the day (to ``day_last``: "on the 25th and 26th").
    """

    start: int
    end: int
    form: str
    calendar: str = "gregorian"
    year: int | None = None
    year_offset: int | None = None  # "من العام الماضي", "last year": the year relative to the publication year
    month: int | None = None
    day: int | None = None
    day_last: int | None = None
    month_last: int | None = None  # a range across months ("من 28 شباط حتى 2 آذار")
    year_last: int | None = None  # a range across years ("2013 - 2018"); ``day_last`` 31 means the month's end
    weekday: int | None = None
    weekday_last: int | None = None
    offset: int = 0
    unit: str | None = None
    direction: str | None = None
    days: int = 1
    feasts: tuple[tuple[int, int, int], ...] = ()  # "ثالث أيام العيد": whichever feast came last
    weekday_check: int | None = None  # a weekday printed next to a date, to check against it
    relative_check: int | None = None  # "اليوم، 18 أيلول": days from publication the printed date should be
    note: str | None = None
    months: int = 0  # ``ago``: whole months back (a year is twelve)
    last_days: int = 0  # ``date``: the month's last ``last_days`` days ("the last week of March"), ``day`` ignored
    since: bool = False  # "منذ 18 شباط", "since 2015": from this day up to the publication day (GOLD_SCHEMA)
