using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace SecureMcp.IntegrationTests;

[Collection(GatewayCollection.Name)]
public sealed class AdminApiTests(GatewayFixture fixture)
{
    private async Task<HttpResponseMessage> GetAsync(string path, string? principal)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, fixture.Harness.Http.Address + path);
        if (principal is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Harness.Keys[principal]);
        }

        return await http.SendAsync(request);
    }

    [Fact]
    public async Task Admin_Operator_ReadsHealthAuditAndVerification()
    {
        using var health = await GetAsync("/admin/health", "ops");
        using var audit = await GetAsync("/admin/audit?limit=5", "ops");
        using var verify = await GetAsync("/admin/audit/verify", "ops");

        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonDocument.Parse(await audit.Content.ReadAsStringAsync()).RootElement.GetArrayLength().ShouldBe(5);
        JsonDocument.Parse(await verify.Content.ReadAsStringAsync()).RootElement.GetProperty("isIntact").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("alice", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Admin_NonOperator_IsRefused(string? principal, HttpStatusCode expected)
    {
        using var response = await GetAsync("/admin/audit", principal);

        response.StatusCode.ShouldBe(expected);
    }
}
