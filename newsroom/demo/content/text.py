"""The one shape every demo text has: the same words in each demo language."""

LANGUAGES = ("en", "ru", "hy")


def t(en: str, ru: str, hy: str) -> dict[str, str]:
    """One text in the three demo languages."""
    return {"en": en, "ru": ru, "hy": hy}
