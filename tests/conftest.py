"""The local server's fixtures (`assistants_server`, `assistants_server_factory`), enabled the way
users enable them in their own suites."""

pytest_plugins = ["assistants_server.pytest_plugin"]
