using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Identity.Events;
using SecureMcp.Identity.Keys;
using SecureMcp.Identity.Operators;
using SecureMcp.Storage.Identity;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp operator add | list | unlock | signout</c>: operator accounts (password + TOTP) for the gateway's admin API.</summary>
/// <remarks>
/// The password comes from an environment variable or stdin, never from the command line. The TOTP seed is encrypted
/// under a key of the gateway's key store (<c>CA/gateway-keys</c>), opened with <c>SECUREMCP_KEYSTORE_PASSPHRASE</c>.
/// </remarks>
internal static class OperatorCommand
{
    public static Command Create()
    {
        var db = new Option<FileInfo>("--db") { Description = "The operator database (identity.operators.database of the gateway)", Required = true };
        var user = new Option<string>("--user") { Description = "The operator's username", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "Roles (repeatable); the admin API needs 'operator'",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["operator"],
        };
        var ca = new Option<DirectoryInfo>("--ca") { Description = "The CA folder the gateway uses (identity.caDirectory)", DefaultValueFactory = _ => new DirectoryInfo("ca") };
        var passwordEnv = new Option<string>("--password-env")
        {
            Description = "Environment variable holding the password; when it is unset, the password is read from stdin",
            DefaultValueFactory = _ => "SECUREMCP_OPERATOR_PASSWORD",
        };
        var passphraseEnv = new Option<string>("--passphrase-env")
        {
            Description = "Environment variable holding the key-store passphrase (identity.passphraseVariable)",
            DefaultValueFactory = _ => KeyStoreSecret.DefaultVariable,
        };

        var add = new Command("add", "Create an operator; prints the otpauth:// URI and the recovery codes once") { db, user, roles, ca, passwordEnv, passphraseEnv };
        add.SetAction(parse => Run(() => Add(parse.GetValue(db)!, parse.GetValue(user)!, parse.GetValue(roles) ?? ["operator"], parse.GetValue(ca)!,
            SecretInput.Read(parse.GetValue(passwordEnv)!, "password"), parse.GetValue(passphraseEnv)!)));

        var list = new Command("list", "List operators: roles, lockout, failures, recovery codes left") { db };
        list.SetAction(parse => Run(() =>
        {
            var store = Open(parse.GetValue(db)!);
            var now = TimeProvider.System.GetUtcNow();
            Console.WriteLine("username             roles                status                        failures  recovery  created");
            foreach (var r in store.List())
            {
                var status = r.LockedUntil is { } until && until > now ? $"locked until {until:yyyy-MM-dd HH:mm}Z" : "active";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.Username,-20} {r.Roles,-20} {status,-29} {r.FailedAttempts,8}  {store.RemainingRecoveryCodes(r.Username),8}  {r.CreatedAt:yyyy-MM-dd}"));
            }

            return 0;
        }));

        var unlock = new Command("unlock", "End an operator's lockout and clear the failure count") { db, user };
        unlock.SetAction(parse => Run(() =>
        {
            var name = parse.GetValue(user)!;
            var found = Open(parse.GetValue(db)!).Unlock(name);
            Console.WriteLine(found ? $"unlocked {name}" : $"no operator {name}");
            return found ? 0 : 1;
        }));

        var signout = new Command("signout", "End every session of an operator at once, on every gateway using this database") { db, user };
        signout.SetAction(parse => Run(() =>
        {
            var name = parse.GetValue(user)!;
            var file = parse.GetValue(db)!;
            if (Open(file).Get(name) is null)
            {
                Console.WriteLine($"no operator {name}");
                return 1;
            }

            var ended = new SqliteOperatorSessionStore(file.FullName).DeleteAll(name);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"signed out {name}: {ended} session(s) ended"));
            return 0;
        }));

        return new Command("operator", "Manage operator accounts (password + TOTP) for the admin API") { add, list, unlock, signout };
    }

    private static int Add(FileInfo db, string user, string[] roles, DirectoryInfo ca, string password, string passphraseVariable)
    {
        if (roles.FirstOrDefault(r => !OperatorNames.IsValid(r)) is { } bad)
        {
            throw new ArgumentException($"role '{bad}' must be {OperatorNames.Rule}");
        }

        if (!File.Exists(Path.Combine(ca.FullName, "root.crt")))
        {
            throw new InvalidOperationException($"'{ca.FullName}' holds no CA (run: securemcp ca init --dir {ca.FullName})");
        }

        if (!db.Exists)
        {
            db.Directory?.Create();
            PrivateFiles.Write(db.FullName, []); // owner-only from the start; SQLite gives its -wal and -shm files the same mode
        }

        var protector = OperatorSecretKey.Protector(ca.FullName, KeyStoreSecret.FromEnvironment(passphraseVariable));
        var accounts = new OperatorAccounts(new SqliteOperatorStore(db.FullName), protector, new OperatorOptions(), NullSecurityEventSink.Instance, TimeProvider.System);
        var enrolment = accounts.Create(user, password, roles);
        Console.WriteLine($"operator {enrolment.Username} created with roles: {string.Join(", ", roles)}");
        Console.WriteLine("Add this to an authenticator app (show it as a QR code, or type the secret). It is shown only now:");
        Console.WriteLine($"  {enrolment.OtpAuthUri}");
        Console.WriteLine($"  secret: {enrolment.SecretBase32}");
        Console.WriteLine("Recovery codes: each works once instead of a TOTP code. Keep them offline; they are not shown again:");
        foreach (var code in enrolment.RecoveryCodes)
        {
            Console.WriteLine($"  {code}");
        }

        return 0;
    }

    private static SqliteOperatorStore Open(FileInfo db) =>
        db.Exists ? new SqliteOperatorStore(db.FullName) : throw new InvalidOperationException($"no operator database at '{db.FullName}'");

    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is KeyStoreException or CryptographicException or InvalidOperationException or ArgumentException or IOException or SqliteException)
        {
            Console.Error.WriteLine($"securemcp operator: {ex.Message}");
            return 2;
        }
    }
}
