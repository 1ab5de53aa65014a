using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CommunityGovernance.Benchmarks;

/// <summary>
/// What memory the process has never touched costs on this machine: the first write to each page of a fresh native
/// block, which the kernel must find, zero and map. Every byte a phase keeps (and every byte it allocates before the
/// collector can reuse memory) pays it once, so it prices a phase's bytes in milliseconds. On the virtual machines
/// these figures come from it is about ten times what a page fault costs on bare metal, and it weighs on whichever
/// side keeps more memory.
/// </summary>
public static class FreshMemory
{
    private const int PageBytes = 4096;

    /// <summary>Milliseconds per MiB to touch <paramref name="mebibytes"/> of fresh memory, one write per page.</summary>
    public static double MillisecondsPerMiB(int mebibytes = 32)
    {
        var bytes = mebibytes * 1024 * 1024;

        // Large native blocks come straight from the kernel (mmap), untouched: no managed heap, no collection.
        var block = Marshal.AllocHGlobal(bytes);
        try
        {
            var watch = Stopwatch.StartNew();
            for (var offset = 0; offset < bytes; offset += PageBytes)
            {
                Marshal.WriteByte(block, offset, 1);
            }

            return watch.Elapsed.TotalMilliseconds / mebibytes;
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }
}
