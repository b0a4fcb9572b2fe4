namespace TipLine.Core.Triage;

/// <summary>
/// Tells which of a set of patterns may match a text: those with one of their <see cref="RequiredLiterals"/> in it, and
/// those whose literals are not known. A message holds a handful of the policy's thousands of words, so most of its
/// regular expressions are skipped without being run (each run costs about half a microsecond however short the text).
/// </summary>
/// <remarks>
/// The literals are looked up in one pass over the text, along a trie of all of them. <see cref="System.Buffers.SearchValues{T}"/>
/// finds where the first of many strings occurs but not which one; a search per pattern was tried and cost more than
/// the regular expressions it would have skipped.
/// </remarks>
public sealed class LiteralGate
{
    private readonly Dictionary<PolicyPattern, int> _slots = new(ReferenceEqualityComparer.Instance);
    private readonly Node _root = new();

    public LiteralGate(IEnumerable<PolicyPattern> patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.RequiredLiterals is not { } literals || _slots.ContainsKey(pattern)) continue;
            var slot = _slots.Count;
            _slots[pattern] = slot;
            foreach (var literal in literals) _root.Add(literal, slot);
        }
    }

    /// <summary>The patterns that may match <paramref name="text"/>.</summary>
    public Passes Scan(string text)
    {
        var open = new bool[_slots.Count];
        for (var start = 0; start < text.Length; start++)
        {
            var node = _root;
            for (var i = start; i < text.Length && node.Next(text[i]) is { } next; i++)
            {
                node = next;
                foreach (var slot in node.Ends) open[slot] = true;
            }
        }
        return new Passes(this, open);
    }

    /// <summary>
    /// The result of one <see cref="Scan"/>; it holds for any part of the scanned text too (a literal missing from the
    /// whole is missing from each part). <c>default</c> lets every pattern run.
    /// </summary>
    public readonly struct Passes(LiteralGate gate, bool[] open)
    {
        public bool MayMatch(PolicyPattern pattern) => gate is null || !gate._slots.TryGetValue(pattern, out var slot) || open[slot];
    }

    private sealed class Node
    {
        private Dictionary<char, Node>? _next;

        public List<int> Ends { get; } = [];

        public Node? Next(char c) => _next is not null && _next.TryGetValue(c, out var node) ? node : null;

        public void Add(string literal, int slot)
        {
            var node = this;
            foreach (var c in literal)
            {
                node._next ??= [];
                if (!node._next.TryGetValue(c, out var next)) node._next[c] = next = new Node();
                node = next;
            }
            if (!node.Ends.Contains(slot)) node.Ends.Add(slot);
        }
    }
}
