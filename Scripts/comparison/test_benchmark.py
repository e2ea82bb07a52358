"""Fast checks of Scripts/benchmark: bad input ends with a clear message and exit 2 (never a
traceback), and the pieces it writes are right. Needs python3 only (no reference tools, no
tenor build, no ../shared). Run: python3 -m unittest discover -s Scripts/comparison
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest
from xml.etree import ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
BENCHMARK = os.path.join(os.path.dirname(HERE), "benchmark")
sys.path.insert(0, os.path.dirname(HERE))
sys.dont_write_bytecode = True
from comparison import builtin_corpus, chart  # noqa: E402
from comparison.paragraphs import read_paragraphs  # noqa: E402


def run_benchmark(*arguments, env=None):
    return subprocess.run([sys.executable, BENCHMARK, *arguments], capture_output=True, text=True,
                          env=env, timeout=120)


class BadInputTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.addCleanup(self.folder.cleanup)

    def path(self, name, data=None):
        path = os.path.join(self.folder.name, name)
        if data is not None:
            with open(path, "wb") as handle:
                handle.write(data)
        return path

    def assertBadInput(self, result, *phrases):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertNotIn("Traceback", result.stderr)
        for phrase in phrases:
            self.assertIn(phrase, result.stderr)

    def test_missing_corpus_is_named_with_the_way_out(self):
        missing = self.path("no-such-corpus.txt")
        self.assertBadInput(run_benchmark(missing, "--tenor-only"),
                            f"no corpus at {missing}", "no path for the built-in corpus")

    def test_empty_corpus(self):
        empty = self.path("empty.txt", b"")
        self.assertBadInput(run_benchmark(empty, "--tenor-only"), f"{empty} holds 0 paragraph(s)")

    def test_blank_lines_only_are_an_empty_corpus(self):
        blank = self.path("blank.txt", b"\n \n\t\n\n")
        self.assertBadInput(run_benchmark(blank, "--tenor-only"), "holds 0 paragraph(s) (6 bytes)")

    def test_too_few_paragraphs_for_top_5(self):
        few = self.path("few.txt", b"one\n\ntwo\n\nthree\n")
        self.assertBadInput(run_benchmark(few, "--tenor-only"), "holds 3 paragraph(s)", "at least 6")

    def test_invalid_utf8_names_the_byte(self):
        latin1 = self.path("latin1.txt", "caf\u00e9\n\n".encode("latin-1") * 10)
        self.assertBadInput(run_benchmark(latin1, "--tenor-only"), f"{latin1} is not UTF-8 (byte 3)")

    def test_pip_failure_says_how_to_go_on(self):
        corpus = self.path("corpus.txt", b"\n\n".join(b"paragraph %d here" % i for i in range(8)))
        env = dict(os.environ, PIP_NO_INDEX="1", PIP_FIND_LINKS=self.folder.name)
        result = run_benchmark(corpus, "--venv", self.path("venv"), env=env)
        self.assertBadInput(result, "pip could not install the reference tools", "--tenor-only")


class PieceTests(unittest.TestCase):
    def test_builtin_corpus_is_fixed_and_of_the_stated_size(self):
        first, second = builtin_corpus.text(50), builtin_corpus.text(50)
        self.assertEqual(first, second)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "corpus.txt")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(first)
            self.assertEqual(len(read_paragraphs(path)), 50)

    def test_chart_is_logarithmic(self):
        # 0.1 s, 1 s and 10 s: the bars' ends are equally spaced on a log axis.
        svg = chart.svg("t", "s", [("a", "py", [("reference", "py", 10.0), ("tenor", "Tenor", 1.0)]),
                                   ("b", "py", [("tenor", "Tenor", 0.1)])])
        ElementTree.fromstring(svg)  # well-formed
        widths = [float(w) for w in re.findall(r'<rect x="200" y="\d+" width="([\d.]+)" height="16"', svg)]
        self.assertEqual(len(widths), 3)
        self.assertAlmostEqual(widths[0] - widths[1], widths[1] - widths[2], delta=0.2)  # written to 0.1 px
        self.assertIn("10 s", svg)


if __name__ == "__main__":
    unittest.main()
