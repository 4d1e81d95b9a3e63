"""Dates as publishers write them, in markup and in print, with the zone they were written in.

A page's date is a wall-clock value plus, sometimes, an offset. Treating an unzoned value as
UTC shifts it by the publisher's offset, and a date without a time stored as midnight UTC
claims a moment nobody wrote (and is the previous day in every zone east of UTC's
neighbours' west). So a value keeps what was written (``WrittenDate``) until the page's
zone is known, and only then becomes an instant (``WrittenDate.instant``):

* zoned values ("+02:00", "+0200", "Z", "CEST", "GMT+2") are exact;
* unzoned values are read in the publisher's zone (see ``publisher_zone``), else UTC;
* a date without a time is stored at 12:00 in that zone (12:00 UTC when the zone is
  unknown), so that its UTC date is the publisher's calendar day in every zone from
  UTC-11 to UTC+11; ``has_time`` tells the two apart.

Printed dates are read in the common formats of about twenty languages (month names,
"3. Mai 2024", "3 de mayo de 2024", "2024年5月3日", "2024년 5월 3일", numeric day-first
forms), with a time after (or just before) the date when one is printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

NOON = 12


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """A date as the page wrote it: naive wall-clock value, the offset written with it
    (None when unzoned) and whether a time of day was written at all."""

    wall: datetime
    offset: timedelta | None = None
    has_time: bool = True

    @property
    def zoned(self) -> bool:
        return self.offset is not None

    def instant(self, zone: tzinfo | None = None) -> datetime:
        """The moment in UTC: an unzoned value is read in ``zone`` (UTC when None); a
        date without a time is 12:00 in that zone."""
        wall = self.wall if self.has_time else self.wall.replace(hour=NOON, minute=0, second=0, microsecond=0)
        if self.offset is not None:
            return (wall - self.offset).replace(tzinfo=timezone.utc)
        return wall.replace(tzinfo=zone or timezone.utc).astimezone(timezone.utc)

    def with_offset(self, offset: timedelta) -> WrittenDate:
        return WrittenDate(self.wall, offset, self.has_time)


# ----------------------------------------------------------------------------- zone names

# Abbreviations publishers print or CMSs emit (Java's Date.toString: "Fri Apr 28 19:20:36
# CEST 2023"). Ambiguous ones list their readings, most common in news first; the
# publisher's zone picks another reading where it matches (CST in China, IST in Ireland).
_ABBREVIATIONS: dict[str, tuple[float, ...]] = {
    "utc": (0,), "gmt": (0,), "z": (0,), "ut": (0,), "wet": (0,), "west": (1,), "bst": (1,),
    "cet": (1,), "cest": (2,), "met": (1,), "mest": (2,), "mez": (1,), "mesz": (2,),
    "eet": (2,), "eest": (3,), "msk": (3,), "trt": (3,), "ist": (5.5, 1, 2), "pkt": (5,),
    "ict": (7,), "wib": (7,), "hkt": (8,), "sgt": (8,), "pht": (8,), "awst": (8,),
    "jst": (9,), "kst": (9,), "acst": (9.5,), "aest": (10,), "aedt": (11,), "nzst": (12,), "nzdt": (13,),
    "est": (-5,), "edt": (-4,), "cst": (-6, 8), "cdt": (-5,), "mst": (-7,), "mdt": (-6,),
    "pst": (-8,), "pdt": (-7,), "akst": (-9,), "akdt": (-8,), "hst": (-10,), "ast": (-4,), "adt": (-3,),
    "nst": (-3.5,), "brt": (-3,), "art": (-3,), "clt": (-4,), "sast": (2,), "cat": (2,), "eat": (3,),
    "wat": (1,),
}
_ZONE_WORD = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_OFFSET = re.compile(r"^(?:(?:utc|gmt)\s*)?([+-\u2212])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def zone_offset(name: str, wall: datetime | None = None, zone: tzinfo | None = None) -> timedelta | None:
    """The UTC offset a zone name or numeric offset stands for ("CEST", "+0200", "GMT+2")."""
    name = name.strip().strip("()[]").strip()
    match = _OFFSET.match(name)
    if match:
        sign = -1 if match.group(1) in "-\u2212" else 1
        hours, minutes = int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes >= 60:
            return None
        return sign * timedelta(hours=hours, minutes=minutes)
    readings = _ABBREVIATIONS.get(name.casefold())
    if not readings:
        return None
    offsets = [timedelta(hours=h) for h in readings]
    if zone is not None and wall is not None and len(offsets) > 1:
        local = zone.utcoffset(wall)
        if local in offsets:
            return local
    return offsets[0]


# ----------------------------------------------------------------------------- machine values

_ISO = re.compile(
    r"^(?P<y>\d{4})-?(?P<mo>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s]+(?P<h>\d{1,2}):?(?P<mi>\d{2})(?::?(?P<s>\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(?P<zone>Z|[+-\u2212]\d{2}(?::?\d{2})?|(?:UTC|GMT)\s*(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Za-z]{2,5})?$",
    re.IGNORECASE,
)
_RFC_JAVA = re.compile(
    # "Fri, 28 Apr 2023 19:20:36 +0200" (RFC 2822) and "Fri Apr 28 19:20:36 CEST 2023" (Java)
    r"^(?:[A-Za-z]{3,9},?\s+)?(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Za-z]{3,9})\.?|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2}))"
    r"(?:,?\s+(?P<y1>\d{4}))?\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
    r"(?:\s+(?P<zone>[A-Za-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{4}))?(?:\s+(?P<y2>\d{4}))?$",
)


def parse_written(value: object) -> WrittenDate | None:
    """A machine-readable date (JSON-LD, meta content, ``<time datetime>``): ISO 8601 with or
    without an offset ("+02:00", "+0200", "Z"), a zone name after it, RFC 2822, Java's
    ``Date.toString``, or a Unix timestamp. None when unreadable or impossible ("0000-00-00")."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    if not value or len(value) > 60:
        return None
    if re.fullmatch(r"1\d{9}(?:\d{3})?", value):  # Unix seconds or milliseconds, 2001-2033
        seconds = int(value[:10])
        return WrittenDate(datetime.fromtimestamp(seconds, timezone.utc).replace(tzinfo=None), timedelta(0))
    match = _ISO.match(value)
    if match:
        return _from_parts(match["y"], match["mo"], match["d"], match["h"], match["mi"], match["s"], match["zone"])
    match = _RFC_JAVA.match(value)
    if match:
        month = month_number(match["m1"] or match["m2"])
        year = match["y1"] or match["y2"]
        if month is None or year is None:
            return None
        return _from_parts(year, str(month), match["d1"] or match["d2"], match["h"], match["mi"], match["s"],
                           match["zone"])
    # A machine value that begins with a full date and trails something we cannot read keeps its date.
    head = re.match(r"^(\d{4})-(\d{2})-(\d{2})(?![\d:])", value)
    if head:
        return _from_parts(*head.groups(), None, None, None, None)
    return None


