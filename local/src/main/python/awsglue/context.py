"""awsglue.context.GlueContext: the SparkContext and SparkSession statement code reaches through it."""
from pyspark.sql import SparkSession


class GlueContext:
    def __init__(self, spark_context, **options):
        self._sc = spark_context
        self.spark_session = SparkSession._instantiatedSession or SparkSession.getActiveSession() or SparkSession(spark_context)

    @property
    def sparkSession(self):
        return self.spark_session

    def getSparkContext(self):
        return self._sc

    def get_logger(self):
        return self._sc._jvm.org.apache.log4j.LogManager.getLogger("GlueContext")
