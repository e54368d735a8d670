using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace SecureMcp.Inspection.Arguments;

/// <summary>Parses IP literals in every form an HTTP client accepts and says which internal range they fall in.</summary>
internal static class AddressClassifier
{
    /// <summary>Parses dotted, short (<c>127.1</c>), decimal (<c>2130706433</c>), hex (<c>0x7f000001</c>), octal (<c>0177.0.0.1</c>) and IPv6 forms.</summary>
    public static bool TryParse(string host, out IPAddress address)
    {
        address = IPAddress.None;
        host = host.Trim('[', ']');
        if (host.Contains(':', StringComparison.Ordinal))
        {
            var percent = host.IndexOf('%', StringComparison.Ordinal);
            return IPAddress.TryParse(percent > 0 ? host[..percent] : host, out address!);
        }

        var parts = host.Split('.');
        if (parts.Length is < 1 or > 4 || parts.Any(p => p.Length == 0))
        {
            return false;
        }

        var values = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParsePart(parts[i], out values[i]))
            {
                return false;
            }
        }

        ulong value = 0;
        for (var i = 0; i < values.Length - 1; i++)
        {
            if (values[i] > 255)
            {
                return false;
            }

            value |= values[i] << (24 - (8 * i));
        }

        var last = values[^1];
        var lastBits = 8 * (5 - values.Length);
        if (last >= 1UL << lastBits)
        {
            return false;
        }

        value |= last;
        address = new IPAddress([(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value]);
        return true;
    }

    /// <summary>Names the internal range of an address, or null for a public one.</summary>
    public static string? InternalRange(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None))
            {
                return "loopback";
            }

            var bytes6 = address.GetAddressBytes();
            if (bytes6[0] == 0xfd && bytes6[1] == 0x00 && bytes6[2] == 0x0e && bytes6[3] == 0xc2)
            {
                return "cloud metadata";
            }

            return address.IsIPv6LinkLocal ? "link-local" : address.IsIPv6SiteLocal || (bytes6[0] & 0xfe) == 0xfc ? "private" : null;
        }

        var b = address.GetAddressBytes();
        return (b[0], b[1], b[2], b[3]) switch
        {
            (169, 254, 169, 254) or (100, 100, 100, 200) => "cloud metadata",
            (127, _, _, _) => "loopback",
            (0, _, _, _) => "unspecified",
            (10, _, _, _) => "private",
            (172, >= 16 and <= 31, _, _) => "private",
            (192, 168, _, _) => "private",
            (169, 254, _, _) => "link-local",
            (100, >= 64 and <= 127, _, _) => "carrier-grade NAT",
            (>= 224, _, _, _) => "multicast or reserved",
            _ => null,
        };
    }

    private static bool TryParsePart(string part, out ulong value)
    {
        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return ulong.TryParse(part.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && part.Length <= 10;
        }

        if (part.Length > 1 && part[0] == '0' && part.All(c => c is >= '0' and <= '7'))
        {
            value = 0;
            foreach (var c in part.AsSpan(1))
            {
                value = (value * 8) + (ulong)(c - '0');
            }

            return part.Length <= 12;
        }

        value = 0;
        return part.Length <= 10 && part.All(char.IsAsciiDigit) && ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
