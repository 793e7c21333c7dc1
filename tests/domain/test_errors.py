"""Every user error has its own Dutch and English text."""

import inspect

from calqi_desktop.domain import errors
from calqi_desktop.domain.errors import CalqiError, SignInThrottledError, VaultInUseError

ALL = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, CalqiError)]
WITH_TEXT = [c for c in ALL if c.__dict__.get("nl")]


def test_concrete_errors_have_their_own_texts() -> None:
    assert len(WITH_TEXT) >= 25
    for cls in WITH_TEXT:
        assert cls.en and cls.en != cls.nl, cls.__name__


def test_dutch_texts_tell_what_to_do() -> None:
    for cls in WITH_TEXT:
        text = cls.nl
        assert text.endswith((".", ")")), cls.__name__
        assert len(text.split()) >= 6, cls.__name__


def test_values_fill_the_template() -> None:
    assert "30 seconden" in SignInThrottledError(30).message()
    assert "30 seconds" in SignInThrottledError(30).message("en")
    assert "(werkplek-3, proces 12)" in VaultInUseError("werkplek-3, proces 12").message()
    assert str(SignInThrottledError(5)) == SignInThrottledError(5).message("nl")
