# gluedbt prelude: runs dbt nodes' SQL statements in a Glue interactive session (or any PySpark with a global `spark`).
# One node (_gluedbt_run, _gluedbt_run_staged) prints exactly one line: GLUEDBT_RESULT {"results", "failure"}. Several
# independent nodes (_gluedbt_run_many, _gluedbt_run_many_staged) run in threads of this one statement and print
# exactly one line: GLUEDBT_RESULTS {"nodes": [{"id", "results", "failure", "seconds"}]} in the payload's node order.
# The statements arrive as base64 JSON, [{"sql", "mode": "none"|"rows", "limit"}] for one node and
# {"nodes": [{"id", "statements": [...]}]} for several, inline or staged in S3; SQL is never spliced into code.
# Defined once per session: the engine's statements carry this text, and the version guard redefines an older prelude.
if '_gluedbt_run' not in globals() or globals().get('_GLUEDBT_PRELUDE_VERSION') != 2:
    _GLUEDBT_PRELUDE_VERSION = 2

    def _gluedbt_encode(value, data_type):
        """A collected Spark value as JSON, shaped by its Spark type (the engine rebuilds Java types from it)."""
        import base64 as _b64
        import datetime as _dt
        import math as _math
        if value is None:
            return None
        name = data_type.typeName()
        if name in ('byte', 'short', 'integer', 'long'):
            return int(value)
        if name in ('float', 'double'):
            number = float(value)
            if _math.isnan(number):
                return 'NaN'
            return number if _math.isfinite(number) else ('Infinity' if number > 0 else '-Infinity')
        if name == 'decimal':
            return str(value)
        if name == 'boolean':
            return bool(value)
        if name == 'date':
            return value.isoformat()
        if name == 'timestamp':
            # PySpark hands out local wall-clock time; the engine wants UTC (the session time zone on Glue).
            if value.tzinfo is None:
                value = value.astimezone()
            utc = value.astimezone(_dt.timezone.utc).replace(tzinfo=None)
            return utc.isoformat(timespec='microseconds')
        if name == 'timestamp_ntz':
            return value.isoformat(timespec='microseconds')
        if name == 'binary':
            return _b64.b64encode(bytes(value)).decode('ascii')
        if name == 'array':
            return [_gluedbt_encode(item, data_type.elementType) for item in value]
        if name == 'map':
            return [[_gluedbt_encode(key, data_type.keyType), _gluedbt_encode(item, data_type.valueType)]
                    for key, item in value.items()]
        if name == 'struct':
            return [[field.name, _gluedbt_encode(value[index], field.dataType)]
                    for index, field in enumerate(data_type.fields)]
        if name in ('string', 'char', 'varchar'):
            return str(value)
        return str(value)

    def _gluedbt_is_command(frame):
        """True when spark.sql already ran the statement eagerly (DDL, INSERT, MERGE, ...)."""
        try:
            executed = frame._jdf.queryExecution().commandExecuted()
            return executed.getClass().getSimpleName() == 'CommandResult'
        except Exception:
            return False

    def _gluedbt_rows_affected(frame):
        if 'num_affected_rows' not in frame.columns:
            return -1
        rows = frame.select('num_affected_rows').collect()
        if not rows or rows[0][0] is None:
            return -1
        return int(rows[0][0])

    def _gluedbt_java_error_class(throwable):
        """Spark's error class from the first SparkThrowable in the cause chain, as the embedded engine does."""
        from pyspark import SparkContext
        jvm = SparkContext._jvm
        spark_throwable = jvm.java.lang.Class.forName('org.apache.spark.SparkThrowable')
        cause, seen = throwable, 0
        while cause is not None and seen < 32:
            if spark_throwable.isInstance(cause) and cause.getErrorClass() is not None:
                return cause.getErrorClass()
            following = cause.getCause()
            cause = None if following is None or following.equals(cause) else following
            seen += 1
        message = throwable.getMessage() or ''
        nested = throwable.getCause()
        if throwable.getClass().getSimpleName() == 'SparkException' and nested is not None and message.startswith('Job aborted'):
            return nested.getClass().getSimpleName()
        return throwable.getClass().getSimpleName()

    def _gluedbt_java_message(throwable):
        text = None
        if throwable.getClass().getName() == 'org.apache.spark.sql.AnalysisException':
            text = throwable.getSimpleMessage()
        if not text:
            text = throwable.getMessage()
        if not text:
            nested = throwable.getCause()
            return _gluedbt_java_message(nested) if nested is not None else throwable.getClass().getName()
        return text

    def _gluedbt_clean(text):
        """The message without JVM frames or Spark's driver stack trace, at most 20 lines."""
        cut = text.find('Driver stacktrace:')
        if cut >= 0:
            text = text[:cut]
        lines = []
        for line in text.splitlines():
            stripped = line.strip()
            if stripped.startswith('at ') or (stripped.startswith('... ') and stripped.endswith(' more')):
                continue
            if len(lines) == 20:
                lines.append('...')
                break
            lines.append(line.rstrip())
        while lines and not lines[-1].strip():
            lines.pop()
        return '\n'.join(lines)

    def _gluedbt_failure(index, error):
        import traceback as _traceback
        throwable = getattr(error, '_origin', None) or getattr(error, 'java_exception', None)
        error_class, message = None, None
        if throwable is not None:
            try:
                error_class = _gluedbt_java_error_class(throwable)
                message = _gluedbt_java_message(throwable)
            except Exception:
                error_class, message = None, None
        if error_class is None:
            getter = getattr(error, 'getErrorClass', None)
            error_class = (getter() if callable(getter) else None) or type(error).__name__
            message = str(error) or type(error).__name__
        return {'failed_index': index, 'error_class': error_class, 'message': _gluedbt_clean(message),
                'traceback': _gluedbt_traceback_text(_traceback.format_exc())}

    def _gluedbt_traceback_text(text):
        lines = text.splitlines()
        return '\n'.join(lines[-40:])

    def _gluedbt_statement(statement):
        frame = spark.sql(statement['sql'])
        command = _gluedbt_is_command(frame)
        affected = _gluedbt_rows_affected(frame) if command else -1
        if statement.get('mode', 'none') != 'rows':
            if not command:
                frame.write.format('noop').mode('overwrite').save()
            return {'rows_affected': affected, 'columns': [], 'types': [], 'rows': []}
        limit = int(statement.get('limit') or 0)
        collected = frame.limit(limit).collect() if limit > 0 else frame.collect()
        fields = frame.schema.fields
        rows = [[_gluedbt_encode(row[index], field.dataType) for index, field in enumerate(fields)] for row in collected]
        return {'rows_affected': affected, 'columns': [field.name for field in fields],
                'types': [field.dataType.jsonValue() for field in fields], 'rows': rows}

    def _gluedbt_prepare():
        """Readies the session for a statement's nodes; runs once per statement, before any node's SQL."""
        # Other sessions (other nodes of the run) may have rebuilt tables this session read before: drop the
        # session's cached table metadata and file listings, or Spark reads files that no longer exist.
        spark._jsparkSession.sessionState().catalog().invalidateAllCachedTables()
        # Dropping an external table (one with a LOCATION under the profile's location) keeps its files; the rebuild's
        # CREATE TABLE AS SELECT then overwrites that directory, which Spark 3 refuses unless told.
        spark.conf.set('spark.sql.legacy.allowNonEmptyLocationInCTAS', 'true')

    def _gluedbt_statements(statements):
        """One node's statements in order, stopping at the first failure: {'results': [...], 'failure': dict or None}."""
        results, failure = [], None
        for index, statement in enumerate(statements):
            try:
                results.append(_gluedbt_statement(statement))
            except Exception as error:
                failure = _gluedbt_failure(index, error)
                break
        return {'results': results, 'failure': failure}

    def _gluedbt_node(statements):
        """One node alone: the session readied, then its statements."""
        _gluedbt_prepare()
        return _gluedbt_statements(statements)

    def _gluedbt_execute(statements):
        import json as _json
        print('GLUEDBT_RESULT ' + _json.dumps(_gluedbt_node(statements), separators=(',', ':')))

    def _gluedbt_timed(statements):
        """One node of several, on its own thread: its result and its own wall seconds; nothing escapes."""
        import time as _time
        started = _time.monotonic()
        try:
            outcome = _gluedbt_statements(statements)
        except Exception as error:
            outcome = {'results': [], 'failure': _gluedbt_failure(0, error)}
        outcome['seconds'] = _time.monotonic() - started
        return outcome

    def _gluedbt_execute_many(payload):
        """Runs the payload's nodes at once, one thread each, and prints their results in the payload's order."""
        import concurrent.futures as _futures
        import json as _json
        import time as _time
        nodes = payload['nodes']
        _gluedbt_prepare()
        started = _time.monotonic()
        outcomes = []
        with _futures.ThreadPoolExecutor(max_workers=max(1, len(nodes)), thread_name_prefix='gluedbt-node') as pool:
            futures = [pool.submit(_gluedbt_timed, node['statements']) for node in nodes]
            for node, future in zip(nodes, futures):
                try:
                    outcome = future.result()
                except BaseException as error:
                    outcome = {'results': [], 'failure': _gluedbt_failure(0, error), 'seconds': _time.monotonic() - started}
                outcomes.append({'id': node['id'], 'results': outcome['results'], 'failure': outcome['failure'],
                                 'seconds': outcome['seconds']})
        print('GLUEDBT_RESULTS ' + _json.dumps({'nodes': outcomes}, separators=(',', ':')))

    def _gluedbt_decode(payload):
        import base64 as _b64
        import json as _json
        return _json.loads(_b64.b64decode(payload).decode('utf-8'))

    def _gluedbt_staged(location):
        """The JSON payload staged in S3 (location: base64 of s3://bucket/key)."""
        import base64 as _b64
        import json as _json
        import os as _os
        import boto3 as _boto3
        from botocore.config import Config as _Config
        uri = _b64.b64decode(location).decode('utf-8')
        bucket, _, key = uri.split('://', 1)[1].partition('/')
        # boto3 reads AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL itself; a custom endpoint wants path-style addressing.
        custom = _os.environ.get('AWS_ENDPOINT_URL_S3') or _os.environ.get('AWS_ENDPOINT_URL')
        config = _Config(s3={'addressing_style': 'path'}) if custom else None
        body = _boto3.client('s3', config=config).get_object(Bucket=bucket, Key=key)['Body'].read()
        return _json.loads(body.decode('utf-8'))

    def _gluedbt_run(payload):
        """Runs the statements of a base64 JSON payload."""
        _gluedbt_execute(_gluedbt_decode(payload))

    def _gluedbt_run_staged(location):
        """Runs the statements of a JSON payload staged in S3 (location: base64 of s3://bucket/key)."""
        _gluedbt_execute(_gluedbt_staged(location))

    def _gluedbt_run_many(payload):
        """Runs the nodes of a base64 JSON payload {"nodes": [{"id", "statements"}]} at once."""
        _gluedbt_execute_many(_gluedbt_decode(payload))

    def _gluedbt_run_many_staged(location):
        """Runs the nodes of a JSON payload staged in S3 (location: base64 of s3://bucket/key) at once."""
        _gluedbt_execute_many(_gluedbt_staged(location))
