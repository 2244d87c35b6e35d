"""Paired-ratio statistics for the benchmark: medians with their interquartile spread, and the
verdict wording (an effect smaller than the spread is "within noise")."""
import statistics
from typing import Sequence, Tuple


def quartiles(xs: Sequence[float]) -> Tuple[float, float, float]:
    q1, q2, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    return q1, q2, q3


def describe(xs: Sequence[float], fmt: str = "{:.2f}") -> str:
    q1, med, q3 = quartiles(xs)
    return f"{fmt.format(med)} (IQR {fmt.format(q1)}–{fmt.format(q3)})"


def verdict(ratios: Sequence[float], goal: float = 1.0) -> str:
    """For a ratio that should stay at or below `goal`: the effect is the median's distance from
    it; when the interquartile spread is wider than that, the rounds cannot tell."""
    q1, med, q3 = quartiles(ratios)
    if q3 - q1 > abs(goal - med):
        return "within noise"
    return "goal met" if med <= goal else "goal NOT met"


def differs(ratios: Sequence[float]) -> str:
    """For a ratio against the bare app: is there an overhead at all, beyond the spread?"""
    q1, med, q3 = quartiles(ratios)
    return "within noise" if q3 - q1 > abs(med - 1.0) else f"{(med - 1) * 100:+.0f}%"
