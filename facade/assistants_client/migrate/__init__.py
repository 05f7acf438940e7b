"""Moving a host's data out and in: the archive format (`archive`), its files on disk
(`archive_io`), the export (`exporter`), the import through any host's API (`importer`) and the
`assistants-client` command line (`cli`)."""

from .archive import FORMAT_VERSION, ArchiveError
from .archive_io import read_kind, verify

__all__ = ["FORMAT_VERSION", "ArchiveError", "read_kind", "verify"]
