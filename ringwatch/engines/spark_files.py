"""The loader's readers on Spark (`SparkEngine.read_csv`, `read_json_lines`,
`read_parquet_text`): the bundle's files read by the executors as DataFrames of text columns,
numbered in file order.

Spark gives no row numbers: a file is read in splits, one task each. `rowid` (the record's
0-based position in the file) comes from each row's split (`_metadata.file_block_start`) and
its place in the split (`monotonically_increasing_id()`, consecutive within a task): one
small aggregate counts the rows of each split, and a split's offset is the count of the splits
before it. Parquet files carry the row's index themselves (`_metadata.row_index`).

A CSV file is read whole by one task (`multiLine`: a quoted field may hold line breaks, so a
split cannot start at any line end); JSON Lines and Parquet files are read in parallel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ringwatch.engines.errors import FAILED, EngineError

CORRUPT = "_corrupt"  # the CSV reader's malformed record, kept beside the text columns
# univocity's own default; raised for a file with more columns than it
UNIVOCITY_MAX_COLUMNS = 20_480


def _numbered(frame: Any) -> Any:
    """`frame` (one file's rows, as read) with `rowid`: each row's 0-based position in the file."""
    from pyspark.sql import functions as F

    tagged = frame.select("*", F.col("_metadata.file_block_start").alias("_block"),
                          F.monotonically_increasing_id().alias("_mono"))
    splits = tagged.groupBy("_block").agg(F.min("_mono").alias("first"), F.count("*").alias("n")).collect()
    rowid = None  # CASE _block WHEN <split> THEN <its offset + place in it> ...
    offset = 0
    for block, first, n in sorted((r["_block"], r["first"], r["n"]) for r in splits):
        shift = F.col("_mono") - F.lit(first) + F.lit(offset)
        rowid = (F.when if rowid is None else rowid.when)(F.col("_block") == block, shift)
        offset += n
    rowid = F.lit(0) if rowid is None else rowid  # a file without rows
    return tagged.select(*[F.col(f"`{c}`") for c in frame.columns], rowid.cast("bigint").alias("rowid"))


def _line_end(path: Path) -> str:
    """The file's record separator, as its first line ends: CRLF or LF. (Spark's reader
    otherwise turns a CRLF inside a quoted field into LF; DuckDB keeps the field as written.)"""
    with path.open("rb") as handle:
        start = handle.read(1 << 20)
    end = start.find(b"\n")
    return "\r\n" if end > 0 and start[end - 1:end] == b"\r" else "\n"


def read_csv(spark: Any, path: str, local_path: Path, width: int, max_record_bytes: int) -> Any:
    """Every record of an RFC 4180 file as text columns c1..c{width}, plus CORRUPT (the
    record's text where it is not `width` fields) and rowid. `path` as Spark reads it,
    `local_path` the same file here."""
    schema = ", ".join(f"c{i} STRING" for i in range(1, width + 1)) + f", {CORRUPT} STRING"
    frame = (spark.read.format("csv")
             .schema(schema)
             .option("header", False).option("sep", ",").option("quote", '"').option("escape", '"')
             .option("multiLine", True).option("encoding", "UTF-8").option("lineSep", _line_end(local_path))
             .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
             .option("ignoreLeadingWhiteSpace", False).option("ignoreTrailingWhiteSpace", False)
             .option("maxCharsPerColumn", int(max_record_bytes))
             .option("maxColumns", max(UNIVOCITY_MAX_COLUMNS, width + 1))
             .option("unescapedQuoteHandling", "RAISE_ERROR")
             .load(path))
    return _numbered(frame)


def check_csv_records(engine: Any, name: str, path: Path, width: int) -> None:
    """Raise EngineError naming the first record that is not `width` fields (DuckDB's
    strict reader stops there too)."""
    bad = engine.rows(f"SELECT rowid FROM {name} WHERE {CORRUPT} IS NOT NULL ORDER BY rowid LIMIT 1")
    if bad:
        record = bad[0][0] + 1
        raise EngineError(ValueError(
            f"CSV error in {path.name}: record {record:,} does not have {width:,} fields like the "
            "header (a ragged row, or a stray quote)"), sql=f"-- read {path.name}", kind=FAILED)


def read_json_lines(spark: Any, path: str, max_record_bytes: int) -> Any:
    """Each line holding more than white space as `json` (NULL where it is not valid JSON
    or is over `max_record_bytes`), plus rowid."""
    from pyspark.sql import functions as F

    lines = (spark.read.option("lineSep", "\n").option("wholetext", False).text(path)
             .where(F.col("value").rlike(r"\S")))
    numbered = _numbered(lines)
    value = F.col("value")
    valid = (F.length(value) <= int(max_record_bytes)) & (
        F.get_json_object(value, "$").isNotNull() | F.json_object_keys(value).isNotNull())
    return numbered.select(F.when(valid, value).alias("json"), "rowid")


def read_parquet_text(spark: Any, path: str, width: int) -> Any:
    """The file's `width` columns by position as text c1..c{width}, plus rowid."""
    from pyspark.sql import functions as F

    frame = spark.read.parquet(path)
    # By position: a file's names may repeat or be ones SQL cannot bind.
    frame = frame.toDF(*[f"c{i}" for i in range(1, width + 1)])
    return frame.select(*[F.col(f"c{i}").cast("string").alias(f"c{i}") for i in range(1, width + 1)],
                        F.col("_metadata.row_index").cast("bigint").alias("rowid"))
