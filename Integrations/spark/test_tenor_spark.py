"""Integration test: tenor_spark on Spark in local mode against the single-machine `tenor`.

Run by Scripts/test-spark, which sets TENOR_BINARY and the Python environment with PySpark.
The corpus is built here from the repository's own texts (Examples/, Tests/Fixtures/), so the
test reads nothing outside the repository.
"""

import glob
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tenor_spark  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TENOR = os.environ.get("TENOR_BINARY", os.path.join(ROOT, ".build", "release", "tenor"))
PARTITIONINGS = (1, 3, 7)


def repository_sentences():
    """Sentences and paragraphs from the repository's example and fixture texts."""
    pieces = []
    for name in ("Examples/city-budget.txt", "Tests/Fixtures/tfidf/corpus.txt"):
        with open(os.path.join(ROOT, name), encoding="utf-8") as file:
            paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", file.read()) if p.strip()]
        for paragraph in paragraphs:
            pieces.append(" ".join(paragraph.split()))
            pieces += [s for s in re.split(r"(?<=[.!?])\s+", " ".join(paragraph.split())) if s]
    with open(os.path.join(ROOT, "Tests/Fixtures/tone/vader-sentences.tsv"), encoding="utf-8") as file:
        rows = [line.rstrip("\n").split("\t") for line in file if not line.startswith("#")]
    for row in rows[1:]:
        text = row[1].replace("\\t", " ").replace("\\n", " ").replace("\\r", " ").replace("\\\\", "\\")
        if text.strip():
            pieces.append(text.strip())
    return pieces


def make_corpus(count, seed=15):
    """`count` records of one to five pieces each, with string and number ids and a few records
    whose text is empty (they get no row, on one machine or many)."""
    pieces = repository_sentences()
    generator = random.Random(seed)
    records = []
    for number in range(count):
        text = " ".join(generator.choice(pieces) for _ in range(generator.randint(1, 5)))
        if number % 97 == 5:
            text = "   "
        record_id = number if number % 10 == 3 else f"r{number:05d}"
        records.append({"id": record_id, "text": text})
    return records


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as file:
        for record in records:
            file.write((record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)) + "\n")


def single_machine_rows(command, corpus_path, extra=()):
    """`tenor COMMAND` on the whole corpus in one process, by id, less the partition-relative keys."""
    arguments = tenor_spark.tenor_arguments(command, "id", "text", extra)[:-1] + [corpus_path]
    output = subprocess.run([TENOR, *arguments], check=True, capture_output=True, text=True).stdout
    return rows_by_id(tenor_spark.reshaped(line, tenor_spark.PARTITION_RELATIVE_KEYS[command])
                      for line in output.splitlines())


def rows_by_id(lines):
    rows = {}
    for line in lines:
        row = json.loads(line)
        if row["id"] in rows:
            raise AssertionError(f"id {row['id']!r} appears twice")
        rows[row["id"]] = row
    return rows


def written_rows(folder):
    lines = []
    for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
        with open(part, encoding="utf-8") as file:
            lines += [line for line in file.read().splitlines() if line]
    return rows_by_id(lines)


def vocabulary_of(folder):
    with open(os.path.join(folder, "vocabulary.txt"), encoding="utf-8") as file:
        return file.read().split("\n")[:-1]


