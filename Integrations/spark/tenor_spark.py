#!/usr/bin/env python3
"""Run Tenor over a JSONL corpus on Apache Spark.

Each partition of the corpus is fed to one `tenor` process on an executor (the binary is
shipped with the job), and the rows it prints are the job's output, with the records' ids kept:

    spark-submit tenor_spark.py tone corpus.jsonl out/ --tenor .build/release/tenor
    python tenor_spark.py stats corpus.jsonl out/ --master 'local[2]' --partitions 8

See Documentation/spark.md. The functions below are also the module's interface, so that one
Spark session can serve several runs (the integration test does this: a JVM starts slowly).
"""

import argparse
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import uuid
from array import array

COMMANDS = ("tone", "stats")

# Keys of Tenor's rows that depend on the rest of the input a row came with, not on the record
# alone: under Spark that input is one partition, so they would change with the partitioning.
# `paragraph` numbers the rows within the input (the id identifies a row instead); a stats row's
# `key_terms` weigh the paragraph against the rest of its input.
PARTITION_RELATIVE_KEYS = {"tone": ("paragraph",), "stats": ("paragraph", "key_terms")}


class TenorFailure(RuntimeError):
    """A partition's `tenor` exited non-zero; the message names the record and Tenor's words."""


def tenor_arguments(command, id_field, text_field, extra=()):
    """The arguments a partition's `tenor` runs with: JSONL records in on standard input,
    JSONL rows out."""
    return [command, "--input", "jsonl", "--id-field", id_field, "--text-field", text_field,
            "--format", "jsonl", *extra, "-"]


def local_tenor(tenor_name):
    """The path of this executor's copy of the shipped `tenor` binary, made executable (the copy
    Spark made may have lost the execute bit)."""
    from pyspark import SparkFiles
    tenor = SparkFiles.get(tenor_name)
    if not os.access(tenor, os.X_OK):
        os.chmod(tenor, 0o755)
    return tenor


def on_partitions(tenor_name, input_name, id_field, work):
    """The function each partition runs: `(line, index)` pairs in, whatever `work(spool)` yields
    out, where `spool` holds the partition's records in a local file and runs `tenor` on them.
    An empty partition yields nothing and runs no process."""
    def run(records):
        tenor = local_tenor(tenor_name)
        with tempfile.TemporaryDirectory(prefix="tenor-spark-") as folder:
            spool = Spool(folder, records, tenor, input_name, id_field)
            if spool.lines:
                yield from work(spool)

    return run


class Spool:
    """One partition's records in a local file, Tenor's standard input.

    Tenor reads no faster than it computes, so spooling costs little, and a file lets a failure
    be traced back to its record.
    """

    def __init__(self, folder, records, tenor, input_name, id_field):
        self.folder = folder
        self.tenor = tenor
        self.input_name = input_name
        self.id_field = id_field
        self.path = os.path.join(folder, "records.jsonl")
        self.lines = array("q")  # input line (0-based) of each spooled record
        with open(self.path, "w", encoding="utf-8", newline="\n") as spool:
            for line, index in records:
                spool.write(line)
                spool.write("\n")
                self.lines.append(index)

    def run(self, arguments):
        """Runs `tenor ARGUMENTS` with the records on standard input and yields what it prints,
        line by line; raises TenorFailure when it exits non-zero."""
        errors_path = os.path.join(self.folder, "stderr")
        with open(self.path, "rb") as stdin, open(errors_path, "wb") as errors:
            process = subprocess.Popen([self.tenor, *arguments], stdin=stdin, stdout=subprocess.PIPE, stderr=errors)
            yield from process.stdout
            status = process.wait()
        with open(errors_path, encoding="utf-8", errors="replace") as errors:
            message = errors.read().strip()
        if status != 0:
            raise TenorFailure(failure_message(message, status, arguments[0], self.path, self.lines,
                                               self.input_name, self.id_field))
        if re.search(r"skipped \d+ bad record", message):
            # Spark shows an executor's standard error in its log; say which records.
            print(f"tenor-spark: {message}", file=sys.stderr)


