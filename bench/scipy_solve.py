"""SciPy's exact assignment on a `match --scores` graph, to compare with edumentor's solver.

    /usr/bin/python3 bench/scipy_solve.py scores.csv mentors.csv [repeat]

The objective is edumentor's default, most-matched: as many mentees matched as possible, then
the greatest total score. Each mentor becomes `capacity` slots (from the Mentors sheet); a pair
(mentee, slot) weighs 1 + BIG + score-in-tenths, with BIG above any total score so the count of
matched mentees comes first. Each mentee also gets a private "unmatched" slot of weight 1, so a
matching that covers every mentee always exists (min_weight_full_bipartite_matching needs one);
maximising the total weight then maximises the count, then the score. Prints JSON with the
median time of `repeat` solves; only the solve is timed, not reading the files or building the
matrix.
"""

import csv
import json
import statistics
import sys
import time

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read_mentors(path):
    """Mentor id -> index, and each mentor's places (capacity, 0 when paused)."""
    index, places = {}, []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            index[row["mentor_id"]] = len(places)
            places.append(max(0, int(float(row["capacity"] or 0))))
    return index, np.array(places, dtype=np.int64)


def read_scores(path, mentor_index):
    """The pairs as arrays (mentee index, mentor index, score in tenths), and the mentee count."""
    mentee_index, mentees, mentors, tenths = {}, [], [], []
    with open(path, encoding="utf-8-sig") as f:
        header = f.readline().rstrip("\r\n").split(",")
        col_mentor, col_mentee, col_score = (header.index(c) for c in ("mentor_id", "mentee_id", "score"))
        for line in f:
            cells = line.rstrip("\r\n").split(",")
            if len(cells) < len(header):
                continue
            mentees.append(mentee_index.setdefault(cells[col_mentee], len(mentee_index)))
            mentors.append(mentor_index[cells[col_mentor]])
            tenths.append(round(float(cells[col_score]) * 10))
    return int64(mentees), int64(mentors), int64(tenths), len(mentee_index)


def int64(values):
    return np.array(values, dtype=np.int64)


def slot_graph(mentees, mentors, tenths, n_mentees, places):
    """The mentee x (slots + unmatched slots) weight matrix, and the number of real slots."""
    slot_start = np.concatenate(([0], np.cumsum(places)[:-1]))
    n_slots = int(places.sum())
    big = 1000 * n_mentees + 1
    repeat = places[mentors]
    first_of_edge = np.repeat(np.cumsum(repeat) - repeat, repeat)
    rows = np.repeat(mentees, repeat)
    cols = np.repeat(slot_start[mentors], repeat) + (np.arange(int(repeat.sum())) - first_of_edge)
    weights = np.repeat(1 + big + tenths, repeat)
    own = np.arange(n_mentees)
    rows = np.concatenate((rows, own))
    cols = np.concatenate((cols, n_slots + own))
    weights = np.concatenate((weights, np.ones(n_mentees, dtype=np.int64)))
    matrix = csr_matrix((weights.astype(np.float64), (rows, cols)), shape=(n_mentees, n_slots + n_mentees))
    return matrix, n_slots, big


def main(scores_path, mentors_path, repeat):
    mentor_index, places = read_mentors(mentors_path)
    mentees, mentors, tenths, n_mentees = read_scores(scores_path, mentor_index)
    matrix, n_slots, big = slot_graph(mentees, mentors, tenths, n_mentees, places)

    solve_runs_ms = []
    for _ in range(repeat):
        started = time.perf_counter()
        row_of, col_of = min_weight_full_bipartite_matching(matrix, maximize=True)
        solve_runs_ms.append((time.perf_counter() - started) * 1000)

    real = col_of < n_slots
    weights = np.asarray(matrix[row_of[real], col_of[real]]).ravel()
    total_tenths = int(round(weights.sum())) - int(real.sum()) * (1 + big)
    print(json.dumps({
        "mentees": n_mentees,
        "pairs": int(len(tenths)),
        "slots": n_slots,
        "edges": int(matrix.nnz),
        "matched": int(real.sum()),
        "totalTenths": total_tenths,
        "solveMs": statistics.median(solve_runs_ms),
        "solveRunsMs": solve_runs_ms,
        "scipy": __import__("scipy").__version__,
    }))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: python3 bench/scipy_solve.py scores.csv mentors.csv [repeat]")
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1)
