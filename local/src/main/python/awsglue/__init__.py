"""A minimal stand-in for AWS Glue's awsglue library (not on PyPI): the names Glue statement code imports."""