LEADING_PARAGRAPH = re.compile(rb'^\{"paragraph":\d+,')


def reshaped(row, dropped_keys):
    """One of Tenor's JSONL rows (bytes or text) with the partition-relative keys removed; the
    other keys keep Tenor's order."""
    if dropped_keys == ("paragraph",) and isinstance(row, bytes) and LEADING_PARAGRAPH.match(row):
        # Tenor writes `paragraph` first: cutting it takes a third of a JSON round trip's time.
        return "{" + LEADING_PARAGRAPH.sub(b"", row).decode("utf-8").rstrip("\n")
    fields = json.loads(row)
    for key in dropped_keys:
        fields.pop(key, None)
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))


def failure_message(message, status, command, spool_path, lines, input_name, id_field):
    """Tenor's message with its 'standard input line N' turned into the corpus line and the
    record's id (when the record has one to read)."""
    def located(match):
        local = int(match.group(1))
        if not 1 <= local <= len(lines):
            return match.group(0)
        where = f"{input_name} line {lines[local - 1] + 1}"
        record_id = record_id_at(spool_path, local, id_field)
        return where + (f" (record id {record_id})" if record_id is not None else "")

    text = re.sub(r"standard input line (\d+)", located, message) or "(nothing on standard error)"
    return f"tenor {command} exited with status {status}: {text}"


def record_id_at(spool_path, line_number, id_field):
    """The id of the spooled record on `line_number` (1-based) as JSON, or None."""
    with open(spool_path, encoding="utf-8", errors="replace") as spool:
        for number, line in enumerate(spool, start=1):
            if number == line_number:
                try:
                    fields = json.loads(line)
                except ValueError:
                    return None
                if isinstance(fields, dict) and id_field in fields:
                    return json.dumps(fields[id_field], ensure_ascii=False)
                return None
    return None


def run(spark, command, input_path, output_path, tenor_path, partitions=None, id_field="id",
        text_field="text", output_format="jsonl", tenor_extra=()):
    """Runs `tenor COMMAND` over the corpus at `input_path` (JSONL, any path Spark reads) and
    writes its rows to `output_path` (a folder of part files), replacing an earlier output only
    once the whole job has succeeded."""
    if command not in COMMANDS:
        raise ValueError(f"unknown command {command!r}: use one of {', '.join(COMMANDS)}")
    tenor_name = ship_binary(spark.sparkContext, tenor_path)
    records = numbered_records(spark.sparkContext, input_path, partitions)
    arguments = tenor_arguments(command, id_field, text_field, tenor_extra)
    dropped = PARTITION_RELATIVE_KEYS[command]
    rows = records.mapPartitions(on_partitions(
        tenor_name, input_path, id_field, lambda spool: (reshaped(row, dropped) for row in spool.run(arguments))))
    replace_output(spark, output_path, rows, output_format)


# Options of `tenor vectorize` that bound the vocabulary: they apply once, to the corpus's
# summed counts (the fit), and not to a partition's counts or its transform.
VOCABULARY_LIMITS = ("--min-df", "--max-df", "--max-features")


def split_limits(options):
    """`tenor vectorize` options as (vocabulary limits, the others)."""
    limits, others = [], []
    index = 0
    while index < len(options):
        option = options[index]
        name = option.split("=", 1)[0]
        if name in VOCABULARY_LIMITS:
            taken = 1 if "=" in option else 2
            limits += options[index:index + taken]
            index += taken
        else:
            others.append(option)
            index += 1
    return limits, others


