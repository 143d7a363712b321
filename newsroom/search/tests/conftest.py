"""The desk's people and sections, for the admin search tests."""

from newsroom.desk.tests.conftest import login, people, sections  # noqa: F401
