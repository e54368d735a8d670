using System.CommandLine;
using System.Text.Json;
using SecureMcp.Policy.Reload;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp policy check FILE</c> and <c>securemcp policy explain</c>: offline validation and decisions.</summary>
internal static class PolicyCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The policy YAML" };
        var check = new Command("check", "Validate a policy file; each problem is printed with its line") { file };
        check.SetAction(parse =>
        {
            var result = PolicyTools.Check(parse.GetValue(file)!.FullName);
            if (result.IsValid)
            {
                Console.WriteLine($"policy valid: {parse.GetValue(file)!.Name}");
                return 0;
            }

            foreach (var error in result.Errors)
            {
                Console.WriteLine(error);
            }

            return 1;
        });

        var policyOption = new Option<FileInfo>("--policy") { Description = "The policy YAML", DefaultValueFactory = _ => new FileInfo(Path.Combine("config", "policy.yaml")) };
        var principal = new Option<string>("--principal") { Description = "The calling principal", Required = true };
        var tool = new Option<string>("--tool") { Description = "The namespaced tool (server__tool)", Required = true };
        var args = new Option<string?>("--args") { Description = "The call's arguments as a JSON object" };
        var roles = new Option<string[]>("--role") { Description = "Roles the gateway configuration gives the principal (repeatable)", AllowMultipleArgumentsPerToken = true };
        var explain = new Command("explain", "Print the decision for one call and the rules that produced it") { policyOption, principal, tool, args, roles };
        explain.SetAction(parse =>
        {
            var loaded = PolicyTools.Check(parse.GetValue(policyOption)!.FullName);
            if (!loaded.IsValid)
            {
                Console.Error.WriteLine("securemcp policy explain: the policy is invalid: " + string.Join("; ", loaded.Errors));
                return 2;
            }

            try
            {
                var explanation = PolicyTools.Explain(loaded.Policy!, parse.GetValue(principal)!, parse.GetValue(tool)!, parse.GetValue(args), parse.GetValue(roles));
                Console.WriteLine(explanation.Text);
                return 0;
            }
            catch (JsonException ex)
            {
                Console.Error.WriteLine($"securemcp policy explain: --args is not a JSON object: {ex.Message}");
                return 2;
            }
        });
        return new Command("policy", "Check and explain authorization policies") { check, explain };
    }
}
