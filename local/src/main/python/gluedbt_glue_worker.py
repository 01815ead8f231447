"""One Glue interactive session's Python: statement code runs here, in a real PySpark attached to the endpoint's JVM.

Started by the local Glue endpoint (io.gluedbt.local.glue) with PYSPARK_GATEWAY_PORT / PYSPARK_GATEWAY_SECRET
pointing at the endpoint's py4j server. argv[1] is the Glue session id; argv[2:] are the session's
DefaultArguments as --KEY value pairs, which statement code sees in sys.argv as on Glue.

A warm worker is started with argv[1] == "--warm" ahead of any session: it attaches the SparkContext, writes
{"ready": true}, then waits for its session as the first line on stdin, {"session": id, "argv": [...]}, and
answers {"ready": true} (or {"ready": false, "error": ...}) once the session's SparkSession is attached.

Protocol: requests on stdin, replies on the original stdout, one JSON object per line (fd 1 is redirected to
stderr so that nothing else ever writes there). Request {"code": ...}; reply {"status": "ok"|"error",
"text": captured stdout, "errorName", "errorValue", "traceback": [...]}. The first line written is
{"ready": true} once the SparkSession is attached, or {"ready": false, "error": ...}.
"""
import ast
import io
import json
import os
import signal
import sys
import traceback

_protocol = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
os.dup2(2, 1)
sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", buffering=0), encoding="utf-8", line_buffering=True)


def _send(message):
    _protocol.write(json.dumps(message) + "\n")
    _protocol.flush()


def _attach_context():
    from pyspark import SparkConf, SparkContext
    from pyspark.java_gateway import launch_gateway

    gateway = launch_gateway()
    entry = gateway.entry_point
    jsc = entry.javaSparkContext()
    # A copy of the running context's configuration: it names the master and application already.
    sc = SparkContext(gateway=gateway, jsc=jsc, conf=SparkConf(_jconf=jsc.getConf()))
    # Statement code must never stop the endpoint's shared SparkContext.
    sc.stop = lambda: None
    python_path = os.environ.get("PYTHONPATH")
    if python_path:
        sc.environment["PYTHONPATH"] = python_path
    # PySpark's SIGINT handler cancels every job of the shared context; a cancel here interrupts this session only.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    return sc


def _attach_session(sc, session_id):
    from pyspark.sql import SparkSession

    spark = SparkSession(sc, jsparkSession=sc._gateway.entry_point.sparkSession(session_id))
    spark.stop = lambda: None
    sc.setJobGroup(session_id, "Glue session " + session_id, True)
    return spark


def _failure(error):
    return {"ready": False, "error": "".join(traceback.format_exception(type(error), error, error.__traceback__))}


def _start():
    """The session's (sc, spark), its sys.argv set; None once a failure was reported or stdin ended."""
    warm = sys.argv[1] == "--warm"
    try:
        sc = _attach_context()
        if warm:
            _send({"ready": True})
            line = sys.stdin.readline()
            while line and not line.strip():
                line = sys.stdin.readline()
            if not line:
                return None
            assignment = json.loads(line)
            session_id = assignment["session"]
            sys.argv = ["gluedbt_glue_worker.py"] + list(assignment["argv"])
        else:
            session_id = sys.argv[1]
            sys.argv = ["gluedbt_glue_worker.py"] + sys.argv[2:]
        return sc, _attach_session(sc, session_id)
    except BaseException as error:
        _send(_failure(error))
        return None


def _run(code, namespace):
    captured = io.StringIO()
    previous = sys.stdout
    sys.stdout = captured
    try:
        tree = ast.parse(code, "<stdin>", "exec")
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body.pop().value)
        exec(compile(tree, "<stdin>", "exec"), namespace)
        if last is not None:
            value = eval(compile(last, "<stdin>", "eval"), namespace)
            if value is not None:
                print(repr(value))
        return {"status": "ok", "text": captured.getvalue()}
    except BaseException as error:  # KeyboardInterrupt too: a cancelled statement
        lines = traceback.format_exception(type(error), error, error.__traceback__)
        return {"status": "error", "text": captured.getvalue(), "errorName": type(error).__name__,
                "errorValue": str(error), "traceback": lines}
    finally:
        sys.stdout = previous


def _inject_marked_sleeps():
    """Benches (GLUEDBT_BENCH_SLEEP_MARKERS=1): SQL carrying /* gluedbt-bench sleep_ms=N */ sleeps N ms when it is
    run through spark.sql, whichever tool sent it: the endpoint injects a model's duration instead of heavy SQL."""
    import re
    import time
    from pyspark.sql import SparkSession

    marker = re.compile(r"/\* gluedbt-bench sleep_ms=(\d+) \*/")
    run_sql = SparkSession.sql

    def sql(self, query, *args, **kwargs):
        found = marker.search(query) if isinstance(query, str) else None
        if found:
            time.sleep(int(found.group(1)) / 1000.0)
        return run_sql(self, query, *args, **kwargs)

    SparkSession.sql = sql


def main():
    if os.environ.get("GLUEDBT_BENCH_SLEEP_MARKERS") == "1":
        _inject_marked_sleeps()
    started = _start()
    if started is None:
        return 1
    sc, spark = started
    namespace = {"__name__": "__main__", "__builtins__": __builtins__, "spark": spark, "sc": sc}
    _send({"ready": True})
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply = _run(request["code"], namespace)
        except KeyboardInterrupt as error:  # a cancel arriving between statements
            reply = {"status": "error", "text": "", "errorName": "KeyboardInterrupt", "errorValue": str(error), "traceback": []}
        _send(reply)
    return 0


if __name__ == "__main__":
    sys.exit(main())
