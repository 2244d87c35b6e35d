"""Every metric family is documented in docs/FASTAPI_INTEGRATION.md's metric table."""
import os
import re

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(HERE, "..", "..", "docs", "FASTAPI_INTEGRATION.md")


def test_every_inventory_name_is_in_the_metric_table():
    with open(os.path.join(HERE, "metrics_inventory.txt")) as fh:
        names = [line.strip() for line in fh if line.strip()]
    with open(DOC) as fh:
        rows = set(re.findall(r"^\| `(ops_center_[a-z_]+)` \|", fh.read(), re.M))
    assert set(names) - rows == set()
    assert rows - set(names) == set()
