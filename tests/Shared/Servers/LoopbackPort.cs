using System.Net;
using System.Net.Sockets;

namespace CommunityGovernance.Tests.Servers;

/// <summary>A free TCP port on the loopback address, for the throwaway servers and silos the tests and samples start.</summary>
internal static class LoopbackPort
{
    /// <summary>
    /// A port that is free when asked: the operating system picks it for a listener that is closed again at once, so
    /// another process may still take it before the caller binds it (callers retry on that).
    /// </summary>
    /// <returns>The port.</returns>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