def run_tfidf(spark, input_path, output_path, tenor_path, partitions=None, id_field="id",
              text_field="text", vectorize_options=()):
    """Corpus-wide TF-IDF as map → reduce → map: each partition's term counts
    (`tenor vectorize --document-frequencies`), summed by term across partitions (a shuffle),
    fitted once on the driver (`tenor vectorize --fit`: vocabulary and idf, with the
    document-frequency and feature limits applied to the whole corpus), shipped to every
    executor, and each partition transformed with them (`--vocabulary --idf`).

    Writes `output_path`/rows (JSONL: `{"id", "columns", "values"}`, columns 0-based into the
    vocabulary, values as `tenor vectorize` writes them, 12 significant digits),
    `vocabulary.txt` and `idf.txt` (when idf is used); an earlier output is replaced only when
    the whole job has succeeded.
    """
    context = spark.sparkContext
    tenor_name = ship_binary(context, tenor_path)
    records = numbered_records(context, input_path, partitions).cache()
    with tempfile.TemporaryDirectory(prefix="tenor-spark-fit-") as folder:
        vectorizing = FittedTransform(context, records, tenor_name, tenor_path, input_path, id_field, text_field,
                                      vectorize_options, folder)

        def transformed(spool):
            out = os.path.join(spool.folder, "matrix")
            for _ in spool.run(vectorizing.transform_arguments(out)):
                pass
            yield from matrix_rows(out)

        rows = records.mapPartitions(on_partitions(tenor_name, input_path, id_field, transformed))
        extra = {"vocabulary.txt": vectorizing.model["vocabulary"]}
        if "idf" in vectorizing.model:
            extra["idf.txt"] = vectorizing.model["idf"]
        replace_output(spark, output_path, rows, "jsonl", rows_folder="rows", extra_files=extra)
    records.unpersist()


class FittedTransform:
    """The map → reduce → fit steps of corpus-wide TF-IDF: each partition of `records` counted
    (`tenor vectorize --document-frequencies`), the counts summed by term (a shuffle) and fitted
    once on the driver into `folder` (`tenor vectorize --fit`), the model shipped to the
    executors. `transform_arguments` then gives a partition's `tenor vectorize` arguments that
    transform with it, as the executors see it."""

    def __init__(self, context, records, tenor_name, tenor_path, input_path, id_field, text_field,
                 vectorize_options, folder):
        limits, self.term_options = split_limits(list(vectorize_options))
        self.reading = ["--input", "jsonl", "--id-field", id_field, "--text-field", text_field]

        def counts(spool):
            out = os.path.join(spool.folder, "counts")
            for _ in spool.run(["vectorize", *self.reading, *self.term_options, "--document-frequencies", "--output", out, "-"]):
                pass
            with open(os.path.join(out, "document-frequencies.tsv"), encoding="utf-8") as file:
                yield "", (int(file.readline().split("\t")[1]), 0)  # the paragraphs counted
                for line in file:
                    term, documents, occurrences = line.rstrip("\n").split("\t")
                    yield term, (int(documents), int(occurrences))

        summed = (records.mapPartitions(on_partitions(tenor_name, input_path, id_field, counts))
                  .reduceByKey(lambda a, b: (a[0] + b[0], a[1] + b[1])).collect())
        self.model = fit_model(tenor_path, summed, folder, limits + self.term_options)
        for path in self.model.values():
            context.addFile(path)
        self.names = {key: os.path.basename(path) for key, path in self.model.items()}

    def transform_arguments(self, out, extra=()):
        """`tenor vectorize` arguments that transform standard input's records into `out`
        with the fitted model (run on an executor)."""
        from pyspark import SparkFiles
        given = ["--vocabulary", SparkFiles.get(self.names["vocabulary"])]
        if "idf" in self.names:
            given += ["--idf", SparkFiles.get(self.names["idf"])]
        return ["vectorize", *self.reading, *self.term_options, *given, *extra, "--output", out, "-"]


