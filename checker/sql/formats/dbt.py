"""dbt projects -> schema changes: seeds and sources as tables, models as views and tables built
from their SQL, so that flows through models reach the flow rules.

Project
    The folder of ``dbt_project.yml`` (``model-paths``, ``seed-paths``, ``macro-paths``,
    ``target-path``, ``vars``, ``models:`` materializations by folder). Nothing is run: no
    database, no dbt, no network.

Models
    When ``<target-path>/manifest.json`` exists (after ``dbt compile`` / ``dbt run``), each
    model's ``compiled_code`` is used as dbt compiled it (lineage from ``depends_on``). Otherwise
    the model's Jinja is rendered here in a sandbox: ``ref()``, ``source()``, ``config()``,
    ``var()``, ``env_var()`` (its default), ``is_incremental()`` (false), ``{% set %}``,
    ``{% for %}``, ``{% if %}`` and the project's own macros; a model that does not render is a
    located warning. Each model becomes ``CREATE VIEW <model> AS <sql>`` (``CREATE TABLE ... AS``
    when materialized as a table or incremental), read by the SQL reader: its columns and its
    lineage come from the SQL, ``select *`` included. Models run in ``ref()`` order. Ephemeral
    models become views (they are inlined where used, so the lineage is the same). Snapshots
    (``{% snapshot x %}`` blocks under ``snapshot-paths``) become tables with dbt's
    ``dbt_scd_id`` / ``dbt_updated_at`` / ``dbt_valid_from`` / ``dbt_valid_to`` columns. Python
    models are not read: a located warning each. A model's ``alias`` and custom ``schema``
    (``config()``, its properties' ``config:``, a folder's ``+schema``) name its relation, taken as
    written; the manifest's ``relation_name`` when there is one.

Seeds and sources
    A seed ``seeds/<name>.csv`` is a table whose columns are the CSV header, typed by its
    ``column_types`` (dbt_project.yml ``seeds:`` or its properties) or guessed from the first rows
    (number, date, boolean or text). A model column's ``data_type`` (a contract) is its type. A source table listed in a ``sources:`` block is a
    table ``<schema>.<identifier>`` (schema defaults to the source name) with the columns listed.

Descriptions, meta and purposes
    A column's ``description`` in a ``schema.yml`` is its comment (``{{ doc("x") }}`` blocks
    resolved), and ``meta: {privacy: <category-id>}`` (or ``config: {meta: ...}``, or
    ``privacy: <id>`` in the description) is its annotation. A column documented but not produced
    by the model is a located warning at the ``schema.yml`` line. ``meta: {purpose: <id>}`` on a
    model binds its SQL to that purpose (like a ``-- notice-check: purpose=`` header); folders
    bind through the data map (``purposes: [{purpose: marketing, match: {paths:
    ["*/models/marketing/*"]}}]``).

Exposures and reverse ETL
    Each exposure reads its ``depends_on`` models and sends them out of the database: a flow to
    the URI ``dbt-exposure:<name>`` (and to its ``url`` when it has one). Where that is, and
    who runs it, is said once in the data map, e.g. ``systems: [{id: hubspot, location: US,
    operated_by: crm-vendor, match: {uris: ["dbt-exposure:hubspot_sync"]}}]`` -- the flow rules
    (PN301, PN302, PN305) then apply to it. ``meta: {purpose: <id>}`` binds it to a purpose.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ...errors import UserError
from ...model import Annotation, Location, ParseProblem, SourceFile
from ...yamlload import LocationMap, load_located
from ..changes import AlterColumn, Change, CreateTable, NewColumn, RunSql
from ..files import read_text
from .graph import dependency_order

PROJECT_FILE = "dbt_project.yml"
MAX_RENDERED = 20_000_000  # characters of SQL one model may render to
SEED_HEAD_BYTES = 65_536  # of a seed: its header and first rows are all that is used
_INSTALLED = frozenset({"dbt_packages", "dbt_modules", "target", "logs"})  # installed packages and dbt's output
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DOCS = re.compile(r"{%-?\s*docs\s+(\w+)\s*-?%}(.*?){%-?\s*enddocs\s*-?%}", re.S)
_DOC_REF = re.compile(r"{{\s*doc\(\s*['\"](\w+)['\"]\s*\)\s*}}")
_SNAPSHOT = re.compile(r"{%-?\s*snapshot\s+(\w+)\s*-?%}(.*?){%-?\s*endsnapshot\s*-?%}", re.S)
# the columns dbt adds to every snapshot table
_SNAPSHOT_COLUMNS = ", ".join(
    f"CAST(NULL AS {t}) AS {c}" for c, t in (("dbt_scd_id", "TEXT"), ("dbt_updated_at", "TIMESTAMP"), ("dbt_valid_from", "TIMESTAMP"), ("dbt_valid_to", "TIMESTAMP"))
)
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")
_ADAPTERS = {"postgres": "postgres", "redshift": "redshift", "snowflake": "snowflake", "bigquery": "bigquery",
             "duckdb": "duckdb", "databricks": "databricks", "spark": "spark", "trino": "trino", "sqlserver": "tsql",
             "mysql": "mysql", "sqlite": "sqlite", "oracle": "oracle", "clickhouse": "clickhouse", "athena": "athena"}


def detect(path: str, head: str) -> bool:
    """A dbt project: its ``dbt_project.yml``, or the folder holding one."""
    if os.path.isdir(path):
        return os.path.isfile(os.path.join(path, PROJECT_FILE))
    return os.path.basename(path) == PROJECT_FILE


@dataclass
class _Model:
    name: str
    path: str  # file to open
    shown: str  # path for locations
    materialized: str = "view"
    sql: str | None = None
    refs: list[str] = field(default_factory=list)
    purpose: str | None = None
    text: str | None = None  # the Jinja SQL, when not the whole file (a snapshot block)
    start: Location | None = None  # where that text starts
    schema: str | None = None  # custom schema (config ``schema``), as written
    alias: str | None = None  # relation name when not the model's name (config ``alias``)
    relation: str | None = None  # the relation as dbt's compiled SQL names it (manifest)
    missing: list[str] = field(default_factory=list)  # ref() / source() calls naming nothing known

    @property
    def table(self) -> str:
        return self.alias or self.name

    def sql_name(self) -> str:
        """How SQL names this model's relation (what ``ref()`` renders to)."""
        return self.relation or (f"{self.schema}.{self.table}" if self.schema else self.table)

    def configure(self, conf: dict) -> None:
        """Apply a config mapping (folder, properties file, ``config()``): later ones win."""
        if isinstance(conf.get("materialized"), str) and self.materialized != "snapshot":
            self.materialized = conf["materialized"]
        for key in ("schema", "alias"):  # a name computed by Jinja in YAML is not ours to guess
            value = conf.get(key)
            if isinstance(value, str) and value and "{" not in value:
                setattr(self, key, value)
        meta = conf.get("meta")
        if isinstance(meta, dict) and isinstance(meta.get("purpose"), str):
            self.purpose = meta["purpose"]


