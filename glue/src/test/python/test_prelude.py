"""The gluedbt prelude against a real local[1] PySpark: what it prints is what GlueSessionEngine decodes."""
import base64
import json
import pathlib
import sys
import threading
import types

import pytest
from pyspark.sql import SparkSession

PRELUDE = (pathlib.Path(__file__).resolve().parents[2] / 'main' / 'resources' / 'io' / 'gluedbt' / 'glue' / 'prelude.py').read_text()


@pytest.fixture(scope='module')
def spark():
    session = (SparkSession.builder.master('local[1]').appName('gluedbt-prelude-test')
               .config('spark.ui.enabled', 'false').config('spark.sql.shuffle.partitions', '1')
               .config('spark.sql.session.timeZone', 'UTC').config('spark.driver.host', '127.0.0.1')
               .config('spark.sql.warehouse.dir', str(pathlib.Path(__file__).resolve().parents[3] / 'target' / 'prelude-warehouse'))
               .getOrCreate())
    yield session
    session.stop()


@pytest.fixture()
def namespace(spark):
    scope = {'spark': spark}
    exec(compile(PRELUDE, 'prelude.py', 'exec'), scope)
    return scope


def run(namespace, capsys, statements):
    payload = base64.b64encode(json.dumps(statements).encode('utf-8')).decode('ascii')
    namespace['_gluedbt_run'](payload)
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith('GLUEDBT_RESULT ')]
    assert len(lines) == 1
    return json.loads(lines[0][len('GLUEDBT_RESULT '):])


def test_commands_and_rows_with_typed_values(namespace, capsys):
    result = run(namespace, capsys, [
        {'sql': 'create or replace temporary view prelude_values as select 1 as i', 'mode': 'none', 'limit': 0},
        {'sql': "select cast(7 as tinyint) b, 42 i, 9000000000L l, 1.5d d, cast('NaN' as double) nan, cast(12.30 as decimal(10,2)) m,"
                " 'x' s, true t, date'2024-02-29' dt, timestamp'2024-01-02 03:04:05.123456' ts, array(1, 2) a,"
                " map('k', 1.0d) mp, named_struct('f', 1, 'g', 'y') st, cast(null as string) n, x'0102' bin", 'mode': 'rows', 'limit': 10},
    ])
    assert result['failure'] is None
    assert result['results'][0] == {'rows_affected': -1, 'columns': [], 'types': [], 'rows': []}
    rows = result['results'][1]
    assert rows['columns'] == ['b', 'i', 'l', 'd', 'nan', 'm', 's', 't', 'dt', 'ts', 'a', 'mp', 'st', 'n', 'bin']
    assert rows['types'][:6] == ['byte', 'integer', 'long', 'double', 'double', 'decimal(10,2)']
    assert rows['types'][10] == {'type': 'array', 'elementType': 'integer', 'containsNull': False}
    assert rows['rows'] == [[7, 42, 9000000000, 1.5, 'NaN', '12.30', 'x', True, '2024-02-29', '2024-01-02T03:04:05.123456',
                             [1, 2], [['k', 1.0]], [['f', 1], ['g', 'y']], None, 'AQI=']]


def test_rows_limit_and_none_mode_query_runs(namespace, capsys):
    result = run(namespace, capsys, [
        {'sql': 'select id from range(5)', 'mode': 'rows', 'limit': 2},
        {'sql': 'select id from range(5)', 'mode': 'rows', 'limit': 0},
        {'sql': 'select id from range(5)', 'mode': 'none', 'limit': 0},
    ])
    assert [len(item['rows']) for item in result['results']] == [2, 5, 0]
    assert [item['rows_affected'] for item in result['results']] == [-1, -1, -1]


def test_failure_stops_the_node_with_spark_error_class(namespace, capsys):
    result = run(namespace, capsys, [
        {'sql': 'select 1', 'mode': 'none', 'limit': 0},
        {'sql': 'select * from no_such_table_anywhere', 'mode': 'none', 'limit': 0},
        {'sql': 'select 2', 'mode': 'none', 'limit': 0},
    ])
    assert len(result['results']) == 1
    failure = result['failure']
    assert failure['failed_index'] == 1
    assert failure['error_class'] == 'TABLE_OR_VIEW_NOT_FOUND'
    assert 'no_such_table_anywhere' in failure['message']
    assert '\tat ' not in failure['message']
    assert 'Traceback' in failure['traceback']


def test_runtime_error_of_a_plain_query_surfaces_in_none_mode(namespace, capsys):
    result = run(namespace, capsys, [{'sql': "select raise_error('boom') from range(1)", 'mode': 'none', 'limit': 0}])
    assert result['failure']['failed_index'] == 0
    assert 'boom' in result['failure']['message']
    assert 'Driver stacktrace' not in result['failure']['message']