def _from_parts(year, month, day, hour, minute, second, zone) -> WrittenDate | None:
    try:
        wall = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except (ValueError, TypeError):
        return None
    offset = None
    if zone:
        offset = zone_offset(zone.replace("\u2212", "-"), wall)
        if offset is None and not re.fullmatch(r"[A-Za-z]{2,5}", zone):
            return None
    return WrittenDate(wall, offset, hour is not None)


# ----------------------------------------------------------------------------- printed dates

# Month names and common abbreviations, lower case, by language (genitive forms where the
# language prints them after a day: "3 мая", "3 maja", "3. toukokuuta").
_MONTH_NAMES: dict[int, str] = {
    1: "january jan janvier janv jänner januar jan januari enero ene gennaio gen janeiro tammikuuta tammikuu "
       "stycznia styczeń января январь січня ocak ledna ledna január ianuarie ιανουαρίου",
    2: "february feb februar februari février févr fevrier febrero febbraio fevereiro fev helmikuuta helmikuu "
       "lutego luty февраля февраль лютого şubat subat února február februarie φεβρουαρίου",
    3: "march mar märz maerz mrz mär mars marts maart mrt marzo março marco maaliskuuta maaliskuu marca "
       "marzec марта март березня mart března március martie maret μαρτίου",
    4: "april apr avril avr abril aprile huhtikuuta huhtikuu kwietnia kwiecień апреля апрель квітня nisan "
       "dubna április aprilie απριλίου",
    5: "may mai maj mei mayo maggio mag maio toukokuuta toukokuu maja maj мая май травня mayıs mayis května "
       "május μαΐου μαίου",
    6: "june jun juni juin junio giugno giu junho kesäkuuta kesäkuu czerwca czerwiec июня июнь червня "
       "haziran června június iunie ιουνίου",
    7: "july jul juli juillet juil julio luglio lug julho heinäkuuta heinäkuu lipca lipiec июля июль липня "
       "temmuz července július iulie ιουλίου",
    8: "august aug august augusti augustus août aout agosto ago elokuuta elokuu sierpnia sierpień августа "
       "август серпня ağustos agustos srpna augusztus agustus αυγούστου",
    9: "september sep sept septembre septiembre setiembre settembre set setembro syyskuuta syyskuu "
       "września wrzesień сентября сентябрь вересня eylül eylul září szeptember septembrie σεπτεμβρίου",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out lokakuuta lokakuu października "
        "październik октября октябрь жовтня ekim října október octombrie οκτωβρίου",
    11: "november nov novembre noviembre novembro marraskuuta marraskuu listopada listopad ноября ноябрь "
        "листопада kasım kasim listopadu noiembrie νοεμβρίου",
    12: "december dec dezember dez desember décembre déc decembre diciembre dic dicembre dezembro "
        "joulukuuta joulukuu grudnia grudzień декабря декабрь грудня aralık aralik prosince decembrie "
        "δεκεμβρίου",
}
_MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))


