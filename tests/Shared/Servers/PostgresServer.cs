using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace CommunityGovernance.Tests.Servers;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: <c>initdb</c> into a temporary folder, started on a free loopback port
/// with durability switched off (nothing in it outlives the run), stopped and deleted on <see cref="Dispose"/>.
/// </summary>
/// <remarks>
/// <para>
/// Starting a cluster takes a few seconds, so a test assembly shares one: use it as the collection fixture of
/// <c>PostgresServerCollectionDefinition</c> (in <c>PostgresServerCollection.cs</c>, which the test projects link;
/// the benchmarks link this file alone, without xunit) and give each test class its own database with
/// <see cref="CreateDatabaseAsync"/>.
/// </para>
/// <para>
/// The constructor never throws. A machine without the PostgreSQL server binaries, or a cluster that does not start,
/// leaves <see cref="UnavailableReason"/> set instead, and each test decides with
/// <c>ServerRequirement.SkipUnlessAvailable</c>: skipped on a developer's machine, failed under CI.
/// </para>
/// <para>
/// The server refuses to run as root, so under root every server binary runs as the user <c>postgres</c> through
/// <c>runuser</c> and the folder is handed to that user; any other user runs them as itself.
/// </para>
/// </remarks>
public sealed partial class PostgresServer : IDisposable
{
    private const string SuperUser = "postgres";
    private const int StartAttempts = 3;
    private static readonly TimeSpan s_commandTimeout = TimeSpan.FromSeconds(90);

    private readonly string? _binDirectory;
    private readonly string? _root;
    private readonly bool _runAsPostgres = Environment.UserName == "root";
    private readonly string? _connectionString;
    private int _disposed;

    /// <summary>Finds the binaries, creates the cluster and starts it; sets <see cref="UnavailableReason"/> on failure.</summary>
    public PostgresServer()
    {
        _binDirectory = FindBinDirectory();
        if (_binDirectory is null)
        {
            UnavailableReason = "the PostgreSQL server binaries were not found (no pg_ctl under `pg_config --bindir` nor /usr/lib/postgresql/*/bin)";
            return;
        }

        try
        {
            _root = Directory.CreateTempSubdirectory("cg-pg-").FullName;
            if (_runAsPostgres)
            {
                Check(Run("chown", [SuperUser, _root]), "chown");
            }

            Check(
                RunServerBinary("initdb", ["-D", DataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"]),
                "initdb");

            // The port is free when picked but may be taken before the server binds it (another cluster starting
            // at the same moment), so a failed start is retried on a new port.
            string? failure = null;
            for (var attempt = 1; attempt <= StartAttempts && Port == 0; attempt++)
            {
                var port = LoopbackPort.Free();
                var options = string.Create(
                    CultureInfo.InvariantCulture,
                    $"-c listen_addresses=127.0.0.1 -p {port} -k '{_root}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
                var (exitCode, output) = RunServerBinary(
                    "pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", options, "start"]);
                if (exitCode == 0)
                {
                    Port = port;
                }
                else
                {
                    failure = $"pg_ctl start exited with {exitCode}: {output.Trim()}\n{LogTail()}";
                    StopCluster();
                }
            }

            if (Port == 0)
            {
                throw new InvalidOperationException(failure);
            }

            _connectionString = string.Create(
                CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database=postgres");
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Win32Exception or TimeoutException)
        {
            UnavailableReason = $"the PostgreSQL test cluster did not start: {e.Message}";
            StopCluster();
            DeleteRoot();
        }
    }

    /// <summary>Why the server cannot be used, or <see langword="null"/> when it is running.</summary>
    public string? UnavailableReason { get; }

    /// <summary>The loopback port the server listens on; 0 when it is unavailable.</summary>
    public int Port { get; }

    /// <summary>Connects as the superuser <c>postgres</c> (trust authentication) to the database <c>postgres</c>.</summary>
    /// <exception cref="InvalidOperationException">The server is unavailable.</exception>
    public string ConnectionString => _connectionString ?? throw new InvalidOperationException(
        $"The PostgreSQL test server is unavailable: {UnavailableReason}");

    private string DataDirectory => Path.Combine(_root!, "data");

    private string LogFile => Path.Combine(_root!, "server.log");

    /// <summary>Creates an empty database and returns the connection string to it.</summary>
    /// <param name="name">A new database name: lower-case letters, digits and underscores, 63 at most.</param>
    /// <param name="cancellationToken">Cancels the creation.</param>
    /// <exception cref="ArgumentException">The name is not a plain lower-case identifier.</exception>
    /// <exception cref="InvalidOperationException">The server is unavailable.</exception>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException("A test database name is 1-63 lower-case letters, digits or underscores, not starting with a digit.", nameof(name));
        }

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the cluster at once (no shutdown checkpoint: its data is thrown away) and deletes its folder.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        StopCluster();
        DeleteRoot();
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseName();

    private static string? FindBinDirectory()
    {
        static bool HasServer(string? directory) => directory is not null && File.Exists(Path.Combine(directory, "pg_ctl"));

        try
        {
            var (exitCode, output) = Run("pg_config", ["--bindir"]);
            if (exitCode == 0 && HasServer(output.Trim()))
            {
                return output.Trim();
            }
        }
        catch (Exception e) when (e is Win32Exception or TimeoutException)
        {
            // No pg_config on PATH: look where Debian and Ubuntu install the server.
        }

        const string Debian = "/usr/lib/postgresql";
        return !Directory.Exists(Debian)
            ? null
            : Directory.GetDirectories(Debian)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(d => d.Version >= 0 && HasServer(d.Bin))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault();
    }

    private (int ExitCode, string Output) RunServerBinary(string binary, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_binDirectory!, binary);
        return _runAsPostgres ? Run("runuser", ["-u", SuperUser, "--", path, .. arguments]) : Run(path, arguments);
    }

    private static (int ExitCode, string Output) Run(string fileName, IReadOnlyList<string> arguments)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // pg_ctl's server writes to the log file (-l), not to these pipes, so reading them to the end returns.
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"{fileName} did not start");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_commandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish in {s_commandTimeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, standardOutput.GetAwaiter().GetResult() + standardError.GetAwaiter().GetResult());
    }

    private static void Check((int ExitCode, string Output) result, string what)
    {
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited with {result.ExitCode}: {result.Output.Trim()}");
        }
    }

    private string LogTail()
    {
        try
        {
            return string.Join('\n', File.ReadLines(LogFile).TakeLast(20));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
    }

    /// <summary>Stops a server that may be running; never throws, so that cleanup always reaches the folder.</summary>
    private void StopCluster()
    {
        if (_root is null || !File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            return;
        }

        try
        {
            RunServerBinary("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"]);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or TimeoutException)
        {
            // Nothing more can be done here; the folder is still deleted below.
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