def test_rows_affected_from_num_affected_rows(namespace, spark):
    frame = spark.createDataFrame([(3,)], 'num_affected_rows long')
    assert namespace['_gluedbt_rows_affected'](frame) == 3
    assert namespace['_gluedbt_rows_affected'](spark.createDataFrame([(3,)], 'other long')) == -1


def test_guard_keeps_the_definitions_of_a_reused_session(namespace):
    first = namespace['_gluedbt_run']
    exec(compile(PRELUDE, 'prelude.py', 'exec'), namespace)
    assert namespace['_gluedbt_run'] is first


def test_staged_payload_read_from_s3_path_style_under_an_endpoint(namespace, capsys, monkeypatch):
    calls = []

    class FakeBody:
        def read(self):
            return json.dumps([{'sql': 'select 5 as five', 'mode': 'rows', 'limit': 1}]).encode('utf-8')

    class FakeS3:
        def get_object(self, Bucket, Key):
            calls.append((Bucket, Key))
            return {'Body': FakeBody()}

    def client(service, config=None):
        calls.append((service, config.s3 if config is not None else None))
        return FakeS3()

    monkeypatch.setitem(sys.modules, 'boto3', types.SimpleNamespace(client=client))
    monkeypatch.setenv('AWS_ENDPOINT_URL_S3', 'http://127.0.0.1:9')
    location = base64.b64encode(b's3://bucket/prefix/gluedbt/payloads/p.json').decode('ascii')
    namespace['_gluedbt_run_staged'](location)
    out = capsys.readouterr().out
    assert calls == [('s3', {'addressing_style': 'path'}), ('bucket', 'prefix/gluedbt/payloads/p.json')]
    assert json.loads(out.split('GLUEDBT_RESULT ', 1)[1])['results'][0]['rows'] == [[5]]


def run_many(namespace, capsys, nodes):
    payload = base64.b64encode(json.dumps({'nodes': nodes}).encode('utf-8')).decode('ascii')
    namespace['_gluedbt_run_many'](payload)
    out = capsys.readouterr().out.splitlines()
    assert not [line for line in out if line.startswith('GLUEDBT_RESULT ')]
    lines = [line for line in out if line.startswith('GLUEDBT_RESULTS ')]
    assert len(lines) == 1
    return json.loads(lines[0][len('GLUEDBT_RESULTS '):])


class FakeFrame:
    """What _gluedbt_statement needs of a DataFrame in mode 'none': not a command, a no-op write."""
    columns = []

    @property
    def write(self):
        return self

    def format(self, name):
        return self

    def mode(self, name):
        return self

    def save(self):
        return None


class FakeSpark:
    """A spark whose sql() records when each statement starts and ends around a hook (e.g. a barrier)."""

    def __init__(self, hook):
        self.hook = hook
        self.events = []
        self.invalidations = 0
        self.settings = {}
        self.lock = threading.Lock()
        self._jsparkSession = self
        self.conf = types.SimpleNamespace(set=self.settings.__setitem__)

    def sessionState(self):
        return self

    def catalog(self):
        return self

    def invalidateAllCachedTables(self):
        self.invalidations += 1

    def sql(self, text):
        with self.lock:
            self.events.append(('start', text))
        self.hook(text)
        with self.lock:
            self.events.append(('end', text))
        return FakeFrame()


def fake_namespace(hook):
    fake = FakeSpark(hook)
    scope = {'spark': fake}
    exec(compile(PRELUDE, 'prelude.py', 'exec'), scope)
    return scope, fake


def statement(sql):
    return {'sql': sql, 'mode': 'none', 'limit': 0}


def test_many_nodes_run_at_once_in_payload_order_after_one_preparation(capsys):
    # Each statement waits until the other node's statement has started: run one after the other, both time out.
    barrier = threading.Barrier(2, timeout=20)
    scope, fake = fake_namespace(lambda text: barrier.wait())
    result = run_many(scope, capsys, [{'id': 'model.p.zeta', 'statements': [statement('z1')]},
                                      {'id': 'model.p.alpha', 'statements': [statement('a1')]}])
    assert [node['id'] for node in result['nodes']] == ['model.p.zeta', 'model.p.alpha']
    assert [node['failure'] for node in result['nodes']] == [None, None]
    assert [len(node['results']) for node in result['nodes']] == [1, 1]
    assert sorted(fake.events[:2]) == [('start', 'a1'), ('start', 'z1')]
    assert fake.invalidations == 1
    assert fake.settings == {'spark.sql.legacy.allowNonEmptyLocationInCTAS': 'true'}


