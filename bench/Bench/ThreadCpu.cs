using System.Runtime.InteropServices;

namespace AgendaSearch.Bench;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime CLOCK_THREAD_CPUTIME_ID). On a shared machine a stage's wall
/// time mostly measures waiting for a core; its thread CPU time measures the work.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Seconds()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTime, out var now) != 0)
            throw new PlatformNotSupportedException("thread CPU time needs Linux clock_gettime");
        return now.Seconds + now.Nanoseconds / 1e9;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
