"""scikit-learn's answers on the arXiv abstracts, for QualityTests to compare with: one JSON object on stdout.

usage: scikit_learn_baseline.py arxiv-cs-1000.csv K

The corpus is read as the tests read it: distinct titles, title and abstract joined, the first listed category
as the label. TF-IDF is TfidfVectorizer(sublinear_tf=True), with and without English stop words (the better one
is reported); LSA is TruncatedSVD with 50 and with 100 components on it, rows L2-normalised (scikit-learn's LSA
example; the better one is reported); k-means is KMeans(n_init=10) on each TF-IDF matrix at the K the tests'
communities have, over five seeds (mean and best of the better matrix).
"""
import csv
import json
import sys

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import normalized_mutual_info_score
from sklearn.neighbors import NearestNeighbors
from sklearn.preprocessing import normalize


def read(path):
    texts, labels, seen = [], [], set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["titles"] in seen:
                continue
            seen.add(row["titles"])
            texts.append(row["titles"] + " " + " ".join(row["summaries"].split()))
            labels.append(row["terms"].split("'")[1])
    return texts, np.array([sorted(set(labels)).index(label) for label in labels])


def agreement(matrix, labels, k=10):
    # Brute-force cosine kNN; the first neighbour returned is the document itself.
    index = NearestNeighbors(n_neighbors=k + 1, metric="cosine", algorithm="brute").fit(matrix)
    _, neighbours = index.kneighbors(matrix)
    return float((labels[neighbours[:, 1:]] == labels[:, None]).mean())


def main():
    texts, labels = read(sys.argv[1])
    k = int(sys.argv[2])
    variants = [TfidfVectorizer(sublinear_tf=True, stop_words=stop).fit_transform(texts) for stop in (None, "english")]
    tfidf = max(variants, key=lambda matrix: agreement(matrix, labels))
    lsa = max((normalize(TruncatedSVD(n_components=c, random_state=0).fit_transform(tfidf)) for c in (50, 100)),
              key=lambda matrix: agreement(matrix, labels))
    kmeans = max(([normalized_mutual_info_score(labels, KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(matrix))
                   for seed in range(5)] for matrix in variants), key=np.mean)
    print(json.dumps({
        "papers": len(texts),
        "tfidf_knn10": agreement(tfidf, labels),
        "lsa_knn10": agreement(lsa, labels),
        "kmeans_k": k,
        "kmeans_nmi": float(np.mean(kmeans)),
        "kmeans_nmi_max": float(np.max(kmeans)),
    }))


if __name__ == "__main__":
    main()