@dataclass
class _Doc:
    """A ``models:`` / ``seeds:`` / ``exposures:`` entry of a properties file."""

    data: dict
    where: LocationMap
    path: tuple


class _Project:
    def __init__(self, root: str, display: Callable[[str], str]) -> None:
        self.root = root
        self.display = display
        self.changes: list[Change] = []
        self.problems: list[ParseProblem] = []
        self.sources: list[SourceFile] = []
        self.docs: dict[str, str] = {}
        self.props: dict[str, dict[str, _Doc]] = {"models": {}, "seeds": {}}
        self.source_tables: dict[tuple[str, str], tuple[str | None, str]] = {}
        self.exposures: list[_Doc] = []
        self.dialect: str | None = None

    # -- files ---------------------------------------------------------------------

    def _shown(self, path: str) -> str:
        return self.display(path)

    def _yaml(self, path: str) -> tuple[Any, LocationMap | None]:
        shown = self._shown(path)
        decoded = read_text(path)
        if decoded.text is None:
            self.problems.append(ParseProblem(Location(shown), decoded.error, fatal=True))
            return None, None
        try:
            data, where = load_located(decoded.text, shown)
        except UserError as e:
            self.problems.append(ParseProblem(getattr(e, "location", None) or Location(shown), f"cannot read YAML: {e}", fatal=True))
            return None, None
        return data, where

    def _files(self, folders: list[str], suffixes: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for folder in folders:
            base = os.path.join(self.root, folder)
            for dirpath, dirnames, filenames in os.walk(base):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(suffixes) and not f.startswith("."))
        return out

    # -- reading -------------------------------------------------------------------

    def read(self, project_file: str) -> None:
        config, where = self._yaml(project_file)
        if not isinstance(config, dict):
            if config is not None:
                self.problems.append(ParseProblem(Location(self._shown(project_file), 1, 1), "dbt_project.yml is not a mapping", fatal=True))
            return
        self.name = str(config.get("name") or "")
        self.vars = config.get("vars") if isinstance(config.get("vars"), dict) else {}
        model_paths = _paths(config.get("model-paths") or config.get("source-paths"), ["models"])
        seed_paths = _paths(config.get("seed-paths") or config.get("data-paths"), ["seeds"])
        macro_paths = _paths(config.get("macro-paths"), ["macros"])
        snapshot_paths = _paths(config.get("snapshot-paths"), ["snapshots"])
        target = str(config.get("target-path") or "target")
        self.project_config = config.get("models") if isinstance(config.get("models"), dict) else {}
        self.seed_config = config.get("seeds") if isinstance(config.get("seeds"), dict) else {}
        self.seed_names: set[str] = set()
        self.sources.append(SourceFile(self._shown(project_file), "dbt"))
        for f in self._files(model_paths, (".md",)):
            text = read_text(f).text or ""
            for m in _DOCS.finditer(text):
                self.docs[m.group(1)] = m.group(2).strip()
        for f in self._files(model_paths + seed_paths, (".yml", ".yaml")):
            self._properties(f)
        self.macros = "".join((read_text(f).text or "") + "\n" for f in self._files(macro_paths, (".sql",)))
        self._seeds(seed_paths)
        models = {}
        for f in self._files(model_paths, (".sql",)):
            name = os.path.splitext(os.path.basename(f))[0]
            m = models[name] = _Model(name, f, self._shown(f))
            m.configure(self._folder_config(f, model_paths))
            doc = self.props["models"].get(name)
            if doc is not None:
                m.configure({**_meta_only(doc.data), **(doc.data.get("config") if isinstance(doc.data.get("config"), dict) else {})})
        for f in self._files(model_paths, (".py",)):
            self.problems.append(ParseProblem(Location(self._shown(f), 1, 1), "dbt Python model: not read (its columns and lineage are unknown)"))
        for f in self._files(snapshot_paths, (".sql",)):
            self._snapshots(f, models)
        manifest = os.path.join(self.root, target, "manifest.json")
        compiled = self._manifest(manifest, models) if os.path.isfile(manifest) else set()
        for m in models.values():
            if m.name not in compiled:
                self._render(m, models)
        if any(m.sql_name() != m.name for m in models.values()):  # ref() of a renamed relation: render again
            for m in models.values():
                if m.name not in compiled and m.sql is not None:
                    self._render(m, models)
        self._models(models)
        self._exposures(models)

    def _properties(self, path: str) -> None:
        data, where = self._yaml(path)
        if not isinstance(data, dict) or where is None:
            return
        self.sources.append(SourceFile(self._shown(path), "dbt"))
        for kind in ("models", "seeds"):
            for i, entry in enumerate(_items(data.get(kind))):
                if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                    self.props[kind][entry["name"]] = _Doc(entry, where, (kind, i))
        for i, src in enumerate(_items(data.get("sources"))):
            if not isinstance(src, dict) or not isinstance(src.get("name"), str):
                continue
            schema = src.get("schema") if isinstance(src.get("schema"), str) else src["name"]
            for j, table in enumerate(_items(src.get("tables"))):
                if not isinstance(table, dict) or not isinstance(table.get("name"), str):
                    continue
                ident = table.get("identifier") if isinstance(table.get("identifier"), str) else table["name"]
                self.source_tables[(src["name"], table["name"])] = (schema, ident)
                doc = _Doc(table, where, ("sources", i, "tables", j))
                cols = tuple(self._column(doc, k, c) for k, c in enumerate(_items(table.get("columns"))) if isinstance(c, dict) and c.get("name"))
                self.changes.append(CreateTable(ident, cols, where.of(doc.path + ("name",)), schema, self._describe(table.get("description"))))
        for i, exp in enumerate(_items(data.get("exposures"))):
            if isinstance(exp, dict) and isinstance(exp.get("name"), str):
                self.exposures.append(_Doc(exp, where, ("exposures", i)))

    def _describe(self, text: Any) -> str:
        if not isinstance(text, str):
            return ""
        return _DOC_REF.sub(lambda m: self.docs.get(m.group(1), ""), text).strip()

    def _column(self, doc: _Doc, k: int, col: dict) -> NewColumn:
        where = doc.where.of(doc.path + ("columns", k, "name"))
        comment = self._describe(col.get("description"))
        dtype = col.get("data_type") if isinstance(col.get("data_type"), str) else ""
        return NewColumn(str(col["name"]), dtype, _family(dtype) if dtype else "unknown", comment, where, _meta_annotation(col, doc.where, doc.path + ("columns", k)))

    def _seeds(self, folders: list[str]) -> None:
        for path in self._files(folders, (".csv",)):
            shown = self._shown(path)
            try:
                with open(path, "rb") as fh:  # the header and some rows: seeds can be large
                    head = fh.read(SEED_HEAD_BYTES)
            except OSError as e:
                self.problems.append(ParseProblem(Location(shown), f"cannot read: {e.strerror or e}", fatal=True))
                continue
            if b"\x00" in head:
                self.problems.append(ParseProblem(Location(shown), "binary file (contains NUL bytes), not CSV", fatal=True))
                continue
            text = head.decode("utf-8-sig", errors="replace").replace("\r\n", "\n")
            rows = list(_head_rows(text if len(head) < SEED_HEAD_BYTES else text[: text.rfind("\n") + 1]))
            if not rows or not any(h.strip() for h in rows[0]):
                self.problems.append(ParseProblem(Location(shown, 1, 1), "seed without a header row: no table", fatal=True))
                continue
            name = os.path.splitext(os.path.basename(path))[0]
            header, sample = rows[0], rows[1:]
            doc = self.props["seeds"].get(name)
            types = self._seed_types(path, doc)
            cols = []
            col = 1
            for i, h in enumerate(header):
                given = types.get(h.strip().lower())
                values = [r[i] for r in sample if i < len(r) and r[i].strip()]
                family = _family(given) if given else _guess(values)
                cols.append(NewColumn(h.strip(), given or "", family, "", Location(shown, 1, col)))
                col += len(h) + 1
            self.changes.append(CreateTable(name, tuple(cols), Location(shown, 1, 1)))
            self.seed_names.add(name)
            self.sources.append(SourceFile(shown, "dbt", statements=1))
            if doc is not None:
                self._document(name, doc)

    def _seed_types(self, path: str, doc: _Doc | None) -> dict[str, str]:
        """``column_types`` of a seed: dbt_project.yml ``seeds:`` by folder, then its properties."""
        found: dict[str, str] = {}
        node: Any = self.seed_config
        levels = [node, node.get(self.name) if isinstance(node, dict) else None]
        rel = os.path.relpath(path, self.root).replace(os.sep, "/").split("/")
        cursor = levels[-1]
        for part in rel[1:-1] + [os.path.splitext(rel[-1])[0]]:
            cursor = cursor.get(part) if isinstance(cursor, dict) else None
            levels.append(cursor)
        conf = doc.data.get("config") if doc is not None and isinstance(doc.data.get("config"), dict) else {}
        for level in levels + [conf]:
            if isinstance(level, dict):
                types = level.get("+column_types", level.get("column_types"))
                if isinstance(types, dict):
                    found.update({str(k).lower(): v for k, v in types.items() if isinstance(v, str)})
        return found

    def _folder_config(self, path: str, model_paths: list[str]) -> dict:
        """The ``models:`` config of dbt_project.yml for a model's folder (``+key`` or ``key``)."""
        rel = os.path.relpath(path, self.root).replace(os.sep, "/").split("/")
        folders = rel[1:-1] if rel and rel[0] in model_paths else rel[:-1]
        node = self.project_config.get(self.name) if isinstance(self.project_config.get(self.name), dict) else {}
        found = {**_settings(self.project_config), **_settings(node)}
        for part in folders:
            node = node.get(part) if isinstance(node, dict) else None
            if not isinstance(node, dict):
                break
            found.update(_settings(node))
        return found

    def _manifest(self, path: str, models: dict[str, _Model]) -> set[str]:
        """Compiled SQL and lineage from dbt's own manifest; the names it covered."""
        shown = self._shown(path)
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            self.problems.append(ParseProblem(Location(shown), f"cannot read the dbt manifest ({e}): models rendered here instead"))
            return set()
        adapter = (data.get("metadata") or {}).get("adapter_type")
        self.dialect = _ADAPTERS.get(str(adapter)) if adapter else None
        done: set[str] = set()
        nodes = data.get("nodes") or {}
        ids = {nid: n.get("name") for nid, n in nodes.items() if isinstance(n, dict)}
        for node in nodes.values():
            if not isinstance(node, dict) or node.get("resource_type") != "model" or node.get("package_name") not in (None, self.name):
                continue
            m = models.get(node.get("name"))
            code = node.get("compiled_code") or node.get("compiled_sql")
            if m is None or not isinstance(code, str):
                continue
            raw = node.get("raw_code", node.get("raw_sql"))
            if isinstance(raw, str) and raw.strip() != (read_text(m.path).text or "").strip():  # dbt keeps it stripped
                self.problems.append(ParseProblem(Location(m.shown, 1, 1), f"the model changed since {shown} was written: its Jinja is rendered here instead"))
                continue
            m.sql = code  # "db"."schema"."name": the SQL reader drops the database part
            m.refs = [ids[d] for d in (node.get("depends_on") or {}).get("nodes", ()) if d in ids and d.startswith("model.")]
            conf = node.get("config") if isinstance(node.get("config"), dict) else {}
            m.configure({**_meta_only(node), **{k: v for k, v in conf.items() if k != "schema"}})
            m.schema = node.get("schema") if isinstance(node.get("schema"), str) else m.schema  # as dbt resolved it
            m.alias = node.get("alias") if isinstance(node.get("alias"), str) else m.alias
            m.relation = node.get("relation_name") if isinstance(node.get("relation_name"), str) else None
            done.add(m.name)
        return done

    def _snapshots(self, path: str, models: dict[str, _Model]) -> None:
        """``{% snapshot name %} select ... {% endsnapshot %}`` blocks: tables with dbt's validity columns."""
        shown = self._shown(path)
        text = read_text(path).text or ""
        for block in _SNAPSHOT.finditer(text):
            line = text.count("\n", 0, block.start(2)) + 1
            col = block.start(2) - (text.rfind("\n", 0, block.start(2)) + 1) + 1
            models[block.group(1)] = _Model(block.group(1), path, shown, "snapshot", text=block.group(2), start=Location(shown, line, col))

    def _render(self, m: _Model, models: dict[str, _Model]) -> None:
        if m.text is None:
            decoded = read_text(m.path)
            if decoded.text is None:
                self.problems.append(ParseProblem(Location(m.shown), decoded.error, fatal=True))
                return
            m.text = decoded.text
        config: dict[str, Any] = {}
        refs: list[str] = []
        missing: list[str] = []

        def ref(*args: Any, **kw: Any) -> str:
            name = str(args[-1]) if args else str(kw.get("name", ""))
            refs.append(name)
            if name not in models and name not in self.seed_names:
                missing.append(f"ref('{name}')")
            return models[name].sql_name() if name in models else name

        def source(source_name: Any, table_name: Any) -> str:
            key = (str(source_name), str(table_name))
            if key not in self.source_tables:
                missing.append(f"source('{key[0]}', '{key[1]}')")
            schema, ident = self.source_tables.get(key, key)
            return f"{schema}.{ident}" if schema else ident

        def config_fn(*args: Any, **kw: Any) -> str:
            config.update(kw)
            return ""

        def var(name: Any, default: Any = None) -> Any:
            return self.vars.get(name, default if default is not None else "")

        try:
            text = render_model(self.macros, m.text, ref=ref, source=source, config=config_fn, var=var, this=m.name)
        except Exception as e:  # Jinja errors of every kind: say where, keep the other models
            line = getattr(e, "lineno", None) or 0
            if line and m.start is not None:
                line += m.start.line - 1
            self.problems.append(ParseProblem(Location(m.shown, line, 1 if line else 0), f"cannot render the model's Jinja: {type(e).__name__}: {_one_line(str(e))}"))
            return
        m.sql = text
        m.refs = [r for r in refs if r in models]
        m.missing = list(dict.fromkeys(missing))
        m.configure(config)

    def _models(self, models: dict[str, _Model]) -> None:
        deps = {n: [r for r in m.refs if r != n and r in models] for n, m in models.items()}
        order, problems = dependency_order(deps, {n: Location(m.shown, 1, 1) for n, m in models.items()})
        self.problems.extend(problems)
        for name in order:
            m = models[name]
            doc = self.props["models"].get(name)
            statements = 0
            if m.sql is not None:
                kind = "VIEW" if m.materialized in ("view", "ephemeral") else "TABLE"
                body = m.sql.strip().rstrip(";").rstrip()
                if m.materialized == "snapshot":
                    body = f"SELECT s.*, {_SNAPSHOT_COLUMNS} FROM ({body}) AS s"
                sql = f"CREATE {kind} {m.sql_name()} AS {body}\n{_purpose_comment(m.purpose)}"
                self.changes.append(RunSql(sql, m.start or Location(m.shown, 1, 1), self.dialect))
                statements = 1
                for what in m.missing:
                    self.problems.append(ParseProblem(m.start or Location(m.shown, 1, 1), f"{what} names no model, seed or source of this project: what it reads is unknown"))
                if doc is not None:
                    self._document(m.table, doc, m.schema)
            self.sources.append(SourceFile(m.shown, "dbt", statements=statements))

    def _document(self, table: str, doc: _Doc, schema: str | None = None) -> None:
        """Descriptions and meta of documented columns, as comments and annotations."""
        for k, col in enumerate(_items(doc.data.get("columns"))):
            if not isinstance(col, dict) or not col.get("name"):
                continue
            new = self._column(doc, k, col)
            if new.comment or new.annotation is not None or new.sql_type:  # data_type: a model contract's type
                self.changes.append(AlterColumn(
                    table, new.name, new.location, schema, new.sql_type or None, new.type_family if new.sql_type else None,
                    new.comment or None, new.annotation,
                ))

    def _exposures(self, models: dict[str, _Model]) -> None:
        for doc in self.exposures:
            exp = doc.data
            meta = _meta(exp)
            purpose = meta.get("purpose") if isinstance(meta.get("purpose"), str) else None
            targets = [f"dbt-exposure:{exp['name']}"]
            if isinstance(exp.get("url"), str) and exp["url"].strip():
                targets.append(exp["url"].strip())
            for j, dep in enumerate(_items(exp.get("depends_on"))):
                where = doc.where.of(doc.path + ("depends_on", j))
                name = _ref_name(dep)
                if name is not None and name[0] == "ref":
                    name = models[name[1]].sql_name() if name[1] in models else name[1]
                elif name is not None:
                    schema, ident = self.source_tables.get(name[1:], name[1:])
                    name = f"{schema}.{ident}" if schema else ident
                if name is None:
                    self.problems.append(ParseProblem(where, f"exposure {exp['name']}: depends_on {dep!r} is not a ref() or source(): not followed"))
                    continue
                for uri in targets:
                    quoted = uri.replace("'", "''")
                    sql = f"COPY (SELECT * FROM {name}) TO '{quoted}'\n{_purpose_comment(purpose)}"
                    self.changes.append(RunSql(sql, where, "postgres"))  # COPY ... TO: PostgreSQL's spelling of an export


