using System.IO.MemoryMappedFiles;

namespace Papers.Tool.Enrich;

/// <summary>
/// A window of a file mapped into memory and read in place as a span: the scan reads the page cache itself instead
/// of copying every byte into a buffer first (the copy cost as much as a core's whole share of a scan). Only the
/// windows being scanned are mapped, so what the process holds stays bounded whatever the file's size.
/// </summary>
internal sealed unsafe class MappedWindow : IDisposable
{
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;

    public MappedWindow(MemoryMappedFile file, long offset, int length)
    {
        Length = length;
        _view = file.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _start = pointer + _view.PointerOffset;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => new(_start, Length);

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }
}
