using System;
using System.Collections;
using System.Collections.Generic;

namespace Papers.Catalog;

/// <summary>A read-only list whose count is known up front and whose items are produced on demand.</summary>
internal sealed class IndexedList<T> : IReadOnlyList<T>
{
    private readonly Func<int, T> _get;

    public IndexedList(int count, Func<int, T> get)
    {
        Count = count;
        _get = get;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? _get(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return _get(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