def fitted_matrix(spark, input_path, tenor_name, tenor_path, folder, partitions=None, id_field="id",
                  text_field="text", vectorize_options=(), with_lines=False):
    """The corpus's TF-IDF matrix, built as `run_tfidf` builds it but with each partition
    transformed to npz (exact float64 values), collected and stacked in corpus order into
    `folder`/matrix.npz with `folder`/ids.txt, then shipped to the executors.

    Returns (names the executors find the matrix and ids under, each row's id, each row's 0-based
    corpus line when `with_lines` (else None), the records partitioned in corpus order). Rows keep corpus order because the records
    are range-partitioned by line (`sortBy`), not hashed (`repartition`): the search breaks ties
    by lower row, as `tenor similar` breaks them by lower paragraph."""
    import csr_npz
    context = spark.sparkContext
    records = numbered_records(context, input_path, None)
    if partitions:
        records = records.sortBy(lambda record: record[1], numPartitions=partitions)
    records = records.cache()
    vectorizing = FittedTransform(context, records, tenor_name, tenor_path, input_path, id_field, text_field,
                                  vectorize_options, folder)

    def transformed(index, records):
        def parts(spool):
            out = os.path.join(spool.folder, "matrix")
            for _ in spool.run(vectorizing.transform_arguments(out, ["--format", "npz"])):
                pass
            with open(os.path.join(out, "matrix.npz"), "rb") as file:
                matrix = file.read()
            with open(os.path.join(out, "ids.txt"), encoding="utf-8") as file:
                ids = file.read()
            lines = ([line for line, text in zip(spool.lines, spooled_texts(spool.path, text_field)) if text]
                     if with_lines else None)
            yield index, matrix, ids, lines
        return on_partitions(tenor_name, input_path, id_field, parts)(records)

    # collect() returns the partitions' parts in partition order, which is corpus order.
    stacked, ids, lines = [], [], [] if with_lines else None
    for index, matrix, part_ids, part_lines in records.mapPartitionsWithIndex(transformed).collect():
        stacked.append(csr_npz.read(io.BytesIO(matrix)))
        part_ids = part_ids.split("\n")[:-1]
        if len(part_ids) != stacked[-1][0] or (with_lines and len(part_lines) != len(part_ids)):
            raise TenorFailure(f"partition {index}: {stacked[-1][0]} matrix rows, {len(part_ids)} ids and "
                               f"{len(part_lines) if with_lines else 'the'} records with text do not agree")
        ids += part_ids
        if with_lines:
            lines += part_lines
    suffix = uuid.uuid4().hex[:12]
    names = {"matrix": f"matrix-{suffix}.npz", "ids": f"ids-{suffix}.txt"}
    csr_npz.write_stacked(os.path.join(folder, names["matrix"]), stacked)
    with open(os.path.join(folder, names["ids"]), "w", encoding="utf-8", newline="\n") as file:
        file.writelines(record_id + "\n" for record_id in ids)
    for name in names.values():
        context.addFile(os.path.join(folder, name))
    return names, ids, lines, records


def spooled_texts(path, text_field):
    """Each spooled record's text stripped as Tenor strips it (Python's `str.strip`, which
    Tenor follows), or "" when none is left (Tenor gives such a record no row): the records that
    become rows, in order."""
    with open(path, encoding="utf-8") as spool:
        for line in spool:
            try:
                fields = json.loads(line)
            except ValueError:
                yield ""  # only with --skip-bad-lines: Tenor skipped it
                continue
            text = fields.get(text_field) if isinstance(fields, dict) else None
            yield text.strip() if isinstance(text, str) else ""