def test_each_node_reports_its_own_seconds(capsys):
    scope, _ = fake_namespace(lambda text: __import__('time').sleep(0.6 if text == 'slow' else 0))
    result = run_many(scope, capsys, [{'id': 'slow', 'statements': [statement('slow')]},
                                      {'id': 'quick', 'statements': [statement('quick')]}])
    seconds = {node['id']: node['seconds'] for node in result['nodes']}
    assert seconds['slow'] >= 0.5
    assert seconds['quick'] < 0.3


def test_one_node_failing_leaves_the_others_running(namespace, capsys):
    result = run_many(namespace, capsys, [
        {'id': 'model.p.good', 'statements': [{'sql': 'select id from range(3)', 'mode': 'rows', 'limit': 0}]},
        {'id': 'model.p.bad', 'statements': [statement('select 1'), statement('select * from no_such_table_anywhere'), statement('select 2')]},
        {'id': 'model.p.last', 'statements': [{'sql': 'select 9 as nine', 'mode': 'rows', 'limit': 1}]},
    ])
    good, bad, last = result['nodes']
    assert [good['id'], bad['id'], last['id']] == ['model.p.good', 'model.p.bad', 'model.p.last']
    assert good['failure'] is None and good['results'][0]['rows'] == [[0], [1], [2]]
    assert last['failure'] is None and last['results'][0]['rows'] == [[9]]
    assert len(bad['results']) == 1
    assert bad['failure']['failed_index'] == 1
    assert bad['failure']['error_class'] == 'TABLE_OR_VIEW_NOT_FOUND'
    assert 'Traceback' in bad['failure']['traceback']
    assert all(node['seconds'] >= 0 for node in result['nodes'])


def test_an_exception_escaping_a_nodes_thread_is_that_nodes_failure(capsys):
    scope, _ = fake_namespace(lambda text: None)
    statements = scope['_gluedbt_statements']

    def escaping(items):
        if items[0]['sql'] == 'escape':
            raise RuntimeError('escaped the statement loop')
        return statements(items)

    scope['_gluedbt_statements'] = escaping
    result = run_many(scope, capsys, [{'id': 'a', 'statements': [statement('escape')]}, {'id': 'b', 'statements': [statement('fine')]}])
    failed, fine = result['nodes']
    assert failed['results'] == []
    assert {key: failed['failure'][key] for key in ('failed_index', 'error_class', 'message')} == {
        'failed_index': 0, 'error_class': 'RuntimeError', 'message': 'escaped the statement loop'}
    assert 'RuntimeError' in failed['failure']['traceback']
    assert fine['failure'] is None and len(fine['results']) == 1


def test_many_staged_payload_read_from_s3(capsys, monkeypatch):
    class FakeBody:
        def read(self):
            return json.dumps({'nodes': [{'id': 'x', 'statements': [statement('one')]}, {'id': 'y', 'statements': []}]}).encode('utf-8')

    keys = []

    class FakeS3:
        def get_object(self, Bucket, Key):
            keys.append((Bucket, Key))
            return {'Body': FakeBody()}

    monkeypatch.setitem(sys.modules, 'boto3', types.SimpleNamespace(client=lambda service, config=None: FakeS3()))
    scope, fake = fake_namespace(lambda text: None)
    scope['_gluedbt_run_many_staged'](base64.b64encode(b's3://bucket/p/gluedbt/payloads/s/m.json').decode('ascii'))
    out = capsys.readouterr().out
    result = json.loads(out.split('GLUEDBT_RESULTS ', 1)[1])
    assert keys == [('bucket', 'p/gluedbt/payloads/s/m.json')]
    assert [(node['id'], len(node['results']), node['failure']) for node in result['nodes']] == [('x', 1, None), ('y', 0, None)]
    assert fake.events == [('start', 'one'), ('end', 'one')]


def test_single_node_run_keeps_its_one_line(capsys):
    scope, fake = fake_namespace(lambda text: None)
    scope['_gluedbt_run'](base64.b64encode(json.dumps([statement('only')]).encode('utf-8')).decode('ascii'))
    out = capsys.readouterr().out
    assert out == 'GLUEDBT_RESULT {"results":[{"rows_affected":-1,"columns":[],"types":[],"rows":[]}],"failure":null}\n'
    assert fake.invalidations == 1


def test_guard_redefines_an_older_prelude():
    scope = {'spark': None, '_GLUEDBT_PRELUDE_VERSION': 1, '_gluedbt_run': 'old'}
    exec(compile(PRELUDE, 'prelude.py', 'exec'), scope)
    assert callable(scope['_gluedbt_run']) and callable(scope['_gluedbt_run_many'])
    assert scope['_GLUEDBT_PRELUDE_VERSION'] == 2
