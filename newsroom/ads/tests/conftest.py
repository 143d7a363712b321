"""The newsroom's people, the ad manager among them, from the desk's fixtures."""

from newsroom.desk.tests.conftest import login, people

__all__ = ["login", "people"]