def render_model(macros: str, text: str, **context: Any) -> str:
    """A model's SQL rendered in a sandbox with the given dbt functions and the project's macros."""
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    env = ImmutableSandboxedEnvironment(extensions=["jinja2.ext.do"])
    env.globals.update(
        is_incremental=lambda: False,
        env_var=lambda name, default="": default,
        log=lambda *a, **k: "",
        target={"name": "dev", "schema": "main", "type": "postgres", "database": ""},
        execute=False,
    )
    env.globals.update(context)
    if macros.strip():
        module = env.from_string(macros).module  # defines the macros; they see ref/source/var too
        env.globals.update({k: getattr(module, k) for k in dir(module) if not k.startswith("_")})
    out, size = [], 0
    for chunk in env.from_string(text).generate():
        size += len(chunk)
        if size > MAX_RENDERED:
            raise ValueError(f"the rendered SQL is over {MAX_RENDERED // 1_000_000} MB")
        out.append(chunk)
    return "".join(out)


def _ref_name(dep: Any) -> tuple[str, ...] | None:
    """``ref('x')`` -> ``("ref", "x")``; ``source('s', 't')`` -> ``("source", "s", "t")``."""
    if not isinstance(dep, str):
        return None
    m = re.fullmatch(r"\s*ref\(\s*['\"]([\w.]+)['\"]\s*(?:,\s*['\"]([\w.]+)['\"]\s*)?\)\s*", dep)
    if m:
        return ("ref", m.group(2) or m.group(1))
    m = re.fullmatch(r"\s*source\(\s*['\"](\w+)['\"]\s*,\s*['\"](\w+)['\"]\s*\)\s*", dep)
    return ("source", m.group(1), m.group(2)) if m else None