def month_number(name: str | None) -> int | None:
    """1-12 for a month name or abbreviation in any of the languages above."""
    if not name:
        return None
    return _MONTHS.get(name.casefold().rstrip("."))


_Y = r"(?P<{}>(?:19|20)\d\d)"
_TIME = (r"(?P<th>[012]?\d)\s*(?:[:h.]|時)\s*(?P<tm>[0-5]\d)(?:\s*分)?(?::(?P<ts>[0-5]\d))?"
         r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?(?![a-z])))?(?:\s*(?:uhr|h|horas|hrs?|น\.))?"
         rf"(?:\s*\(?(?P<tz>(?:utc|gmt)\s*[+-\u2212]\s*\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|(?:{_ZONE_WORD})(?![a-z]))\)?)?")
_CLOCK = re.compile(_TIME, re.IGNORECASE)
_PRINTED = re.compile(
    "(?<![\\w.])(?:"
    # 3. Mai 2024 / 3 de mayo de 2024 / 3rd May, 2024 / 3 мая 2024 г.
    rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th|er|e|º|°)?\.?\s*(?:de\s+|d'\s*)?(?P<m1>{_MONTH_RE})\.?,?\s*(?:de\s+|del\s+)?{_Y.format('y1')}"
    # May 3, 2024 / Mai 3 2024
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_Y.format('y2')}"
    # 2024. május 3. (Hungarian)
    rf"|{_Y.format('y5')}\.\s*(?P<m5>{_MONTH_RE})\s+(?P<d5>\d{{1,2}})\."
    # 2024年5月3日 / 2024년 5월 3일
    rf"|{_Y.format('y4')}\s*[年년]\s*(?P<m4>\d{{1,2}})\s*[月월]\s*(?P<d4>\d{{1,2}})\s*[日일]?"
    # 2024-05-03 / 2024/05/03 / 2024.05.03
    rf"|{_Y.format('y3')}(?P<sep3>[-/.])(?P<m3>\d{{1,2}})(?P=sep3)(?P<d3>\d{{1,2}})(?!\d)"
    # 03.05.2024 / 3/5/2024 / 03-05-2024
    rf"|(?P<a6>\d{{1,2}})(?P<sep6>[./-])\s?(?P<b6>\d{{1,2}})(?P=sep6)\s?{_Y.format('y6')}"
    ")(?![\\w])",
    re.IGNORECASE,
)
# What may stand between a date and its time: "3. Mai 2024, 10:20 Uhr", "3 mai 2024 à 10h20",
# "4 marzo 2025 alle 10:20", "3/5/2024 kl. 10.20", "2024年5月3日 10:20", "May 3, 2024 at 6:40 pm".
_DATE_TIME_GAP = re.compile(
    r"^[\s,|\u2013\u2014\u00b7\u2022/-]*(?:(?:um|at|à|a\s+las|a\s+la|alle|ore|às|om|kl\.?|klo\.?|klockan|"
    r"klokken|godz\.?|г\.?|в|о|saat|[-,]|오전|오후|上午|下午|午前|午後)\s*)*$",
    re.IGNORECASE,
)
_PM_WORDS = ("오후", "下午", "午後")


