using System.Net;

namespace SecureMcp.Inspection.Arguments;

/// <summary>Resolves host names for the SSRF check; injectable so tests never touch real DNS.</summary>
public interface IHostResolver
{
    /// <summary>The addresses of <paramref name="host"/>, or an empty array when it does not resolve.</summary>
    ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
