"""The benchmark's verdicts: an effect smaller than the rounds' spread is "within noise"."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench"))

from stats import describe, differs, verdict  # noqa: E402


def test_clear_effects_get_a_verdict():
    assert verdict([0.30, 0.32, 0.35, 0.31, 0.33]) == "goal met"
    assert verdict([1.50, 1.52, 1.55, 1.49, 1.51]) == "goal NOT met"
    assert differs([1.20, 1.21, 1.19, 1.22, 1.20]) == "+20%"


def test_spread_wider_than_the_effect_is_noise():
    assert verdict([0.2, 0.9, 1.6, 0.95, 1.3]) == "within noise"
    assert differs([0.8, 1.3, 1.05, 0.9, 1.2]) == "within noise"


def test_describe_gives_median_and_iqr():
    assert describe([1, 2, 3, 4, 5]) == "3.00 (IQR 2.00–4.00)"
