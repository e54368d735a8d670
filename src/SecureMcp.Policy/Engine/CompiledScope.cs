using SecureMcp.Policy.Matching;
using SecureMcp.Policy.Model;

namespace SecureMcp.Policy.Engine;

/// <summary>A <see cref="TargetScope"/> compiled to glob sets.</summary>
internal sealed class CompiledScope(TargetScope scope)
{
    private readonly bool _everything = scope.IsEmpty;
    private readonly GlobSet _tools = new(scope.Tools);
    private readonly GlobSet _prompts = new(scope.Prompts);
    private readonly GlobSet _resources = new(scope.Resources);
    private readonly GlobSet _servers = new(scope.Servers);

    /// <summary>True when the scope covers the target; an empty scope covers everything when <paramref name="emptyMeansAll"/>.</summary>
    public bool Matches(TargetKind kind, string name, string server, bool emptyMeansAll = true)
    {
        if (_everything)
        {
            return emptyMeansAll;
        }

        if (_servers.IsMatch(server))
        {
            return true;
        }

        return kind switch
        {
            TargetKind.Tool => _tools.IsMatch(name),
            TargetKind.Prompt => _prompts.IsMatch(name),
            _ => _resources.IsMatch(name),
        };
    }
}
