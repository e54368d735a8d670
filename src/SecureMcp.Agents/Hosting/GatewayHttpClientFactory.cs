using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Agents.Hosting;

/// <summary>Builds the agent's HTTP client to the gateway for its authentication mode.</summary>
internal static class GatewayHttpClientFactory
{
    public static HttpClient Create(AgentOptions options, TimeProvider time)
    {
        var handler = new SocketsHttpHandler();
        if (options.TrustedRoot is { } root)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) => ChainsTo(certificate, root);
        }

        if (options.Auth == AgentAuthMode.Mtls && options.Certificate is { } certificate)
        {
            handler.SslOptions.ClientCertificates = [certificate];
        }

        HttpMessageHandler pipeline = handler;
        if (options.Auth == AgentAuthMode.Token)
        {
            pipeline = new TokenHandler(options, time) { InnerHandler = handler };
        }

        var client = new HttpClient(pipeline, disposeHandler: true);
        if (options.Auth == AgentAuthMode.ApiKey)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", options.ApiKey);
        }

        return client;
    }

    /// <summary>True if the server certificate chains to our root alone (the system store is not consulted).</summary>
    private static bool ChainsTo(X509Certificate? presented, X509Certificate2 root)
    {
        if (presented is null)
        {
            return false;
        }

        using var certificate = new X509Certificate2(presented);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
