"""Only what pyproject.toml cannot say: the top-level `assets/` folder ships as `familysafe.assets`.

Every package under src/ is found as usual; `assets/` and its folders are mapped in beside them as
data packages, so a wheel and an editable install both read the content, pictures and fonts through
importlib.resources (familysafe.resources).
"""

from setuptools import find_namespace_packages, find_packages, setup

ASSET_FOLDERS = [f"familysafe.assets.{name}" for name in find_namespace_packages("assets")]

setup(
    packages=[*find_packages("src"), "familysafe.assets", *ASSET_FOLDERS],
    package_dir={"": "src", "familysafe.assets": "assets"},
)