def find_printed_dates(text: str, *, day_first: bool = True) -> Iterator[tuple[int, int, WrittenDate]]:
    """Dates printed in running text, with the time printed beside them: (start, end, value).
    ``day_first`` reads 03/05/2024 as 3 May (False: as March 5, the US order); a first
    number over 12 decides either way."""
    for match in _PRINTED.finditer(text):
        value = _printed_value(match, day_first)
        if value is None:
            continue
        end = match.end()
        clock = _time_after(text, end, value)
        if clock is not None:
            value, end = clock
        else:
            before = _time_before(text, match.start(), value)
            if before is not None:
                value = before
        yield match.start(), end, value


def _printed_value(match: re.Match, day_first: bool) -> WrittenDate | None:
    g = match.groupdict()
    try:
        if g["y1"] or g["y2"] or g["y5"]:
            year = int(g["y1"] or g["y2"] or g["y5"])
            month = month_number(g["m1"] or g["m2"] or g["m5"])
            day = int(g["d1"] or g["d2"] or g["d5"])
        elif g["y4"]:
            year, month, day = int(g["y4"]), int(g["m4"]), int(g["d4"])
        elif g["y3"]:
            year, month, day = int(g["y3"]), int(g["m3"]), int(g["d3"])
        else:
            a, b, year = int(g["a6"]), int(g["b6"]), int(g["y6"])
            if g["sep6"] == "/" and not day_first and a <= 12:
                month, day = a, b
            else:
                day, month = (a, b) if a <= 31 and b <= 12 else (b, a)
        if month is None:
            return None
        return WrittenDate(datetime(year, month, day), None, False)
    except (ValueError, TypeError):
        return None


