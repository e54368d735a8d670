using Microsoft.Extensions.Logging;
using ModelContextProtocol.Client;
using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Upstreams;

/// <summary>Creates the SDK client transport for an upstream's configuration.</summary>
internal static class UpstreamTransportFactory
{
    public static IClientTransport Create(UpstreamConfig config, ILoggerFactory loggerFactory, Action<string> stderr)
    {
        if (config.Transport == UpstreamTransportKind.Stdio)
        {
            return new StdioClientTransport(new StdioClientTransportOptions
            {
                Name = config.Name,
                Command = config.Command!,
                Arguments = config.Args.ToList(),
                EnvironmentVariables = config.Env.ToDictionary(p => p.Key, p => (string?)p.Value),
                WorkingDirectory = config.WorkingDirectory,
                StandardErrorLines = stderr,
            }, loggerFactory);
        }

        return new HttpClientTransport(new HttpClientTransportOptions
        {
            Name = config.Name,
            Endpoint = config.Url!,
            AdditionalHeaders = config.Headers.ToDictionary(p => p.Key, p => p.Value),
            ConnectionTimeout = config.ConnectTimeout,
        }, loggerFactory);
    }
}
