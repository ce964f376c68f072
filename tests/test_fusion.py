from inquiry_lessons.index.answer.fusion import diversify, rrf


def test_rrf_rewards_agreement():
    fused = rrf([[(1, 0.9), (2, 0.8), (3, 0.1)], [(3, 9.0), (1, 5.0)]], k=60)
    assert [pid for pid, _ in fused] == [1, 3, 2]


def test_diversify_caps_one_report_while_others_have_candidates():
    ranked = [(i, 1.0 / i) for i in range(1, 9)]
    owner = {1: "a", 2: "a", 3: "a", 4: "a", 5: "b", 6: "b", 7: "c", 8: "a"}
    top = diversify(ranked, owner, top_k=5, per_report_max=2)
    assert [pid for pid, _ in top] == [1, 2, 5, 6, 7]
    # with too few other reports, the gap is filled in rank order
    assert [pid for pid, _ in diversify(ranked, owner, top_k=7, per_report_max=2)] == [1, 2, 3, 4, 5, 6, 7]