def _clock(match: re.Match, gap: str, wall: datetime) -> tuple[datetime, timedelta | None] | None:
    hour, minute = int(match["th"]), int(match["tm"])
    second = int(match["ts"] or 0)
    ampm = (match["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" or any(word in gap for word in _PM_WORDS):
        hour = hour + 12 if hour < 12 else hour
    elif ampm == "am" or "오전" in gap or "上午" in gap or "午前" in gap:
        hour = 0 if hour == 12 else hour
    if hour > 23:
        return None
    wall = wall.replace(hour=hour, minute=minute, second=second)
    offset = zone_offset(match["tz"], wall) if match["tz"] else None
    return wall, offset


def _time_after(text: str, end: int, value: WrittenDate) -> tuple[WrittenDate, int] | None:
    window = text[end:end + 40]
    for match in _CLOCK.finditer(window):
        if not _DATE_TIME_GAP.match(window[:match.start()]):
            return None
        clock = _clock(match, window[:match.start()], value.wall)
        if clock is None:
            return None
        return WrittenDate(clock[0], clock[1], True), end + match.end()
    return None


def _time_before(text: str, start: int, value: WrittenDate) -> WrittenDate | None:
    window = text[max(0, start - 20):start]
    match = None
    for match in _CLOCK.finditer(window):
        pass
    if match is None or not re.fullmatch(r"[\s,|\u2013\u2014\u00b7\u2022-]*", window[match.end():]):
        return None
    if re.search(r"\d[.:/-]?$", window[:match.start()]):
        return None  # part of a longer number
    clock = _clock(match, "", value.wall)
    return WrittenDate(clock[0], clock[1], True) if clock else None


# ----------------------------------------------------------------------------- publisher's zone

# Where the country of a site (its country-code domain, or the region of its declared
# language) has one zone, or one where nearly all of its newsrooms sit.
_COUNTRY_ZONES = {
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
    "be": "Europe/Brussels", "nl": "Europe/Amsterdam", "lu": "Europe/Luxembourg", "it": "Europe/Rome",
    "es": "Europe/Madrid", "pt": "Europe/Lisbon", "dk": "Europe/Copenhagen", "se": "Europe/Stockholm",
    "no": "Europe/Oslo", "fi": "Europe/Helsinki", "is": "Atlantic/Reykjavik", "ie": "Europe/Dublin",
    "uk": "Europe/London", "gb": "Europe/London", "pl": "Europe/Warsaw", "cz": "Europe/Prague",
    "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "gr": "Europe/Athens", "tr": "Europe/Istanbul", "ru": "Europe/Moscow", "ua": "Europe/Kyiv",
    "by": "Europe/Minsk", "lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn",
    "si": "Europe/Ljubljana", "hr": "Europe/Zagreb", "rs": "Europe/Belgrade", "il": "Asia/Jerusalem",
    "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei",
    "hk": "Asia/Hong_Kong", "sg": "Asia/Singapore", "in": "Asia/Kolkata", "pk": "Asia/Karachi",
    "th": "Asia/Bangkok", "vn": "Asia/Ho_Chi_Minh", "ph": "Asia/Manila", "my": "Asia/Kuala_Lumpur",
    "id": "Asia/Jakarta", "ae": "Asia/Dubai", "sa": "Asia/Riyadh", "qa": "Asia/Qatar", "eg": "Africa/Cairo",
    "za": "Africa/Johannesburg", "ng": "Africa/Lagos", "ke": "Africa/Nairobi", "nz": "Pacific/Auckland",
    "ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago", "co": "America/Bogota",
    "pe": "America/Lima", "ve": "America/Caracas", "uy": "America/Montevideo", "br": "America/Sao_Paulo",
    "mx": "America/Mexico_City", "us": "America/New_York", "ca": "America/Toronto",
    "au": "Australia/Sydney",
}
# A language spoken mostly in one zone; English, Spanish, Portuguese and Arabic are not.
_LANGUAGE_ZONES = {
    "de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "da": "Europe/Copenhagen", "sv": "Europe/Stockholm", "nb": "Europe/Oslo", "nn": "Europe/Oslo",
    "no": "Europe/Oslo", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw", "cs": "Europe/Prague",
    "sk": "Europe/Bratislava", "hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia",
    "el": "Europe/Athens", "tr": "Europe/Istanbul", "ru": "Europe/Moscow", "uk": "Europe/Kyiv",
    "he": "Asia/Jerusalem", "ja": "Asia/Tokyo", "ko": "Asia/Seoul", "zh": "Asia/Shanghai",
    "th": "Asia/Bangkok", "vi": "Asia/Ho_Chi_Minh", "id": "Asia/Jakarta", "hi": "Asia/Kolkata",
    "lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn", "sl": "Europe/Ljubljana",
    "hr": "Europe/Zagreb", "sr": "Europe/Belgrade", "is": "Atlantic/Reykjavik",
}
_GENERIC_TLDS = {"com", "org", "net", "info", "news", "eu", "io", "tv", "media", "online", "site"}


@lru_cache(maxsize=64)
def _zone(name: str) -> tzinfo | None:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # no tz database on this machine: the caller falls back to an offset or UTC
        return None


def publisher_zone(host: str | None, language: str | None, seen_offsets: list[timedelta] = ()) -> tzinfo | None:
    """The zone a publisher writes its unzoned times in: its country's (the host's
    country-code domain, else the region of the page's declared language, else a language
    spoken in one zone), checked against the offsets the page writes elsewhere (a
    ``dateModified`` with "+02:00"): when they disagree, the page's own offset wins."""
    name = None
    tld = (host or "").rstrip(".").rsplit(".", 1)[-1].lower()
    region = ""
    if language:
        parts = re.split(r"[-_]", language.strip().lower())
        region = parts[1] if len(parts) > 1 and len(parts[1]) == 2 else ""
        language = parts[0]
    if tld and tld not in _GENERIC_TLDS:
        name = _COUNTRY_ZONES.get(tld)
    if name is None and region:
        name = _COUNTRY_ZONES.get(region)
    if name is None and language:
        name = _LANGUAGE_ZONES.get(language)
    zone = _zone(name) if name else None
    if seen_offsets:
        offset = seen_offsets[0]
        if zone is None:
            return timezone(offset)
        now = datetime(2024, 1, 15), datetime(2024, 7, 15)
        if all(zone.utcoffset(moment) != offset for moment in now):
            return timezone(offset)
    return zone


def day_first(language: str | None, host: str | None = None) -> bool:
    """Whether 03/05/2024 is 3 May on this page: everywhere but in the United States
    (English without a non-US country domain or region)."""
    tld = (host or "").rsplit(".", 1)[-1].lower()
    lang = (language or "").lower().replace("_", "-")
    if not lang.startswith("en"):
        return True
    if lang in ("en-us", "en") and (not tld or tld in _GENERIC_TLDS or tld == "us"):
        return False
    return True
