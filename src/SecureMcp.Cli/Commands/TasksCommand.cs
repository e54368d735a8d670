using System.CommandLine;
using SecureMcp.Cli.Tasks;
using SecureMcp.Storage.Tasks;
using Spectre.Console;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp tasks list | show | explain</c>: reads the scheduler's durable task store.</summary>
internal static class TasksCommand
{
    public static Command Create()
    {
        var list = new Command("list", "Every task with its state, attempts and last reason");
        var show = new Command("show", "A task's spec and every state change it went through");
        var explain = new Command("explain", "Why each attempt of a task went to its agent: candidates, scores, exclusions, the random draw");
        var id = new Argument<string>("id") { Description = "The task id" };
        var json = new Option<bool>("--json") { Description = "Print the stored explanations as JSON" };
        var state = new Option<string?>("--state") { Description = "Only tasks in this state (pending, assigned, running, succeeded, reportedfailed …)" };
        show.Arguments.Add(id);
        explain.Arguments.Add(id);
        explain.Options.Add(json);
        list.Options.Add(state);
        var root = new Command("tasks", "Inspect tasks and allocation decisions in a task database") { list, show, explain };
        var database = new Option<FileInfo>("--db") { Description = "The task database (tasks.db, kept by securemcp demo --keep)", Required = true, Recursive = true };
        root.Options.Add(database);

        list.SetAction((parse, ct) => WithStoreAsync(parse.GetValue(database)!, store => TaskViews.ListAsync(AnsiConsole.Console, store, parse.GetValue(state), ct)));
        show.SetAction((parse, ct) => WithStoreAsync(parse.GetValue(database)!, store => TaskViews.ShowAsync(AnsiConsole.Console, store, parse.GetValue(id)!, ct)));
        explain.SetAction((parse, ct) => WithStoreAsync(parse.GetValue(database)!,
            store => TaskViews.ExplainAsync(AnsiConsole.Console, store, parse.GetValue(id)!, parse.GetValue(json), ct)));
        return root;
    }

    private static async Task<int> WithStoreAsync(FileInfo database, Func<SqliteTaskStore, Task<int>> action)
    {
        if (!database.Exists)
        {
            await Console.Error.WriteLineAsync($"securemcp tasks: no task database at '{database.FullName}'");
            return 2;
        }

        return await action(new SqliteTaskStore(database.FullName));
    }
}