# Unicode's White_Space characters: what Swift's Character.isWhitespace takes for white space
# when Tenor compares texts for exact duplicates (Python's str.split also splits at
# U+001C…U+001F).
WHITE_SPACE = ("\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
               "\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def block_searches(context, names, rows, tenor_name, arguments, blocks):
    """An RDD of `tenor similar --matrix … --rows FIRST:LAST ARGUMENTS --format jsonl` lines, one
    task per block of rows; each block is a whole number of the search's 64-row blocks, so no
    task repeats another's work."""
    size = -(-max(rows, 1) // (64 * max(1, blocks))) * 64
    ranges = [(first, min(rows, first + size)) for first in range(0, rows, size)]

    def search(ranges):
        from pyspark import SparkFiles
        tenor = local_tenor(tenor_name)
        with tempfile.TemporaryDirectory(prefix="tenor-spark-") as folder:
            os.symlink(SparkFiles.get(names["matrix"]), os.path.join(folder, "matrix.npz"))
            os.symlink(SparkFiles.get(names["ids"]), os.path.join(folder, "ids.txt"))
            for first, end in ranges:
                command = ["similar", "--matrix", folder, "--rows", f"{first + 1}:{end}", *arguments, "--format", "jsonl"]
                done = subprocess.run([tenor, *command], capture_output=True)
                if done.returncode != 0:
                    message = done.stderr.decode("utf-8", "replace").strip() or "(nothing on standard error)"
                    raise TenorFailure(f"tenor similar exited with status {done.returncode} on rows "
                                       f"{first + 1}:{end}: {message}")
                for line in done.stdout.decode("utf-8").splitlines():
                    yield line

    return context.parallelize(ranges, max(1, len(ranges))).mapPartitions(search)


def run_similar(spark, input_path, output_path, tenor_path, top=5, min_score=None, partitions=None,
                blocks=None, id_field="id", text_field="text", output_format="jsonl", vectorize_options=()):
    """Every paragraph's `top` most similar paragraphs, as `tenor similar --top TOP` on the whole
    corpus: the TF-IDF matrix is built by map → reduce → map (`fitted_matrix`), shipped to every
    executor, and each task searches a block of its rows against all of them
    (`tenor similar --matrix --rows`). A row is `{"paragraph", "id", "neighbors": [{"paragraph",
    "id", "score"}]}`: paragraph numbers count the records with text in corpus order, as on one
    machine. An earlier output is replaced only when the whole job has succeeded."""
    context = spark.sparkContext
    tenor_name = ship_binary(context, tenor_path)
    with tempfile.TemporaryDirectory(prefix="tenor-spark-similar-") as folder:
        names, ids, _, records = fitted_matrix(spark, input_path, tenor_name, tenor_path, folder, partitions,
                                               id_field, text_field, vectorize_options)
        arguments = ["--top", str(top)] + ([f"--min-score={min_score}"] if min_score is not None else [])
        found = block_searches(context, names, len(ids), tenor_name, arguments, blocks or context.defaultParallelism)
        replace_output(spark, output_path, found, output_format)
    records.unpersist()


def run_duplicates(spark, input_path, output_path, tenor_path, min_score=0.9, partitions=None, blocks=None,
                   id_field="id", text_field="text", output_format="jsonl", vectorize_options=()):
    """The groups of repeated paragraphs, as `tenor similar --duplicates --min-score MIN_SCORE`
    on the whole corpus: exact groups (the same text up to case and spacing: grouped by key in
    a shuffle) and near groups (linked by pairs scoring at least MIN_SCORE: each task lists the
    groups its block's pairs link, `tenor similar --matrix --rows --duplicates`, and the driver
    joins groups that share a row). A group is `{"group", "kind", "members": [{"paragraph",
    "id"}]}`, exact groups first, each kind ordered by its first paragraph."""
    context = spark.sparkContext
    tenor_name = ship_binary(context, tenor_path)
    with tempfile.TemporaryDirectory(prefix="tenor-spark-duplicates-") as folder:
        names, ids, lines, records = fitted_matrix(spark, input_path, tenor_name, tenor_path, folder, partitions,
                                                   id_field, text_field, vectorize_options, with_lines=True)
        row_of_line = {line: row for row, line in enumerate(lines)}
        exact = (records.map(lambda record: (exact_key(record[0], text_field), record[1]))
                 .filter(lambda pair: pair[0])
                 .groupByKey().values().map(sorted).filter(lambda group: len(group) > 1).collect())
        exact_groups = sorted(sorted(row_of_line[line] for line in group) for group in exact)
        arguments = ["--duplicates", f"--min-score={min_score}"]
        near = block_searches(context, names, len(ids), tenor_name, arguments, blocks or context.defaultParallelism)
        sets = DisjointSets()
        for line in near.collect():
            members = [member["paragraph"] - 1 for member in json.loads(line)["members"]]
            for member in members[1:]:
                sets.union(members[0], member)
        groups = ([("exact", group) for group in exact_groups] + [("near", group) for group in sets.groups()])
        lines_out = [json.dumps({"group": number, "kind": kind,
                                 "members": [{"paragraph": row + 1, "id": ids[row]} for row in group]},
                                ensure_ascii=False, separators=(",", ":"))
                     for number, (kind, group) in enumerate(groups, start=1)]
        replace_output(spark, output_path, context.parallelize(lines_out, 1), output_format)
    records.unpersist()


def exact_key(line, text_field):
    """What two records' texts share when they are the same up to case and spacing, as Tenor
    compares them: lower-cased, white-space runs made one space, trimmed, and canonically
    decomposed (Swift compares strings by canonical equivalence); "" for no text."""
    try:
        fields = json.loads(line)
    except ValueError:
        return ""
    text = fields.get(text_field) if isinstance(fields, dict) else None
    if not isinstance(text, str) or not text.strip():
        return ""  # no row
    return unicodedata.normalize("NFD", " ".join(re.split(f"[{WHITE_SPACE}]+", text.lower().strip(WHITE_SPACE))))


class DisjointSets:
    """Union–find over row numbers: which rows the pairs link."""

    def __init__(self):
        self.parent = {}

    def root(self, item):
        parent = self.parent.setdefault(item, item)
        while parent != item:
            self.parent[item] = self.parent[parent]
            item, parent = parent, self.parent[parent]
        return item

    def union(self, a, b):
        first, second = self.root(a), self.root(b)
        if first != second:
            self.parent[max(first, second)] = min(first, second)

    def groups(self):
        """The sets of two or more rows, each in increasing order, ordered by their first row."""
        members = {}
        for item in self.parent:
            members.setdefault(self.root(item), []).append(item)
        return sorted(sorted(group) for group in members.values() if len(group) > 1)


def fit_model(tenor_path, summed, folder, options):
    """Runs `tenor vectorize --fit` on the summed counts in `folder`; returns the paths of the
    vocabulary and (when written) the idf, named uniquely for SparkContext.addFile."""
    paragraphs = sum(value[0] for key, value in summed if key == "")
    terms = sorted(((key, value) for key, value in summed if key != ""), key=lambda item: item[0].encode("utf-8"))
    counts_path = os.path.join(folder, "document-frequencies.tsv")
    with open(counts_path, "w", encoding="utf-8", newline="\n") as file:
        file.write(f"paragraphs\t{paragraphs}\n")
        for term, (documents, occurrences) in terms:
            file.write(f"{term}\t{documents}\t{occurrences}\n")
    fitted = os.path.join(folder, "fit")
    done = subprocess.run([tenor_path, "vectorize", "--fit", counts_path, "--output", fitted, *options],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise TenorFailure(f"tenor vectorize --fit exited with status {done.returncode}: {done.stderr.strip()}")
    suffix = uuid.uuid4().hex[:12]
    model = {}
    for key, name in (("vocabulary", "vocabulary.txt"), ("idf", "idf.txt")):
        if os.path.exists(os.path.join(fitted, name)):
            model[key] = os.path.join(folder, f"{key}-{suffix}.txt")
            os.rename(os.path.join(fitted, name), model[key])
    return model


def matrix_rows(folder):
    """A partition's matrix (matrix.mtx, ids.txt as `tenor vectorize --id-field` writes them)
    as JSON rows, one per id, in row order; a row with no known term has no columns.

    The values are copied as Tenor wrote them (decimal numbers that are valid JSON): parsing
    and printing them again took most of the job's time."""
    with open(os.path.join(folder, "ids.txt"), encoding="utf-8") as file:
        ids = file.read().split("\n")[:-1]
    columns = [[] for _ in ids]
    values = [[] for _ in ids]
    with open(os.path.join(folder, "matrix.mtx"), encoding="utf-8") as file:
        entries = (line for line in file if not line.startswith("%"))
        next(entries, None)  # the shape line
        for line in entries:
            row, column, value = line.split()
            row = int(row) - 1
            columns[row].append(str(int(column) - 1))
            values[row].append(value)
    for record_id, row_columns, row_values in zip(ids, columns, values):
        yield (f'{{"id":{json.dumps(record_id, ensure_ascii=False)},"columns":[{",".join(row_columns)}],'
               f'"values":[{",".join(row_values)}]}}')


def numbered_records(context, input_path, partitions):
    """The corpus's lines with their 0-based line numbers, in `partitions` partitions if given.

    Line numbers let a failure name the corpus line; zipWithIndex counts each split's lines
    first (one more pass over the input, no shuffle)."""
    records = context.textFile(input_path).zipWithIndex()
    return records.repartition(partitions) if partitions else records


def ship_binary(context, tenor_path):
    """Adds the `tenor` binary to the job's files (each executor gets a copy); returns the name
    executors find it under."""
    if not os.path.isfile(tenor_path):
        raise FileNotFoundError(f"no tenor binary at {tenor_path}: build it with "
                                "`swift build -c release --product tenor --static-swift-stdlib`")
    context.addFile(os.path.abspath(tenor_path))
    # The executors' Python needs this module when it is imported rather than run as a script.
    context.addPyFile(os.path.abspath(__file__))
    return os.path.basename(tenor_path)


def replace_output(spark, output_path, rows, output_format, rows_folder=None, extra_files=None):
    """Writes `rows` (JSON strings) into a new folder beside `output_path` (into its subfolder
    `rows_folder` if given, with the local `extra_files` {name: path} beside them), then puts it
    in `output_path`'s place: a failed job leaves the earlier output as it was."""
    jvm = spark._jvm
    configuration = spark.sparkContext._jsc.hadoopConfiguration()
    target = jvm.org.apache.hadoop.fs.Path(output_path)
    filesystem = target.getFileSystem(configuration)
    suffix = uuid.uuid4().hex[:12]
    staging = jvm.org.apache.hadoop.fs.Path(f"{output_path.rstrip('/')}.tenor-new-{suffix}")
    jsonl_staging = jvm.org.apache.hadoop.fs.Path(f"{output_path.rstrip('/')}.tenor-jsonl-{suffix}")
    earlier = jvm.org.apache.hadoop.fs.Path(f"{output_path.rstrip('/')}.tenor-old-{suffix}")
    try:
        written = jvm.org.apache.hadoop.fs.Path(staging, rows_folder) if rows_folder else staging
        if output_format == "jsonl":
            rows.saveAsTextFile(written.toString())
        elif output_format == "parquet":
            # Parquet needs a schema; reading the written JSONL back infers it without running
            # Tenor twice.
            rows.saveAsTextFile(jsonl_staging.toString())
            spark.read.json(jsonl_staging.toString()).write.parquet(written.toString())
        else:
            raise ValueError(f"unknown output format {output_format!r}: use jsonl or parquet")
        for name, path in (extra_files or {}).items():
            filesystem.copyFromLocalFile(jvm.org.apache.hadoop.fs.Path("file://" + os.path.abspath(path)),
                                         jvm.org.apache.hadoop.fs.Path(staging, name))
        had_earlier = filesystem.exists(target)
        if had_earlier and not filesystem.rename(target, earlier):
            raise OSError(f"cannot move the earlier output {output_path} aside")
        if not filesystem.rename(staging, target):
            if had_earlier:
                filesystem.rename(earlier, target)
            raise OSError(f"cannot move the new output into {output_path}")
        if had_earlier:
            filesystem.delete(earlier, True)
    finally:
        for leftover in (staging, jsonl_staging):
            if filesystem.exists(leftover):
                filesystem.delete(leftover, True)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Run `tenor tone` or `tenor stats` over a JSONL corpus (one {id, text} object "
                    "a line) on Apache Spark, one tenor process per partition, and write its rows "
                    "with the ids kept. The rows drop `paragraph` (and for stats `key_terms`), "
                    "which depend on how the corpus is partitioned. `tfidf` builds the corpus's "
                    "TF-IDF matrix (map: counts per partition, reduce: their sum, fitted once, "
                    "map: each partition transformed): OUTPUT/rows (JSONL {id, columns, values}), "
                    "OUTPUT/vocabulary.txt and OUTPUT/idf.txt. `similar` lists every paragraph's "
                    "--top most similar paragraphs and `duplicates` the groups of repeated "
                    "paragraphs, as `tenor similar [--duplicates]` on the whole corpus: the "
                    "TF-IDF matrix is built as for tfidf, shipped to every executor, and each "
                    "task searches a block of its rows.",
        epilog="Arguments after `--` go to tenor, e.g. `-- --engine vader`, or for tfidf, similar "
               "and duplicates the vectorize options, e.g. `-- --min-df 2 --ngram 1,2`. "
               "Documentation/spark.md has spark-submit examples.")
    parser.add_argument("command", choices=COMMANDS + ("tfidf", "similar", "duplicates"), help="the tenor command to run")
    parser.add_argument("input", help="the corpus: JSONL file(s) or folder, any path Spark reads")
    parser.add_argument("output", help="folder to write the rows into; replaced only when the job succeeds")
    parser.add_argument("--tenor", default=shutil.which("tenor") or "tenor",
                        help="the tenor binary to ship to the executors (default: tenor on PATH)")
    parser.add_argument("--partitions", type=int, help="repartition the corpus into this many partitions")
    parser.add_argument("--id-field", default="id", help="the records' id field (default: id)")
    parser.add_argument("--text-field", default="text", help="the records' text field (default: text)")
    parser.add_argument("--output-format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--skip-bad-lines", action="store_true",
                        help="skip bad records (counted in the executors' logs) instead of failing")
    parser.add_argument("--top", type=int, default=5, help="similar: neighbours listed per paragraph (default: 5)")
    parser.add_argument("--min-score", type=float,
                        help="similar: list only neighbours scoring at least this; duplicates: the "
                             "score that links a near-duplicate pair (default: 0.9)")
    parser.add_argument("--blocks", type=int,
                        help="similar, duplicates: search tasks (blocks of rows; default: Spark's parallelism)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    own, _, extra = _split_at_double_dash(argv)
    arguments = parser.parse_args(own)
    arguments.tenor_extra = (["--skip-bad-lines"] if arguments.skip_bad_lines else []) + extra
    for name in ("partitions", "blocks", "top"):
        if getattr(arguments, name) is not None and getattr(arguments, name) < 1:
            parser.error(f"--{name} must be at least 1")
    return arguments


def _split_at_double_dash(argv):
    if "--" in argv:
        at = argv.index("--")
        return argv[:at], "--", argv[at + 1:]
    return argv, None, []


def main(argv=None):
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName(f"tenor {arguments.command}")
    if arguments.master:
        builder = builder.master(arguments.master)
    spark = builder.getOrCreate()
    try:
        common = dict(partitions=arguments.partitions, id_field=arguments.id_field, text_field=arguments.text_field)
        if arguments.command == "similar":
            run_similar(spark, arguments.input, arguments.output, arguments.tenor, top=arguments.top,
                        min_score=arguments.min_score, blocks=arguments.blocks, output_format=arguments.output_format,
                        vectorize_options=arguments.tenor_extra, **common)
        elif arguments.command == "duplicates":
            run_duplicates(spark, arguments.input, arguments.output, arguments.tenor,
                           min_score=0.9 if arguments.min_score is None else arguments.min_score,
                           blocks=arguments.blocks, output_format=arguments.output_format,
                           vectorize_options=arguments.tenor_extra, **common)
        elif arguments.command == "tfidf":
            run_tfidf(spark, arguments.input, arguments.output, arguments.tenor,
                      vectorize_options=arguments.tenor_extra, **common)
        else:
            run(spark, arguments.command, arguments.input, arguments.output, arguments.tenor,
                output_format=arguments.output_format, tenor_extra=arguments.tenor_extra, **common)
    except Exception as error:  # Spark wraps the executor's TenorFailure; show its words
        print(f"tenor_spark: {summary(error)}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    return 0


def summary(error):
    """The TenorFailure line inside a Spark job failure, or the error itself."""
    text = str(error)
    found = re.search(r"TenorFailure: (.*)", text)
    return found.group(1) if found else text


if __name__ == "__main__":
    sys.exit(main())
