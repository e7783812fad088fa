"""The version of newsclip: written once, read by the package, the record and the build."""

__version__ = "0.1.0"
