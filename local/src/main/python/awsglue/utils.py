"""awsglue.utils.getResolvedOptions: --KEY value arguments, as Glue resolves them."""


class GlueArgumentError(Exception):
    pass


def getResolvedOptions(args, options):
    """Returns {name: value} for each name in options, read from --name value (or --name=value) in args."""
    found = {}
    index = 0
    while index < len(args):
        argument = args[index]
        if argument.startswith("--"):
            key = argument[2:]
            if "=" in key:
                key, value = key.split("=", 1)
                found[key] = value
            elif index + 1 < len(args) and not args[index + 1].startswith("--"):
                found[key] = args[index + 1]
                index += 1
            else:
                found[key] = ""
        index += 1
    resolved = {}
    for name in options:
        if name not in found:
            raise GlueArgumentError("the following arguments are required: --" + name)
        resolved[name] = found[name]
    return resolved
