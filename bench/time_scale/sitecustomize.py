# Scaled clock for benches (bench/pipeline): on PYTHONPATH with GLUEDBT_BENCH_TIME_SCALE=S set, every time.sleep
# lasts 1/S as long, so a Python tool's own waits (dbt-glue's statement polls, botocore's session waiter, the
# `waiter` package, retry back-offs) pass in simulated seconds like everything else. Loaded by Python's site
# module before any other import, so modules binding time.sleep at import (botocore.retries) get the scaled one.
import os

_scale = float(os.environ.get("GLUEDBT_BENCH_TIME_SCALE") or 0)
if _scale > 0:
    import time

    _real_sleep = time.sleep

    def _scaled_sleep(seconds):
        _real_sleep(seconds / _scale)

    time.sleep = _scaled_sleep
