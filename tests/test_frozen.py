"""Classes made without ``dataclasses`` (``_frozen.Frozen``: the general reader's
thresholds, its regions, a batch's jobs) behave as frozen dataclasses: made by keyword
or position, a field without a default required, compared and hashed by their fields,
shown by name, frozen, and pickled (a batch's workers get them)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from newsclip.batch import Job, Outcome, Settings
from newsclip.text.general.region import Region
from newsclip.text.general.tuning import DEFAULT, BoxTuning, RegionTuning, ScoreTuning, Tuning


def test_defaults_and_keywords() -> None:
    assert Tuning() == DEFAULT and hash(Tuning()) == hash(DEFAULT)
    changed = Tuning(region=RegionTuning(dated_advantage=0.0))
    assert changed != DEFAULT and changed.region.dated_advantage == 0.0
    assert changed.scores == DEFAULT.scores and changed.region.dated_lines == 8


def test_positional_arguments_in_field_order() -> None:
    assert ScoreTuning(13) == ScoreTuning(batch_max_words=13)
    assert BoxTuning(4, 7).box_label_words == 7


@pytest.mark.parametrize("make", [
    lambda: ScoreTuning(nothing=1),                   # no such field
    lambda: ScoreTuning(12, batch_max_words=12),      # given twice
    lambda: BoxTuning(*range(99)),                    # too many
])
def test_wrong_arguments(make) -> None:
    with pytest.raises(TypeError):
        make()


def test_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT.boxes.box_lines = 9  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del DEFAULT.scores  # type: ignore[misc]


def test_equality_needs_the_same_class_and_repr_names_every_field() -> None:
    assert BoxTuning() != RegionTuning() and BoxTuning() != "BoxTuning()"
    shown = repr(BoxTuning(box_lines=4))
    assert shown.startswith("BoxTuning(box_lines=4, box_label_words=6, ")
    assert shown.endswith("copy_words=150)")
    assert {Tuning(), Tuning()} == {DEFAULT}


def test_required_fields() -> None:
    assert Region(1, 5) == Region(start=1, end=5, stops=frozenset())
    assert Job("a.txt", "a.txt").out is None
    for make in (lambda: Region(1), lambda: Job(name="a.txt"), lambda: Outcome(Job("a", "a"))):
        with pytest.raises(TypeError):
            make()


def test_pickled_and_copied_alike() -> None:
    for value in (Outcome(Job("a", "a"), "parsed", data=b"{}"), Settings(fmt="jsonl"), DEFAULT,
                  Region(0, 3, frozenset({2}))):
        again = pickle.loads(pickle.dumps(value))
        assert again == value and hash(again) == hash(value) and repr(again) == repr(value)


def test_every_instance_holds_its_fields() -> None:
    """A default is no class attribute (read through an instance, it would be an
    attribute whose reads the interpreter does not specialise: the general reader reads
    its thresholds on every line)."""
    assert not hasattr(ScoreTuning, "batch_max_words") and not hasattr(Tuning, "region")
    assert vars(DEFAULT.scores)["batch_max_words"] == 12
    assert vars(DEFAULT)["region"] == RegionTuning()
