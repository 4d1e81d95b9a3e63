"""A small in-process runner for the dbt project in ``dbt_like_sql/``.

``newslake.warehouse`` is the public entry point; this package holds the parts:

* ``project``   - reads dbt_project.yml, the YAML property files, the models,
                  macros and singular tests, and renders the Jinja (``ref``,
                  ``source``, ``config``, ``env_var``, ``var``, project macros);
* ``lake``      - resolves lake sources, including the empty typed relation for
                  a table that has no files yet (types from newslake.schema);
* ``datatests`` - compiles the generic tests (unique, not_null,
                  accepted_values, relationships) and runs data tests;
* ``docs``      - renders the markdown data dictionary.
"""

from newslake.sqlrunner.errors import WarehouseError

__all__ = ["WarehouseError"]
