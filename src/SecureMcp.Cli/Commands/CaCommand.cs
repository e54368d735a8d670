using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using SecureMcp.Cli.Infrastructure;
using SecureMcp.Identity.Ca;
using SecureMcp.Identity.Keys;

namespace SecureMcp.Cli.Commands;

/// <summary><c>securemcp ca init | issue | revoke | list | rotate</c>: the built-in certificate authority.</summary>
/// <remarks>The key-store passphrase comes from <c>SECUREMCP_KEYSTORE_PASSPHRASE</c>, never from the command line.</remarks>
internal static class CaCommand
{
    public static Command Create()
    {
        var dir = new Option<DirectoryInfo>("--dir") { Description = "The CA folder", DefaultValueFactory = _ => new DirectoryInfo("ca") };

        var init = new Command("init", "Create the root CA (ECDSA P-256) and its encrypted key store") { dir };
        init.SetAction(parse => Run(() =>
        {
            using var ca = CertificateAuthority.Init(new CertificateAuthorityOptions(parse.GetValue(dir)!.FullName), KeyStoreSecret.FromEnvironment());
            Console.WriteLine($"root CA created: {ca.Root.Subject}, valid until {ca.Root.NotAfter:yyyy-MM-dd} ({CertificateAuthority.RootPath(parse.GetValue(dir)!.FullName)})");
        }));

        var principal = new Option<string>("--principal") { Description = "The principal the certificate is for", Required = true };
        var profile = new Option<CertificateProfile>("--profile") { Description = "agent, gateway or operator", DefaultValueFactory = _ => CertificateProfile.Agent };
        var roles = new Option<string[]>("--role") { Description = "Roles recorded in the certificate (repeatable)", AllowMultipleArgumentsPerToken = true };
        var caps = new Option<string[]>("--capability") { Description = "Capabilities recorded in the certificate (repeatable)", AllowMultipleArgumentsPerToken = true };
        var days = new Option<int?>("--days") { Description = "Lifetime in days (default: the CA's leaf lifetime)" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Write PRINCIPAL.crt and PRINCIPAL.key (0600) here" };
        var issue = new Command("issue", "Issue a certificate for an agent, the gateway or an operator") { dir, principal, profile, roles, caps, days, output };
        issue.SetAction(parse => Run(() =>
        {
            using var ca = Open(parse.GetValue(dir)!);
            var issued = ca.Issue(new IssueRequest(parse.GetValue(principal)!, parse.GetValue(profile), parse.GetValue(roles) ?? [], parse.GetValue(caps) ?? [])
            {
                Lifetime = parse.GetValue(days) is { } d ? TimeSpan.FromDays(d) : null,
                DnsNames = parse.GetValue(profile) == CertificateProfile.Gateway ? ["localhost"] : [],
                IpAddresses = parse.GetValue(profile) == CertificateProfile.Gateway ? [IPAddress.Loopback] : [],
            });
            Console.WriteLine($"issued {issued.Serial} for {issued.PrincipalId} ({issued.Profile}), valid until {issued.NotAfter:yyyy-MM-dd HH:mm}Z");
            if (parse.GetValue(output) is { } folder)
            {
                Export(ca, issued, folder);
            }
        }));

        var serial = new Argument<string>("serial") { Description = "The certificate's serial number" };
        var reason = new Option<string>("--reason") { Description = "Why it is revoked", DefaultValueFactory = _ => "unspecified" };
        var revoke = new Command("revoke", "Revoke a certificate; the gateway refuses it on the next handshake") { dir, serial, reason };
        revoke.SetAction(parse => Run(() =>
        {
            using var ca = Open(parse.GetValue(dir)!);
            Console.WriteLine(ca.Revoke(parse.GetValue(serial)!, parse.GetValue(reason)!) ? $"revoked {parse.GetValue(serial)}" : $"no certificate {parse.GetValue(serial)}");
        }));

        var list = new Command("list", "List issued certificates with their status") { dir };
        list.SetAction(parse => Run(() =>
        {
            using var ca = Open(parse.GetValue(dir)!);
            Console.WriteLine("serial                            principal        profile   status   not after");
            foreach (var c in ca.List())
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.Serial,-33} {c.PrincipalId,-16} {c.Profile,-9} {c.Status,-8} {c.NotAfter:yyyy-MM-dd}"));
            }
        }));

        var force = new Option<bool>("--force") { Description = "Re-issue even if the current certificate is far from expiry" };
        var rotate = new Command("rotate", "Re-issue a principal's certificate before it expires (the old one stays valid until then)") { dir, principal, force, output };
        rotate.SetAction(parse => Run(() =>
        {
            using var ca = Open(parse.GetValue(dir)!);
            var issued = ca.Rotate(parse.GetValue(principal)!, parse.GetValue(force));
            Console.WriteLine(issued is null ? "nothing to rotate: the current certificate is not near expiry (use --force)" : $"rotated: new certificate {issued.Serial}");
            if (issued is not null && parse.GetValue(output) is { } folder)
            {
                Export(ca, issued, folder);
            }
        }));

        return new Command("ca", "The built-in certificate authority") { init, issue, revoke, list, rotate };
    }

    private static CertificateAuthority Open(DirectoryInfo dir) => CertificateAuthority.Open(new CertificateAuthorityOptions(dir.FullName), KeyStoreSecret.FromEnvironment());

    /// <summary>Writes the certificate (PEM) and its private key (PKCS#8 PEM, owner-only) for the principal to use.</summary>
    private static void Export(CertificateAuthority ca, IssuedCertificate issued, DirectoryInfo folder)
    {
        folder.Create();
        var (certPath, keyPath) = CredentialFiles.Write(ca, issued, folder.FullName);
        Console.WriteLine($"wrote {certPath} and {keyPath}");
    }

    private static int Run(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is KeyStoreException or CryptographicException or InvalidOperationException or ArgumentException or IOException)
        {
            Console.Error.WriteLine($"securemcp ca: {ex.Message}");
            return 2;
        }
    }
}
