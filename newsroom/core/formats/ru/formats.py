# Russian edition: "14 января 2025, 11:12" ("E" is the month in the genitive).
# Newsrooms leave out Django's "г." after the year.
DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Input formats: Django's Russian ones (d.m.Y).

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"  # 12 345, with a no-break space
NUMBER_GROUPING = 3
