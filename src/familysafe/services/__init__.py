"""The use-cases: the one API that the window (`familysafe.ui`) and the command line (`familysafe.cli`) share.

No Qt here. The screens and the CLI call these modules only, never the store or the content loader
directly (import-linter contracts in pyproject.toml keep it so).
"""
