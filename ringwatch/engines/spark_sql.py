"""DuckDB-dialect SQL carried to Spark SQL: sqlglot, then fix-ups where sqlglot is wrong or silent.

Stages write DuckDB SQL (ringwatch/engines/dialect.py routes the few pieces spelled per engine).
The Spark engine sends every statement through `to_spark`: parse with sqlglot (`read="duckdb"`),
rewrite the DuckDB syntax tree where sqlglot would carry a construct over wrongly or not at all
(each fix-up below says what and why; docs/ENGINES.md has the list), then generate Spark SQL.
Pure sqlglot: nothing here needs a Spark session, so the rewrites are tested on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import sqlglot
from sqlglot import exp

# UDFs the Spark engine registers for DuckDB functions Spark lacks (ringwatch/engines/spark.py).
DAMERAU_UDF = "rw_damerau_levenshtein"
# sqlglot writes DuckDB's jaro_winkler_similarity under this name, which Spark lacks.
JARO_WINKLER_UDF = "jarowinkler_similarity"

# DuckDB's `len(list)` parses as LENGTH, which Spark reads as a string's length; every use of
# `len(` in ringwatch's SQL is a list's (strings use `length(`), so it is read as array_length.
_LEN = re.compile(r"\blen\s*\(", re.IGNORECASE)


def _col(name: str) -> exp.Column:
    return exp.column(name)


def _lambda(body: exp.Expression, *names: str) -> exp.Lambda:
    return exp.Lambda(this=body, expressions=[exp.to_identifier(n) for n in names])


def _fn(name: str, *args: exp.Expression) -> exp.Anonymous:
    return exp.Anonymous(this=name, expressions=list(args))


def _comparator(keys: list[exp.Ordered]) -> exp.Expression:
    """A Spark array_sort comparator over structs (k0, k1, ..., v) giving DuckDB's ORDER BY:
    each key ascending or descending, NULLs where DuckDB puts them (last unless asked)."""
    result: exp.Expression = exp.Literal.number(0)
    for i in reversed(range(len(keys))):
        key = keys[i]
        desc = bool(key.args.get("desc"))
        nulls_first = bool(key.args.get("nulls_first"))
        left = exp.Dot(this=_col("rw_l"), expression=exp.to_identifier(f"k{i}"))
        right = exp.Dot(this=_col("rw_r"), expression=exp.to_identifier(f"k{i}"))
        before, after = exp.Literal.number(-1), exp.Literal.number(1)
        result = exp.Case(ifs=[
            exp.If(this=exp.and_(exp.Is(this=left.copy(), expression=exp.Null()),
                                 exp.Is(this=right.copy(), expression=exp.Null())), true=result.copy()),
            exp.If(this=exp.Is(this=left.copy(), expression=exp.Null()),
                   true=before.copy() if nulls_first else after.copy()),
            exp.If(this=exp.Is(this=right.copy(), expression=exp.Null()),
                   true=after.copy() if nulls_first else before.copy()),
            exp.If(this=exp.LT(this=left.copy(), expression=right.copy()),
                   true=after.copy() if desc else before.copy()),
            exp.If(this=exp.GT(this=left.copy(), expression=right.copy()),
                   true=before.copy() if desc else after.copy()),
        ], default=result)
    return _lambda(result, "rw_l", "rw_r")


def _sorted_values(value: exp.Expression, keys: list[exp.Ordered], skip_nulls: bool,
                   where: exp.Expression | None) -> tuple[exp.Expression, exp.Expression]:
    """(the group's `value`s as an array sorted by `keys`, the collected struct array)."""
    fields = [exp.PropertyEQ(this=exp.to_identifier(f"k{i}"), expression=k.this.copy())
              for i, k in enumerate(keys)]
    fields.append(exp.PropertyEQ(this=exp.to_identifier("v"), expression=value.copy()))
    item: exp.Expression = exp.Struct(expressions=fields)
    conditions = []
    if skip_nulls:
        conditions.append(exp.Not(this=exp.Is(this=value.copy(), expression=exp.Null())))
    if where is not None:
        conditions.append(exp.paren(where.copy()))
    if conditions:  # collect_list skips NULLs: a row left out is a NULL struct
        item = exp.Case(ifs=[exp.If(this=exp.and_(*conditions), true=item)])
    collected = _fn("collect_list", item)
    ordered = _fn("array_sort", collected, _comparator(keys))
    values = _fn("transform", ordered, _lambda(exp.Dot(this=_col("rw_s"), expression=exp.to_identifier("v")), "rw_s"))
    return values, collected


def _null_when_empty(collected: exp.Expression, result: exp.Expression) -> exp.Expression:
    """DuckDB's list/string_agg over no rows is NULL; Spark's collect_list gives []."""
    return exp.Case(ifs=[exp.If(this=exp.GT(this=_fn("size", collected.copy()),
                                            expression=exp.Literal.number(0)), true=result)])


def _aggregate(node: exp.Expression) -> exp.Expression | None:
    """Ordered and string aggregates. sqlglot drops `list(x ORDER BY y)`'s order and writes
    string_agg as LISTAGG ... WITHIN GROUP, which Spark 4.0 lacks; `sum(x ORDER BY ...)` (an
    exact, order-fixed float sum) it passes through. Each becomes collect_list of structs
    sorted by an explicit comparator. A FILTER clause moves inside (collect_list skips NULLs)."""
    where = None
    target = node
    if isinstance(node, exp.Filter):
        target = node.this
        where = node.expression.this if isinstance(node.expression, exp.Where) else node.expression
    if isinstance(target, exp.GroupConcat):
        inner = target.this
        sep = target.args.get("separator") or exp.Literal.string(",")
        if isinstance(inner, exp.Order):
            values, collected = _sorted_values(inner.this, list(inner.expressions), True, where)
            return _null_when_empty(collected, _fn("array_join", values, sep.copy()))
        distinct = isinstance(inner, exp.Distinct)
        value = inner.expressions[0] if distinct else inner
        item = value.copy()
        if where is not None:
            item = exp.Case(ifs=[exp.If(this=exp.paren(where.copy()), true=item)])
        collected = _fn("collect_list", item)
        # DuckDB's DISTINCT string_agg has no defined order; Spark's is sorted (deterministic)
        listed = _fn("array_sort", _fn("array_distinct", collected)) if distinct else collected
        return _null_when_empty(collected, _fn("array_join", listed, sep.copy()))
    if isinstance(target, exp.ArrayAgg) and isinstance(target.this, exp.Order):
        inner = target.this
        values, collected = _sorted_values(inner.this, list(inner.expressions), False, where)
        return _null_when_empty(collected, values)
    if isinstance(target, (exp.First, exp.Last)) and isinstance(target.this, exp.Order):
        inner = target.this
        values, collected = _sorted_values(inner.this, list(inner.expressions), False, where)
        position = exp.Literal.number(1 if isinstance(target, exp.First) else -1)
        return _null_when_empty(collected, _fn("element_at", values, position))
    if isinstance(target, exp.Sum) and isinstance(target.this, exp.Order):
        inner = target.this
        values, collected = _sorted_values(inner.this, list(inner.expressions), True, where)
        total = _fn("aggregate", values, exp.cast(exp.Literal.number(0), "DOUBLE"),
                    _lambda(exp.Add(this=_col("rw_acc"), expression=_col("rw_x")), "rw_acc", "rw_x"))
        return _null_when_empty(collected, total)
    return None


def _range_table(node: exp.Table) -> exp.Expression | None:
    """DuckDB's range(n) table function (sqlglot: EXPLODE(SEQUENCE(...), _u(alias)), which
    Spark cannot read) becomes a subquery exploding a sequence, columns named as aliased."""
    series = node.this
    if not isinstance(series, exp.GenerateSeries):
        return None
    alias = node.args.get("alias")
    column = "range"
    name = "_range"
    if alias is not None:
        name = alias.name or name
        if alias.columns:
            column = alias.columns[0].name
    end = series.args["end"].copy()
    if series.args.get("is_end_exclusive"):
        end = exp.Sub(this=end, expression=exp.Literal.number(1))
    start = series.args.get("start") or exp.Literal.number(0)
    explode = exp.alias_(_fn("explode", _fn("sequence", start.copy(), end)), column)
    return exp.Subquery(this=exp.select(explode), alias=exp.TableAlias(this=exp.to_identifier(name)))


def _unnest_table(node: exp.Unnest) -> exp.Expression | None:
    """`FROM t, unnest(list) AS u(x) JOIN ...`: sqlglot writes a LATERAL VIEW, which Spark
    places after every join, so the join cannot see `u.x`; a LATERAL subquery keeps the
    order. (unnest in a select list stays: sqlglot's EXPLODE.)"""
    parent = node.parent
    if not isinstance(parent, (exp.Join, exp.From)) or not node.expressions:
        return None
    alias = node.args.get("alias")
    name = alias.name if alias is not None and alias.name else "_unnest"
    column = alias.columns[0].name if alias is not None and alias.columns else "unnest"
    select = exp.select(exp.alias_(_fn("explode", node.expressions[0].copy()), column))
    if isinstance(parent, exp.From):
        return exp.Subquery(this=select, alias=exp.TableAlias(this=exp.to_identifier(name)))
    return exp.Lateral(this=exp.Subquery(this=select), alias=exp.TableAlias(this=exp.to_identifier(name)))


def _date_diff(node: exp.Expression) -> exp.Expression | None:
    """DuckDB's date_diff(unit, a, b) counts unit boundaries crossed; Spark's counts whole
    units elapsed: truncate both to the unit first."""
    unit = node.args.get("unit")
    if unit is None:
        return None
    name = unit.name.lower()
    trunc = {"second": "SECOND", "minute": "MINUTE", "hour": "HOUR", "day": "DAY"}.get(name)
    if not trunc:
        return None
    a = _fn("date_trunc", exp.Literal.string(trunc), node.expression.copy())
    b = _fn("date_trunc", exp.Literal.string(trunc), node.this.copy())
    return _fn("timestampdiff", exp.var(trunc), a, b)


def _anonymous(node: exp.Anonymous) -> exp.Expression | None:
    """DuckDB functions sqlglot passes through by name, spelled in Spark."""
    name = node.name.lower()
    args = [a.copy() for a in node.expressions]
    if name == "list_bool_or":
        return _fn("exists", args[0], _lambda(_col("rw_b"), "rw_b"))
    if name == "list_bool_and":
        return _fn("forall", args[0], _lambda(_col("rw_b"), "rw_b"))
    if name == "strlen":
        return _fn("octet_length", args[0])
    if name == "list_has_all":  # every element of the second is in the first
        return exp.EQ(this=_fn("size", _fn("array_except", args[1], args[0])),
                      expression=exp.Literal.number(0))
    if name == "list_intersect":
        return _fn("array_intersect", *args)
    if name == "list_slice":  # 1-based, both ends included
        start, end = args[1], args[2]
        length = exp.Add(this=exp.Sub(this=exp.paren(end), expression=exp.paren(start.copy())),
                         expression=exp.Literal.number(1))
        return _fn("slice", args[0], start, length)
    if name == "damerau_levenshtein":
        return _fn(DAMERAU_UDF, *args)
    if name == "to_minutes":
        return _fn("make_dt_interval", exp.Literal.number(0), exp.Literal.number(0), *args)
    if name == "regexp_full_match":
        return _full_match(args[0], args[1])
    if name == "hash":  # values differ from DuckDB's; used only to group (LSH bands)
        return _fn("xxhash64", *args)
    if name == "isfinite":
        x = args[0]
        return exp.and_(exp.Not(this=_fn("isnan", x)),
                        exp.LT(this=_fn("abs", x.copy()), expression=exp.cast(exp.Literal.string("Infinity"), "DOUBLE")))
    if name == "epoch":
        return exp.Div(this=_fn("unix_micros", exp.cast(args[0], "TIMESTAMP")),
                       expression=exp.Literal.number("1000000.0"))
    return None


def _regexp_full_match(node: exp.Expression) -> exp.Expression:
    return _full_match(node.this.copy(), node.expression.copy())


def _full_match(value: exp.Expression, pattern: exp.Expression) -> exp.Expression:
    """RE2 full match as a Java regex: anchored, `\\z` (Java's `$` also matches before a
    final line break)."""
    if isinstance(pattern, exp.Literal) and pattern.is_string:
        anchored: exp.Expression = exp.Literal.string(f"^(?:{pattern.this})\\z")
    else:
        anchored = _fn("concat", exp.Literal.string("^(?:"), pattern, exp.Literal.string(")\\z"))
    return exp.RegexpLike(this=value, expression=anchored)


def _slice(node: exp.Bracket) -> exp.Expression | None:
    """`list[a:b]` (1-based, inclusive, either end optional) has no Spark syntax: slice().
    `list[i]`: sqlglot shifts a literal index to Spark's 0-based one but leaves an expression
    (`a[i]` in a lambda) and a negative index (`a[-1]`, the last) wrong: element_at() is
    1-based, counts negative indexes from the end and is NULL out of bounds, as DuckDB."""
    if len(node.expressions) != 1:
        return None
    index = node.expressions[0]
    if not isinstance(index, exp.Slice):
        if isinstance(index, exp.Literal) and index.is_string:
            return None  # a struct field or map key
        # sqlglot's parser has already shifted an integer literal to 0-based; shift it back
        value = index.this if isinstance(index, exp.Neg) else index
        if isinstance(value, exp.Literal) and value.is_int:
            position = (-int(value.this) if isinstance(index, exp.Neg) else int(value.this)) + 1
            if position == 0:
                return exp.Null()  # DuckDB's list[0] is NULL; element_at(a, 0) is an error
            return _fn("element_at", node.this.copy(), exp.Literal.number(position))
        return _fn("element_at", node.this.copy(), index.copy())
    part = node.expressions[0]
    start = part.this.copy() if part.this is not None else exp.Literal.number(1)
    arr = node.this.copy()
    if part.expression is None:
        length = _fn("size", arr.copy())
    else:
        length = exp.Add(this=exp.Sub(this=exp.paren(part.expression.copy()),
                                      expression=exp.paren(start.copy())),
                         expression=exp.Literal.number(1))
    return _fn("slice", arr, start, length)


def _fix_all(tree: exp.Expression) -> exp.Expression:
    """Apply the fix-ups until none applies: sqlglot's transform() does not descend into a
    replacement, so a fix-up inside another (hash(list_slice(...))) waits for the next pass."""
    for _ in range(10):
        changed = False

        def fix(node: exp.Expression) -> exp.Expression:
            nonlocal changed
            replaced = _fix(node)
            changed = changed or replaced is not node
            return replaced

        tree = tree.transform(fix)
        if not changed:
            break
    return tree


def _len_of_element(node: exp.ArraySize) -> exp.Expression | None:
    """`len(words[1])`: an element of a list of strings, a string's length."""
    if isinstance(node.this, exp.Bracket) and not isinstance(node.this.expressions[0], exp.Slice):
        return exp.Length(this=node.this.copy())
    return None


def _arrays_overlap(node: exp.ArrayOverlaps) -> exp.Expression:
    return _fn("arrays_overlap", node.this.copy(), node.expression.copy())  # sqlglot writes `&&`


def _unix_seconds(node: exp.Expression) -> exp.Expression:
    return exp.Div(this=_fn("unix_micros", exp.cast(node.this.copy(), "TIMESTAMP")),
                   expression=exp.Literal.number("1000000.0"))


def _format(node: exp.Format) -> exp.Expression | None:
    """DuckDB's format('{} ...', x) is Spark's format_string('%s ...', x)."""
    template = node.this
    if not (isinstance(template, exp.Literal) and template.is_string and "{}" in template.this):
        return None
    text = template.this.replace("%", "%%").replace("{}", "%s")
    return _fn("format_string", exp.Literal.string(text), *[a.copy() for a in node.expressions])


def _optional(name: str) -> tuple[type, ...]:
    """A node type only newer sqlglot versions have."""
    return (getattr(exp, name),) if hasattr(exp, name) else ()


# Each node type with the fix-up that rewrites it; a fix-up returns None to leave the node.
_FIXUPS: tuple[tuple[tuple[type, ...], Callable[[Any], exp.Expression | None]], ...] = (
    ((exp.Filter, exp.GroupConcat, exp.ArrayAgg, exp.Sum, exp.First, exp.Last), _aggregate),
    ((exp.Table,), _range_table),
    ((exp.ArraySize,), _len_of_element),
    ((exp.Unnest,), _unnest_table),
    ((exp.DateDiff, exp.TimestampDiff), _date_diff),
    ((exp.Anonymous,), _anonymous),
    ((exp.ArrayOverlaps,), _arrays_overlap),
    ((exp.Format,), _format),
    ((exp.Bracket,), _slice),
    (_optional("RegexpFullMatch"), _regexp_full_match),
    (_optional("UnixSeconds"), _unix_seconds),
)


def _fix(node: exp.Expression) -> exp.Expression:
    for types, fixup in _FIXUPS:
        if types and isinstance(node, types):
            replaced = fixup(node)
            if replaced is not None:
                return replaced
    return node


def _unnest_cte_names(tree: exp.Expression) -> None:
    """sqlglot hoists a WITH nested in a subquery to the statement's own WITH for Spark; two
    CTEs of one name in different scopes (`given` twice) then collide. A nested CTE gets a
    name of its own, and the references in its scope follow."""
    counter = 0
    for with_ in list(tree.find_all(exp.With)):
        scope = with_.parent
        if scope is None or scope is tree or (isinstance(tree, exp.Create) and scope is tree.expression):
            continue
        for cte in with_.expressions:
            old = cte.alias
            counter += 1
            new = f"{old}__{counter}"
            for table in scope.find_all(exp.Table):
                if table.name == old and not table.args.get("db"):
                    table.set("this", exp.to_identifier(new))
            cte.set("alias", exp.TableAlias(this=exp.to_identifier(new)))


def _lift_nested_unnest(tree: exp.Expression) -> None:
    """`SELECT nullif(unnest(list), '') FROM t`: Spark takes a generator only as a whole
    select item. An unnest inside an expression becomes a LATERAL subquery joined to the
    FROM, and the expression reads its column."""
    counter = 0
    for select in list(tree.find_all(exp.Select)):
        for item in select.expressions:
            top = item.this if isinstance(item, exp.Alias) else item
            for node in list(item.find_all(exp.Explode)):
                if node is top or node.find_ancestor(exp.Select) is not select:
                    continue
                counter += 1
                name = f"rw_unnest_{counter}"
                lateral = exp.select(exp.alias_(_fn("explode", node.this.copy()), "u"))
                node.replace(exp.column("u", table=name))
                subquery = exp.Subquery(this=lateral, alias=exp.TableAlias(this=exp.to_identifier(name)))
                if not select.args.get("from_") and not select.args.get("from"):
                    select.from_(subquery, copy=False)
                else:
                    select.append("joins", exp.Join(this=exp.Lateral(
                        this=exp.Subquery(this=lateral),
                        alias=exp.TableAlias(this=exp.to_identifier(name)))))


def parse(sql: str) -> exp.Expression:
    """A DuckDB statement's syntax tree with the Spark fix-ups applied."""
    tree = sqlglot.parse_one(_LEN.sub("array_length(", sql), read="duckdb")
    _unnest_cte_names(tree)
    _lift_nested_unnest(tree)
    return _fix_all(tree)


@lru_cache(maxsize=4096)
def to_spark(sql: str) -> str:
    """One DuckDB statement as Spark SQL."""
    return parse(sql).sql(dialect="spark")


def expression_to_spark(sql: str) -> str:
    """One DuckDB expression (a Splink comparison level, a blocking rule) as Spark SQL."""
    tree = sqlglot.parse_one(_LEN.sub("array_length(", sql), read="duckdb", into=exp.Condition)
    return _fix_all(tree).sql(dialect="spark")
