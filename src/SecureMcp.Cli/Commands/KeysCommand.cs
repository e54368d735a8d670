using System.CommandLine;
using SecureMcp.Gateway.Authentication;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp keys new --principal P</c>: makes an API key and prints the hash to configure.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var principal = new Option<string>("--principal") { Description = "The principal the key authenticates as", Required = true };
        var roles = new Option<string[]>("--role") { Description = "Roles to grant (repeatable)", AllowMultipleArgumentsPerToken = true };
        var create = new Command("new", "Create a random API key; only its hash goes into the configuration") { principal, roles };
        create.SetAction(parse =>
        {
            var key = ApiKeyAuthenticator.NewKey();
            Console.WriteLine($"key (give it to the client, it is not stored): {key}");
            Console.WriteLine("configuration entry:");
            Console.WriteLine("apiKeys:");
            Console.WriteLine($"  - principal: {parse.GetValue(principal)}");
            Console.WriteLine($"    sha256: {ApiKeyAuthenticator.Hash(key)}");
            Console.WriteLine($"    roles: [{string.Join(", ", parse.GetValue(roles) ?? [])}]");
            return 0;
        });
        return new Command("keys", "Manage API keys") { create };
    }
}
