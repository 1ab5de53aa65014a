using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CommunityGovernance.Tests.Servers;

/// <summary>
/// A throwaway Redis server for tests: <c>redis-server</c> started on a free loopback port with its working folder in a
/// temporary directory and no persistence (nothing in it outlives the run), killed and deleted on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// As with <see cref="PostgresServer"/>, the constructor never throws: a machine without <c>redis-server</c>, or a server
/// that does not start, leaves <see cref="UnavailableReason"/> set, and each test decides with
/// <c>ServerRequirement.SkipUnlessAvailable</c> (skipped on a developer's machine, failed under CI). Share one per test
/// assembly as the collection fixture of <c>RedisServerCollectionDefinition</c>; give each cluster its own key prefix
/// or database number if several share it.
/// </remarks>
public sealed class RedisServer : IDisposable
{
    private const int StartAttempts = 3;
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(30);

    private readonly string? _root;
    private readonly Process? _process;
    private int _disposed;

    /// <summary>Finds <c>redis-server</c> and starts it; sets <see cref="UnavailableReason"/> on failure.</summary>
    public RedisServer()
    {
        var binary = FindBinary();
        if (binary is null)
        {
            UnavailableReason = "redis-server was not found (not on PATH nor in /usr/bin or /usr/local/bin)";
            return;
        }

        try
        {
            _root = Directory.CreateTempSubdirectory("cg-redis-").FullName;

            // As for PostgreSQL, the port is free when picked but may be taken before the server binds it.
            string? failure = null;
            for (var attempt = 1; attempt <= StartAttempts && Port == 0; attempt++)
            {
                var port = LoopbackPort.Free();
                var process = Start(binary, port);
                if (WaitUntilListening(process, port))
                {
                    _process = process;
                    Port = port;
                }
                else
                {
                    failure = $"redis-server on port {port} did not accept connections within {s_startTimeout.TotalSeconds} s{(process.HasExited ? $" (exited with {process.ExitCode})" : string.Empty)}";
                    Kill(process);
                }
            }

            if (Port == 0)
            {
                throw new InvalidOperationException(failure);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Win32Exception)
        {
            UnavailableReason = $"the Redis test server did not start: {e.Message}";
            DeleteRoot();
        }
    }

    /// <summary>Why the server cannot be used, or <see langword="null"/> when it is running.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The loopback port the server listens on; 0 when it is unavailable.</summary>
    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of the server (<c>127.0.0.1:port</c>).</summary>
    /// <exception cref="InvalidOperationException">The server is unavailable.</exception>
    public string ConnectionString => Port != 0
        ? string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}")
        : throw new InvalidOperationException($"The Redis test server is unavailable: {UnavailableReason}");

    /// <summary>Kills the server (its data is thrown away) and deletes its folder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_process is not null)
        {
            Kill(_process);
        }

        DeleteRoot();
    }

    private static string? FindBinary()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        return path.Concat(["/usr/bin", "/usr/local/bin"])
            .Where(d => d.Length > 0)
            .Select(d => Path.Combine(d, "redis-server"))
            .FirstOrDefault(File.Exists);
    }

    private Process Start(string binary, int port)
    {
        var startInfo = new ProcessStartInfo(binary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };

        // No snapshots and no append-only file: the tests' cluster membership needs none, and nothing may be written
        // outside the temporary folder.
        foreach (var argument in new[]
        {
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _root!,
            "--save", string.Empty, "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes",
            "--logfile", Path.Combine(_root!, "redis.log"),
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("redis-server did not start");

        // The log goes to the file; drain the pipes anyway so that a chatty server never blocks on them.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static bool WaitUntilListening(Process process, int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < s_startTimeout && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                using var stream = client.GetStream();
                stream.Write("PING\r\n"u8);
                var reply = new byte[7];
                var read = stream.Read(reply);
                if (read >= 5 && reply.AsSpan(0, 5).SequenceEqual("+PONG"u8))
                {
                    return true;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            catch (IOException)
            {
                // Closed while starting.
            }

            Thread.Sleep(50);
        }

        return false;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void DeleteRoot()
    {
        try
        {
            if (_root is not null && Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder under the temp directory is harmless.
        }
    }
}
