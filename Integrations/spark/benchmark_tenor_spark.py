#!/usr/bin/env python3
"""Times tenor_spark.py against one `tenor` process on the same corpus (Benchmarks/RESULTS.md).

    .build/spark-venv/bin/python Integrations/spark/benchmark_tenor_spark.py \
        --corpus ../shared/corpora/medium.txt --tenor .build/release/tenor

The corpus's paragraphs become JSONL records {id, text} in a temporary folder. For each command
(tone, stats, tfidf; similar and duplicates when --commands names them): the single process's
wall time, then the driver's in one Spark session (`local[N]`, N = the cores) for each partition
count, each run once after one unmeasured run (so the JVM and the binary's pages are warm), and
the JVM's start once. Prints a Markdown table.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tenor_spark  # noqa: E402


# The driver's searches: `tenor similar` options of the single process, and the driver function.
SEARCHES = {"similar": ([], tenor_spark.run_similar), "duplicates": (["--duplicates"], tenor_spark.run_duplicates)}


def write_records(corpus, path):
    with open(corpus, encoding="utf-8") as file:
        paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", file.read()) if p.strip()]
    with open(path, "w", encoding="utf-8") as file:
        for number, paragraph in enumerate(paragraphs):
            file.write(json.dumps({"id": f"p{number}", "text": paragraph}, ensure_ascii=False) + "\n")
    return len(paragraphs)


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--tenor", required=True)
    parser.add_argument("--partitions", default="1,2,8")
    parser.add_argument("--commands", default="tone,stats,tfidf")
    arguments = parser.parse_args()
    partitionings = [int(p) for p in arguments.partitions.split(",")]
    folder = tempfile.mkdtemp(prefix="tenor-spark-benchmark-")
    try:
        records = os.path.join(folder, "corpus.jsonl")
        count = write_records(arguments.corpus, records)
        start = time.perf_counter()
        from pyspark.sql import SparkSession
        spark = (SparkSession.builder.master(f"local[{os.cpu_count()}]").appName("tenor-spark-benchmark")
                 .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        jvm_start = time.perf_counter() - start
        print(f"{count} records, {os.path.getsize(records) / 1e6:.1f} MB JSONL; "
              f"local[{os.cpu_count()}]; JVM and session start {jvm_start:.1f} s\n")
        print("| command | single process | " + " | ".join(f"{p} partition{'s' if p > 1 else ''}" for p in partitionings) + " |")
        print("|---|---:|" + "---:|" * len(partitionings))
        for command in arguments.commands.split(","):
            if command == "tfidf":
                single = [arguments.tenor, "vectorize", "--input", "jsonl", "--id-field", "id", records,
                          "--output", os.path.join(folder, "single")]
            elif command in SEARCHES:
                single = [arguments.tenor, "similar", "--input", "jsonl", "--format", "jsonl", *SEARCHES[command][0], records]
            else:
                single = [arguments.tenor, *tenor_spark.tenor_arguments(command, "id", "text")[:-1], records]
            subprocess.run(single, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            one = timed(lambda: subprocess.run(single, check=True, stdout=subprocess.DEVNULL,
                                               stderr=subprocess.DEVNULL))
            cells = []
            for partitions in partitionings:
                output = os.path.join(folder, f"{command}-{partitions}")

                def drive():
                    if command == "tfidf":
                        tenor_spark.run_tfidf(spark, records, output, arguments.tenor, partitions=partitions)
                    elif command in SEARCHES:
                        SEARCHES[command][1](spark, records, output, arguments.tenor, partitions=partitions)
                    else:
                        tenor_spark.run(spark, command, records, output, arguments.tenor, partitions=partitions)
                drive()
                cells.append(f"{timed(drive):.1f} s")
            print(f"| {command} | {one:.1f} s | " + " | ".join(cells) + " |", flush=True)
        spark.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
