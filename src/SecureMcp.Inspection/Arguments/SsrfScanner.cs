using System.Net;
using SecureMcp.Core.Events;
using SecureMcp.Inspection.Findings;
using SecureMcp.Inspection.Policy;

namespace SecureMcp.Inspection.Arguments;

/// <summary>Finds URLs and hosts that point inside: private, loopback, link-local and metadata addresses, internal names, and names that resolve to them.</summary>
internal sealed class SsrfScanner(ArgumentOptions options, IHostResolver? resolver)
{
    private static readonly System.Buffers.SearchValues<string> HostNames =
        Text.Anchors.Of("url", "uri", "href", "endpoint", "host", "link", "address", "server", "domain", "webhook", "callback", "redirect");
    private static readonly string[] MetadataNames = ["metadata.google.internal", "metadata", "instance-data", "metadata.azure.com", "instance-data.ec2.internal"];
    private static readonly string[] LocalSchemes = ["file", "gopher", "dict", "ldap", "jar", "netdoc", "tftp"];

    /// <summary>The host the argument points at, or null when it is not a URL or host argument.</summary>
    public static string? HostOf(in StringArgument argument, out string? scheme)
    {
        scheme = null;
        var value = argument.Value.Trim();
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator > 0 && separator < 12)
        {
            scheme = value[..separator].ToLowerInvariant();
            if (Uri.TryCreate(value, UriKind.Absolute, out var uri))
            {
                return uri.IsFile ? "" : uri.Host;
            }

            var rest = value[(separator + 3)..];
            var end = rest.IndexOfAny(['/', '?', '#']);
            var authority = end < 0 ? rest : rest[..end];
            var at = authority.LastIndexOf('@');
            authority = at >= 0 ? authority[(at + 1)..] : authority;
            var colon = authority.LastIndexOf(':');
            return colon > 0 && !authority.EndsWith(']') ? authority[..colon] : authority;
        }

        var name = argument.Name;
        if (name.AsSpan().ContainsAny(HostNames) && value.Length is > 0 and < 256 &&
            !value.Contains(' ', StringComparison.Ordinal))
        {
            var colon = value.LastIndexOf(':');
            return colon > 0 && !value.Contains("::", StringComparison.Ordinal) ? value[..colon] : value;
        }

        return null;
    }

    public async ValueTask ScanAsync(StringArgument argument, List<Finding> findings, CancellationToken cancellationToken)
    {
        var host = HostOf(argument, out var scheme);
        if (host is null)
        {
            return;
        }

        if (scheme is not null && LocalSchemes.Contains(scheme))
        {
            Add(findings, argument, SecuritySeverity.High, $"'{scheme}:' URL reaches local files or smuggles raw requests");
            return;
        }

        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (host.Length == 0 || IsAllowed(host))
        {
            return;
        }

        if (AddressClassifier.TryParse(host, out var address))
        {
            if (AddressClassifier.InternalRange(address) is { } range)
            {
                Add(findings, argument, range == "cloud metadata" ? SecuritySeverity.Critical : SecuritySeverity.High,
                    $"address {address} is {range} (server-side request forgery)");
            }

            return;
        }

        if (MetadataNames.Contains(host))
        {
            Add(findings, argument, SecuritySeverity.Critical, $"'{host}' is a cloud metadata service");
            return;
        }

        if (host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".internal", StringComparison.Ordinal) ||
            host.EndsWith(".local", StringComparison.Ordinal) || !host.Contains('.', StringComparison.Ordinal))
        {
            Add(findings, argument, SecuritySeverity.High, $"'{host}' is an internal host name");
            return;
        }

        if (!options.ResolveDns || resolver is null)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.DnsTimeout);
        IPAddress[] addresses;
        try
        {
            addresses = await resolver.ResolveAsync(host, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return;
        }

        foreach (var resolved in addresses)
        {
            if (AddressClassifier.InternalRange(resolved) is { } range)
            {
                Add(findings, argument, range == "cloud metadata" ? SecuritySeverity.Critical : SecuritySeverity.High,
                    $"'{host}' resolves to {resolved}, which is {range} (DNS-based server-side request forgery)");
                return;
            }
        }
    }

    private bool IsAllowed(string host) => options.AllowedHosts.Any(a =>
        a.StartsWith('.') ? host.EndsWith(a, StringComparison.OrdinalIgnoreCase) : string.Equals(a, host, StringComparison.OrdinalIgnoreCase));

    private static void Add(List<Finding> findings, StringArgument argument, SecuritySeverity severity, string why) =>
        findings.Add(new Finding(DetectorIds.Ssrf, severity, argument.Path, 0, argument.Value.Length, why, EvidenceText.Of(argument.Value, 0, argument.Value.Length)));
}
