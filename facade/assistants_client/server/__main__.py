"""``python -m assistants_client.server`` still starts the server (``python -m assistants_server``)."""

import sys

from assistants_server.__main__ import main

sys.exit(main())
