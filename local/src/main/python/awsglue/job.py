"""awsglue.job.Job: init/commit bookkeeping only (no job bookmarks locally)."""


class Job:
    def __init__(self, glue_context):
        self._glue_context = glue_context
        self.name = None
        self.committed = False

    def init(self, job_name, args=None):
        self.name = job_name
        self.args = dict(args or {})

    def commit(self):
        self.committed = True
