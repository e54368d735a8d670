using SecureMcp.Gateway.Configuration;

namespace SecureMcp.Gateway.Tests;

public sealed class GatewayConfigLoaderTests
{
    private const string Hash = "0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void Parse_FullConfig_ProducesValidatedValues()
    {
        var config = GatewayConfigLoader.Parse($$"""
            listen: http://127.0.0.1:9000
            auditPath: data/audit.db
            maxArgumentBytes: 2048
            http:
              path: /gateway
              maxRequestBodyBytes: 65536
              allowedHosts: [gateway.internal]
            apiKeys:
              - principal: agent-1
                sha256: {{Hash}}
                roles: [analyst]
            upstreams:
              - name: tools
                transport: stdio
                command: dotnet
                args: [tool.dll, --x]
                env: { A: b }
                callTimeoutSeconds: 5
              - name: remote
                transport: http
                url: http://127.0.0.1:5100/mcp
                headers: { X-Key: v }
                protocolVersion: 2025-11-25
            """, "/base");

        config.Listen.ShouldBe("http://127.0.0.1:9000");
        config.AuditPath.ShouldBe(Path.Combine("/base", "data/audit.db"));
        config.Http.Path.ShouldBe("/gateway");
        config.Http.AllowedHosts.ShouldBe(["gateway.internal"]);
        config.ApiKeys.Single().Roles.ShouldBe(["analyst"]);
        config.Upstreams[0].Transport.ShouldBe(UpstreamTransportKind.Stdio);
        config.Upstreams[0].Args.ShouldBe(["tool.dll", "--x"]);
        config.Upstreams[0].Env["A"].ShouldBe("b");
        config.Upstreams[0].CallTimeout.ShouldBe(TimeSpan.FromSeconds(5));
        config.Upstreams[1].Url!.ToString().ShouldBe("http://127.0.0.1:5100/mcp");
        config.Upstreams[1].ProtocolVersion.ShouldBe("2025-11-25");
    }

    [Theory]
    [InlineData("bogus: 1", "line 1", "unknown key 'bogus'")]
    [InlineData("upstreams:\n  - name: a\n    transport: stdio\n    comand: x", "line 4", "unknown key 'comand'")]
    [InlineData("upstreams:\n  - transport: stdio\n    command: x", "upstreams[0].name is required", "")]
    [InlineData("upstreams:\n  - name: a__b\n    transport: stdio\n    command: x", "must not contain '__'", "")]
    [InlineData("upstreams:\n  - name: a\n    transport: stdio\n    command: x\n  - name: A\n    transport: stdio\n    command: y", "upstreams[1].name 'A' is used twice", "")]
    [InlineData("upstreams:\n  - name: a\n    transport: http\n    url: ftp://x", "upstreams[0].url must be an absolute http or https URL", "")]
    [InlineData("upstreams:\n  - name: a\n    transport: http\n    url: http://x\n    command: y", "command, args and env apply only to transport 'stdio'", "")]
    [InlineData("upstreams:\n  - name: a\n    transport: stdio\n    command: x\n    callTimeoutSeconds: 0", "upstreams[0].callTimeoutSeconds must be between", "")]
    [InlineData("upstreams:\n  - name: a\n    transport: stdio\n    command: x\n    protocolVersion: 1999-01-01", "upstreams[0].protocolVersion '1999-01-01' is not a known revision", "")]
    [InlineData("listen: ftp://x", "listen must be an http or https URL", "")]
    [InlineData("http:\n  maxRequestBodyBytes: 10", "http.maxRequestBodyBytes must be between", "")]
    [InlineData("http:\n  path: mcp", "http.path must start with '/'", "")]
    [InlineData("restart:\n  initialDelayMs: 5000\n  maxDelayMs: 100", "restart.maxDelayMs must be at least restart.initialDelayMs", "")]
    [InlineData("maxArgumentBytes: 3", "maxArgumentBytes must be at least 64", "")]
    [InlineData("stdio:\n  principal: 'has space'", "stdio.principal 'has space' may contain only", "")]
    [InlineData("upstreams: [", "line", "")]
    public void Parse_InvalidConfig_ThrowsNamingTheKey(string yaml, string expected, string alsoExpected)
    {
        var ex = Should.Throw<GatewayConfigException>(() => GatewayConfigLoader.Parse(yaml, "/"));

        ex.Message.ShouldContain(expected);
        ex.Message.ShouldContain(alsoExpected);
    }

    [Fact]
    public void Parse_EnvironmentVariable_IsExpanded()
    {
        Environment.SetEnvironmentVariable("SECUREMCP_TEST_UPSTREAM_KEY", "s3cret");

        var config = GatewayConfigLoader.Parse("upstreams:\n  - name: a\n    transport: http\n    url: http://x/mcp\n    headers: { Authorization: 'Bearer ${SECUREMCP_TEST_UPSTREAM_KEY}' }", "/");

        config.Upstreams[0].Headers["authorization"].ShouldBe("Bearer s3cret");
    }

    [Fact]
    public void LoadFile_Missing_SaysSo() =>
        Should.Throw<GatewayConfigException>(() => GatewayConfigLoader.LoadFile("/no/such/gateway.yaml")).Message.ShouldContain("does not exist");

    [Fact]
    public void ShippedExampleConfig_IsValid()
    {
        Environment.SetEnvironmentVariable("SECUREMCP_ANALYST_KEY_SHA256", Hash);
        var path = Path.Combine(RepoRoot(), "config", "gateway.yaml");

        var config = GatewayConfigLoader.LoadFile(path);

        config.Upstreams.Single().Name.ShouldBe("toolserver");
        config.ApiKeys.Single().Sha256.ShouldBe(Hash);
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "SecureMcp.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
