using System.Globalization;

namespace SecureMcp.ToolServer.Imaging;

/// <summary>An opaque 8-bit RGB colour.</summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);
    public static readonly Rgb Grid = new(220, 220, 220);

    /// <summary>Series colours, used in order and repeated.</summary>
    public static readonly IReadOnlyList<Rgb> Palette =
    [
        new(31, 119, 180), new(255, 127, 14), new(44, 160, 44), new(214, 39, 40), new(148, 103, 189),
    ];

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}