def _meta(entry: dict) -> dict:
    meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
    conf = entry.get("config") if isinstance(entry.get("config"), dict) else {}
    if isinstance(conf.get("meta"), dict):
        meta = {**meta, **conf["meta"]}
    return meta


def _meta_annotation(col: dict, where: LocationMap, path: tuple) -> Annotation | None:
    meta = _meta(col)
    value = meta.get("privacy")
    if isinstance(value, str) and value.strip():
        key = ("meta", "privacy") if isinstance(col.get("meta"), dict) and "privacy" in col["meta"] else ("config", "meta", "privacy")
        cat = value.strip().lower()
        return Annotation(None if cat == "none" else cat, where.of(path + key))
    return None


def _items(value: Any) -> list:
    """A YAML list, or nothing (a mapping or scalar where a list belongs is not ours to guess)."""
    return value if isinstance(value, list) else []


def _purpose_comment(purpose: str | None) -> str:
    """The SQL reader's purpose binding, after the statement so that its location stays put."""
    return f"-- notice-check: purpose={purpose}\n" if purpose and _ID.match(purpose) else ""


def _settings(node: Any) -> dict:
    """The settings of one level of ``models:`` in dbt_project.yml (``+x`` and plain ``x``)."""
    if not isinstance(node, dict):
        return {}
    out = {}
    for key in ("materialized", "schema", "alias", "meta"):
        value = node.get(f"+{key}", node.get(key))
        if isinstance(value, (str, dict)):
            out[key] = value
    return out


