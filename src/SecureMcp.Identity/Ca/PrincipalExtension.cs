using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SecureMcp.Identity.Ca;

/// <summary>The custom X.509 extension carrying a principal's profile, roles and capabilities.</summary>
/// <remarks>
/// <para>OID 2.25.235998715002814207917781817748465446905: a UUID-derived arc (ITU-T X.667), so it needs no registration
/// and cannot collide with anyone's.</para>
/// <code>
/// SecureMcpPrincipal ::= SEQUENCE {
///     version       INTEGER (1),
///     profile       UTF8String,              -- "agent" | "gateway" | "operator"
///     roles         SEQUENCE OF UTF8String,
///     capabilities  SEQUENCE OF UTF8String }
/// </code>
/// <para>Non-critical: our validator requires it, while other TLS stacks may ignore it.</para>
/// </remarks>
internal static class PrincipalExtension
{
    public const string Oid = "2.25.235998715002814207917781817748465446905";

    public static X509Extension Create(PrincipalClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteInteger(1);
            writer.WriteCharacterString(UniversalTagNumber.UTF8String, ProfileName(claims.Profile));
            WriteStrings(writer, claims.Roles);
            WriteStrings(writer, claims.Capabilities);
        }

        return new X509Extension(new Oid(Oid), writer.Encode(), critical: false);
    }

    /// <summary>Reads the extension; null when absent or malformed (callers refuse such certificates).</summary>
    public static PrincipalClaims? Read(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var extension = certificate.Extensions[Oid];
        if (extension is null)
        {
            return null;
        }

        try
        {
            var reader = new AsnReader(extension.RawData, AsnEncodingRules.DER);
            var sequence = reader.ReadSequence();
            reader.ThrowIfNotEmpty();
            if (!sequence.TryReadInt32(out var version) || version != 1)
            {
                return null;
            }

            var profile = ParseProfile(sequence.ReadCharacterString(UniversalTagNumber.UTF8String));
            var roles = ReadStrings(sequence);
            var capabilities = ReadStrings(sequence);
            sequence.ThrowIfNotEmpty();
            return profile is null ? null : new PrincipalClaims(profile.Value, roles, capabilities);
        }
        catch (AsnContentException)
        {
            return null;
        }
    }

    public static string ProfileName(CertificateProfile profile) => profile switch
    {
        CertificateProfile.Agent => "agent",
        CertificateProfile.Gateway => "gateway",
        CertificateProfile.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "Unknown certificate profile."),
    };

    public static CertificateProfile? ParseProfile(string name) => name switch
    {
        "agent" => CertificateProfile.Agent,
        "gateway" => CertificateProfile.Gateway,
        "operator" => CertificateProfile.Operator,
        _ => null,
    };

    private static void WriteStrings(AsnWriter writer, IReadOnlyList<string> values)
    {
        using (writer.PushSequence())
        {
            foreach (var value in values)
            {
                writer.WriteCharacterString(UniversalTagNumber.UTF8String, value);
            }
        }
    }

    private static string[] ReadStrings(AsnReader reader)
    {
        var sequence = reader.ReadSequence();
        var values = new List<string>();
        while (sequence.HasData)
        {
            values.Add(sequence.ReadCharacterString(UniversalTagNumber.UTF8String));
        }

        return [.. values];
    }
}
