# Armenian edition: "2025 թ. հունվարի 14, 11:12" -- year first, "թ." (year),
# then the month in the genitive ("E", from our catalogue) and the day.
# Django has no Armenian formats, so everything the site and the admin need
# is here.
DATE_FORMAT = "Y թ. E j"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "Y թ. E j, H:i"
YEAR_MONTH_FORMAT = "F Y թ."
MONTH_DAY_FORMAT = "E j"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2025-01-14'
    "%d.%m.%Y",  # '14.01.2025'
    "%d.%m.%y",  # '14.01.25'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%y %H:%M",
]
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M:%S.%f", "%H:%M"]

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # 12 345, with a no-break space
NUMBER_GROUPING = 3
