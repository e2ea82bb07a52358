/// Disjoint sets over `0..<count` (union by size, path halving): which items a set of pairs
/// connects.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    /// The representative of `item`'s set.
    mutating func root(of item: Int) -> Int {
        var item = item
        while parent[item] != item {
            parent[item] = parent[parent[item]]
            item = parent[item]
        }
        return item
    }

    /// Joins the sets of `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        var (first, second) = (root(of: a), root(of: b))
        guard first != second else { return }
        if size[first] < size[second] { swap(&first, &second) }
        parent[second] = first
        size[first] += size[second]
    }

    /// The sets of two or more items, each in increasing order, ordered by their first item.
    mutating func groups() -> [[Int]] {
        var members: [Int: [Int]] = [:]
        for item in parent.indices { members[root(of: item), default: []].append(item) }
        return members.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
    }
}