def differences(expected, actual, path="row"):
    """Where two parsed rows differ: strings, booleans and nulls exactly, numbers within 1e-9."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        if expected.keys() != actual.keys():
            return [f"{path}: keys {sorted(expected)} != {sorted(actual)}"]
        return [d for key in expected for d in differences(expected[key], actual[key], f"{path}.{key}")]
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return [f"{path}: {len(expected)} items != {len(actual)}"]
        return [d for index, pair in enumerate(zip(expected, actual))
                for d in differences(*pair, f"{path}[{index}]")]
    numbers = (int, float)
    if (isinstance(expected, numbers) and isinstance(actual, numbers)
            and not isinstance(expected, bool) and not isinstance(actual, bool)):
        return [] if math.isclose(expected, actual, rel_tol=0, abs_tol=1e-9) else [f"{path}: {expected} != {actual}"]
    return [] if expected == actual and type(expected) is type(actual) else [f"{path}: {expected!r} != {actual!r}"]


class TenorSparkTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from pyspark.sql import SparkSession
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        # py4j leaves its sockets to the garbage collector; the failures tested are expected.
        warnings.simplefilter("ignore", ResourceWarning)
        cls.spark = (SparkSession.builder.master("local[2]").appName("tenor-spark-test")
                     .config("spark.ui.enabled", "false")
                     .config("spark.sql.shuffle.partitions", "4")
                     .config("spark.ui.showConsoleProgress", "false")
                     .getOrCreate())
        cls.spark.sparkContext.setLogLevel("OFF")
        cls.folder = tempfile.mkdtemp(prefix="tenor-spark-test-")
        cls.corpus = os.path.join(cls.folder, "corpus.jsonl")
        cls.records = make_corpus(3000)
        write_jsonl(cls.corpus, cls.records)

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def run_driver(self, command, corpus, output, **options):
        tenor_spark.run(self.spark, command, corpus, output, TENOR, **options)

    def assert_rows_equal(self, expected, actual):
        self.assertEqual(sorted(expected, key=str), sorted(actual, key=str), "ids differ")
        problems = [d for key in expected for d in differences(expected[key], actual[key], f"id {key}")]
        self.assertEqual(problems[:10], [], f"{len(problems)} differences")

    def check_equal_to_single_machine(self, command):
        expected = single_machine_rows(command, self.corpus)
        with_text = sum(1 for record in self.records if record["text"].strip())
        self.assertEqual(len(expected), with_text)
        for partitions in PARTITIONINGS:
            with self.subTest(partitions=partitions):
                output = os.path.join(self.folder, f"{command}-{partitions}")
                self.run_driver(command, self.corpus, output, partitions=partitions)
                self.assert_rows_equal(expected, written_rows(output))

    def test_tone_rows_equal_single_machine_for_every_partitioning(self):
        self.check_equal_to_single_machine("tone")

    def test_stats_rows_equal_single_machine_for_every_partitioning(self):
        self.check_equal_to_single_machine("stats")

    def test_parquet_output_holds_the_same_rows(self):
        output = os.path.join(self.folder, "tone-parquet")
        self.run_driver("tone", self.corpus, output, partitions=3, output_format="parquet")
        rows = [json.loads(line) for line in self.spark.read.parquet(output).toJSON().collect()]
        actual = {row["id"]: row for row in rows}
        self.assertEqual(len(actual), len(rows))
        self.assert_rows_equal(single_machine_rows("tone", self.corpus), actual)

    def test_more_partitions_than_records_leaves_empty_partitions_that_work(self):
        corpus = os.path.join(self.folder, "two.jsonl")
        write_jsonl(corpus, self.records[:2])
        output = os.path.join(self.folder, "two-out")
        self.run_driver("tone", corpus, output, partitions=7)
        self.assertEqual(len(glob.glob(os.path.join(output, "part-*"))), 7)
        self.assert_rows_equal(single_machine_rows("tone", corpus), written_rows(output))

    def failing_run(self, lines, **options):
        """Runs tone over `lines` into an output that holds an earlier good run; returns the
        failure's text after checking that the earlier output is untouched and no staging
        folder is left."""
        corpus = os.path.join(self.folder, "bad.jsonl")
        write_jsonl(corpus, lines)
        output = os.path.join(self.folder, "kept")
        good = os.path.join(self.folder, "good.jsonl")
        write_jsonl(good, self.records[:50])
        self.run_driver("tone", good, output, partitions=2)
        before = written_rows(output)
        with self.assertRaises(Exception) as raised:
            self.run_driver("tone", corpus, output, **options)
        self.assertEqual(written_rows(output), before)
        self.assertEqual(glob.glob(output + ".tenor-*"), [])
        return tenor_spark.summary(raised.exception)

    def test_non_string_text_fails_naming_the_line_the_id_and_tenors_message(self):
        lines = [json.dumps(record) for record in self.records[:40]]
        lines[25] = json.dumps({"id": "bad-25", "text": 7})
        message = self.failing_run(lines, partitions=3)
        self.assertIn("bad.jsonl line 26 (record id \"bad-25\")", message)
        self.assertIn("has a 'text' field that is a number, not a string", message)
        self.assertIn("tenor tone exited with status 2", message)

    def test_record_without_text_fails_naming_it(self):
        lines = [json.dumps(record) for record in self.records[:10]]
        lines[3] = json.dumps({"id": 99, "body": "no text field"})
        message = self.failing_run(lines, partitions=1)
        self.assertIn("bad.jsonl line 4 (record id 99)", message)
        self.assertIn("has no 'text' field", message)

    def test_tenor_exiting_non_zero_fails_the_job_with_its_message(self):
        lines = [json.dumps(record) for record in self.records[:10]]
        message = self.failing_run(lines, partitions=2, tenor_extra=["--engine", "no-such-engine"])
        self.assertIn("tenor tone exited with status 2", message)
        self.assertIn("no-such-engine", message)

    def test_skip_bad_lines_keeps_every_good_record(self):
        corpus = os.path.join(self.folder, "skip.jsonl")
        lines = [json.dumps(record) for record in self.records[:30]]
        lines[7] = "not json"
        lines[12] = json.dumps({"id": "n", "text": ["a list"]})
        write_jsonl(corpus, lines)
        output = os.path.join(self.folder, "skip-out")
        self.run_driver("tone", corpus, output, partitions=3, tenor_extra=["--skip-bad-lines"])
        good = os.path.join(self.folder, "skip-good.jsonl")
        write_jsonl(good, [line for number, line in enumerate(lines) if number not in (7, 12)])
        self.assert_rows_equal(single_machine_rows("tone", good), written_rows(output))

    def test_a_rerun_replaces_the_whole_output(self):
        output = os.path.join(self.folder, "rerun")
        first = os.path.join(self.folder, "first.jsonl")
        second = os.path.join(self.folder, "second.jsonl")
        write_jsonl(first, self.records[:60])
        write_jsonl(second, self.records[100:120])
        self.run_driver("tone", first, output, partitions=5)
        self.run_driver("tone", second, output, partitions=2)
        self.assertEqual(len(glob.glob(os.path.join(output, "part-*"))), 2)
        self.assert_rows_equal(single_machine_rows("tone", second), written_rows(output))

    def single_machine_matrix(self, corpus, options):
        """`tenor vectorize` on the whole corpus: vocabulary, and each id's row as {column: value}."""
        folder = tempfile.mkdtemp(dir=self.folder)
        subprocess.run([TENOR, "vectorize", "--input", "jsonl", "--id-field", "id", corpus, "--output", folder,
                        *options], check=True, capture_output=True)
        with open(os.path.join(folder, "ids.txt"), encoding="utf-8") as file:
            ids = file.read().split("\n")[:-1]
        rows = {record_id: {} for record_id in ids}
        self.assertEqual(len(rows), len(ids))
        with open(os.path.join(folder, "matrix.mtx"), encoding="utf-8") as file:
            entries = [line.split() for line in file if not line.startswith("%")][1:]
        for row, column, value in entries:
            rows[ids[int(row) - 1]][int(column) - 1] = float(value)
        return vocabulary_of(folder), rows

    def check_tfidf(self, options, partitionings):
        vocabulary, expected = self.single_machine_matrix(self.corpus, options)
        for partitions in partitionings:
            with self.subTest(options=options, partitions=partitions):
                output = os.path.join(self.folder, f"tfidf-{partitions}")
                tenor_spark.run_tfidf(self.spark, self.corpus, output, TENOR, partitions=partitions,
                                      vectorize_options=options)
                self.assertEqual(vocabulary_of(output), vocabulary)
                rows = written_rows(os.path.join(output, "rows"))
                self.assertEqual(sorted(rows), sorted(expected))
                problems = []
                for record_id, row in rows.items():
                    written = dict(zip(row["columns"], row["values"]))
                    if written.keys() != expected[record_id].keys():
                        problems.append(f"id {record_id}: columns differ")
                    problems += [f"id {record_id} column {c}" for c, v in written.items()
                                 if not math.isclose(v, expected[record_id].get(c, math.inf), rel_tol=0, abs_tol=1e-9)]
                self.assertEqual(problems[:10], [], f"{len(problems)} differences")

    def test_tfidf_matrix_equals_single_machine_for_every_partitioning(self):
        self.check_tfidf([], PARTITIONINGS)

    def test_tfidf_limits_apply_to_the_whole_corpus(self):
        # Each partition alone would keep other terms: the limits must see the summed counts.
        self.check_tfidf(["--ngram", "1,2", "--min-df", "3", "--max-df=0.2", "--max-features", "2000",
                          "--sublinear-tf"], (4,))

    def test_tfidf_without_idf_writes_no_idf(self):
        output = os.path.join(self.folder, "tfidf-counts")
        corpus = os.path.join(self.folder, "small.jsonl")
        write_jsonl(corpus, self.records[:40])
        tenor_spark.run_tfidf(self.spark, corpus, output, TENOR, partitions=3, vectorize_options=["--counts"])
        self.assertEqual(sorted(os.listdir(output))[:3], [".vocabulary.txt.crc", "rows", "vocabulary.txt"])
        self.assertFalse(os.path.exists(os.path.join(output, "idf.txt")))

    def earlier_run(self, name, run):
        """`run(corpus, output)` on a corpus of 30 good records in NAME-bad.jsonl: returns the
        corpus, its lines (to spoil and write again) and the output folder."""
        corpus = os.path.join(self.folder, f"{name}-bad.jsonl")
        lines = [json.dumps(record) for record in self.records[:30]]
        write_jsonl(corpus, lines)
        output = os.path.join(self.folder, f"{name}-kept")
        run(corpus, output)
        return corpus, lines, output

    def spoiled_run_message(self, corpus, lines, number, record, run):
        """Puts `record` on line `number` (0-based) of `corpus`, expects `run()` to fail, and
        returns the failure's text."""
        lines[number] = json.dumps(record)
        write_jsonl(corpus, lines)
        with self.assertRaises(Exception) as raised:
            run()
        return tenor_spark.summary(raised.exception)

    def test_tfidf_fails_naming_a_bad_record_and_keeps_the_earlier_output(self):
        corpus, lines, output = self.earlier_run(
            "tfidf", lambda corpus, output: tenor_spark.run_tfidf(self.spark, corpus, output, TENOR, partitions=2))
        before = written_rows(os.path.join(output, "rows"))
        message = self.spoiled_run_message(corpus, lines, 17, {"id": "t17", "text": None},
                                           lambda: tenor_spark.run_tfidf(self.spark, corpus, output, TENOR, partitions=2))
        self.assertIn("tfidf-bad.jsonl line 18 (record id \"t17\")", message)
        self.assertIn("tenor vectorize exited with status 2", message)
        self.assertEqual(written_rows(os.path.join(output, "rows")), before)

    def single_machine_ids(self, corpus):
        """The id of each row `tenor` makes of `corpus` (its paragraphs, in order)."""
        folder = tempfile.mkdtemp(dir=self.folder)
        subprocess.run([TENOR, "vectorize", "--input", "jsonl", "--id-field", "id", corpus, "--output", folder],
                       check=True, capture_output=True)
        with open(os.path.join(folder, "ids.txt"), encoding="utf-8") as file:
            return file.read().split("\n")[:-1]

    def single_machine_similar(self, corpus, arguments):
        """`tenor similar ARGUMENTS` on the whole corpus in one process: its JSONL rows, with
        first_words left out and ids added (a paragraph's id is its row's)."""
        ids = self.single_machine_ids(corpus)
        output = subprocess.run([TENOR, "similar", "--input", "jsonl", "--format", "jsonl", *arguments, corpus],
                                check=True, capture_output=True, text=True).stdout
        # split at LF only: a first_words may hold U+2028, which JSON leaves unescaped
        rows = [json.loads(line) for line in output.split("\n") if line]
        for row in rows:
            for item in row["members"] if "members" in row else [row] + row["neighbors"]:
                item.pop("first_words", None)
                item["id"] = ids[item["paragraph"] - 1]
        return rows

    def written_in_order(self, folder):
        lines = []
        for part in sorted(glob.glob(os.path.join(folder, "part-*"))):
            with open(part, encoding="utf-8") as file:
                lines += [json.loads(line) for line in file.read().split("\n") if line]
        return lines

    def test_similar_equals_single_machine_for_every_partitioning(self):
        # Scores are compared exactly, and ties must come in the same order.
        for partitions, blocks, options in ((1, 2, {}), (4, 5, {"top": 3, "min_score": 0.3})):
            with self.subTest(partitions=partitions, options=options):
                arguments = ["--top", str(options.get("top", 5))]
                if "min_score" in options:
                    arguments.append(f"--min-score={options['min_score']}")
                expected = self.single_machine_similar(self.corpus, arguments)
                output = os.path.join(self.folder, f"similar-{partitions}")
                tenor_spark.run_similar(self.spark, self.corpus, output, TENOR, partitions=partitions, blocks=blocks,
                                        **options)
                actual = self.written_in_order(output)
                self.assertEqual(len(actual), len(expected))
                self.assertEqual([row for row in actual if row != expected[row["paragraph"] - 1]][:3], [])

    def test_duplicates_equal_single_machine(self):
        # Repeats up to case and spacing (and one with a line separator for a space) besides
        # the corpus's own, so exact and near groups both have members across partitions.
        records = list(self.records)
        for number, source in enumerate(self.records[:3000:300]):
            text = source["text"].upper() if number % 2 else "  " + source["text"].replace(" ", " \u2028\t ")
            records.append({"id": f"copy{number}", "text": text})
        corpus = os.path.join(self.folder, "duplicates.jsonl")
        write_jsonl(corpus, records)
        expected = self.single_machine_similar(corpus, ["--duplicates", "--min-score", "0.8"])
        self.assertTrue({"exact", "near"} <= {group["kind"] for group in expected})
        output = os.path.join(self.folder, "duplicates-out")
        tenor_spark.run_duplicates(self.spark, corpus, output, TENOR, min_score=0.8, partitions=3, blocks=4)
        self.assertEqual(self.written_in_order(output), expected)

    def test_similar_fails_naming_a_bad_record_or_tenors_message_and_keeps_the_earlier_output(self):
        corpus, lines, output = self.earlier_run(
            "similar", lambda corpus, output: tenor_spark.run_similar(self.spark, corpus, output, TENOR, partitions=2))
        before = self.written_in_order(output)
        with self.assertRaises(Exception) as raised:
            tenor_spark.run_similar(self.spark, corpus, output, TENOR, partitions=2, min_score=2)
        message = tenor_spark.summary(raised.exception)
        self.assertIn("tenor similar exited with status 2 on rows 1:", message)
        self.assertIn("--min-score", message)
        message = self.spoiled_run_message(corpus, lines, 11, {"id": "s11", "text": 3},
                                           lambda: tenor_spark.run_duplicates(self.spark, corpus, output, TENOR, partitions=2))
        self.assertIn("similar-bad.jsonl line 12 (record id \"s11\")", message)
        self.assertIn("tenor vectorize exited with status 2", message)
        self.assertEqual(self.written_in_order(output), before)
        self.assertEqual(glob.glob(output + ".tenor-*"), [])

    def test_help_names_the_commands(self):
        shown = subprocess.run([sys.executable, tenor_spark.__file__, "--help"], check=True,
                               capture_output=True, text=True).stdout
        self.assertIn("{tone,stats,tfidf,similar,duplicates}", shown)
        self.assertIn("--partitions", shown)


if __name__ == "__main__":
    unittest.main()
