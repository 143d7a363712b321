# English edition: day before month, 24-hour clock ("14 January 2025, 11:12").
# The *_FORMAT strings use Django's date format syntax.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# Django's English ones read 01/02/2025 as 2 January; ours read what we show.
DATE_INPUT_FORMATS = [
    "%Y-%m-%d",  # '2025-01-14'
    "%d/%m/%Y",  # '14/01/2025'
    "%d/%m/%y",  # '14/01/25'
]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M",
]

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","  # 12,345
NUMBER_GROUPING = 3