def _meta_only(entry: dict) -> dict:
    """``{"meta": ...}`` of a properties entry (``meta:`` or ``config: {meta:}``)."""
    meta = _meta(entry)
    return {"meta": meta} if meta else {}


def _paths(value: Any, default: list[str]) -> list[str]:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return default


def _head_rows(text: str, limit: int = 50):
    for i, row in enumerate(csv.reader(io.StringIO(text))):
        if i > limit:
            return
        yield row


def _guess(values: list[str]) -> str:
    """A seed column's type family from its first values (used only to decide the type)."""
    if not values:
        return "unknown"
    if all(_NUMBER.match(v.strip()) for v in values):
        return "number"
    if all(_DATE.match(v.strip()) for v in values):
        return "date"
    if all(v.strip().lower() in ("true", "false") for v in values):
        return "boolean"
    return "text"


def _family(type_name: str) -> str:
    from ..types import family_from_name

    return family_from_name(type_name)


def _one_line(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= 200 else s[:197] + "..."


def _project_files(files: list[str]) -> list[str]:
    """The ``dbt_project.yml`` files among ``files``, else the one above the first file."""
    found = [f for f in files if os.path.basename(f) == PROJECT_FILE and not _INSTALLED.intersection(f.replace(os.sep, "/").split("/")[:-1])]
    if found or not files:
        return found
    folder = files[0] if os.path.isdir(files[0]) else os.path.dirname(os.path.abspath(files[0]))
    while True:
        candidate = os.path.join(folder, PROJECT_FILE)
        if os.path.isfile(candidate):
            return [candidate]
        parent = os.path.dirname(folder)
        if parent == folder:
            return []
        folder = parent


def read(files: list[str], display: Callable[[str], str]) -> tuple[list[Change], list[ParseProblem], list[SourceFile]]:
    """The changes of the dbt project(s) that ``files`` belong to (``dbt_project.yml`` or files in it)."""
    changes: list[Change] = []
    problems: list[ParseProblem] = []
    sources: list[SourceFile] = []
    projects = _project_files(files)
    if not projects and files:
        problems.append(ParseProblem(Location(display(files[0])), "no dbt_project.yml here or above: not read as a dbt project", fatal=True))
    for project_file in projects:
        p = _Project(os.path.dirname(os.path.abspath(project_file)), display)
        p.read(project_file)
        changes += p.changes
        problems += p.problems
        sources += p.sources
    return changes, problems, sources


__all__ = ["detect", "read", "render_model"]
