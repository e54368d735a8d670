using System.Net;
using SecureMcp.Inspection.Arguments;

namespace SecureMcp.Inspection.Tests.Support;

/// <summary>DNS for tests: <c>*.attacker.test</c> names resolve to internal addresses, everything else to a public documentation address.</summary>
internal sealed class FakeResolver : IHostResolver
{
    public List<string> Queries { get; } = [];

    public ValueTask<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Queries.Add(host);
        IPAddress[] result = host switch
        {
            "rebind.attacker.test" => [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback],
            "meta.attacker.test" => [IPAddress.Parse("169.254.169.254")],
            "slow.attacker.test" => throw new OperationCanceledException(),
            _ => [IPAddress.Parse("93.184.216.34")],
        };
        return ValueTask.FromResult(result);
    }
}
