namespace SecureMcp.ToolServer.Imaging;

/// <summary>A width-by-height RGB pixel buffer with the few drawing operations charts need.</summary>
internal sealed class Canvas
{
    private readonly byte[] _pixels;

    public Canvas(int width, int height, Rgb background)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 3];
        FillRect(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major RGB bytes, three per pixel, top row first.</summary>
    public ReadOnlySpan<byte> Pixels => _pixels;

    public Rgb GetPixel(int x, int y)
    {
        var i = ((y * Width) + x) * 3;
        return new Rgb(_pixels[i], _pixels[i + 1], _pixels[i + 2]);
    }

    /// <summary>Sets one pixel; points outside the canvas are clipped.</summary>
    public void SetPixel(int x, int y, Rgb color)
    {
        if ((uint)x >= (uint)Width || (uint)y >= (uint)Height)
        {
            return;
        }

        var i = ((y * Width) + x) * 3;
        _pixels[i] = color.R;
        _pixels[i + 1] = color.G;
        _pixels[i + 2] = color.B;
    }

    public void FillRect(int x, int y, int width, int height, Rgb color)
    {
        for (var yy = Math.Max(0, y); yy < Math.Min(Height, y + height); yy++)
        {
            for (var xx = Math.Max(0, x); xx < Math.Min(Width, x + width); xx++)
            {
                SetPixel(xx, yy, color);
            }
        }
    }

    /// <summary>Bresenham line, drawn as a square brush of the given thickness.</summary>
    public void DrawLine(int x0, int y0, int x1, int y1, Rgb color, int thickness = 1)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0);
        int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1;
        var err = dx + dy;
        var offset = thickness / 2;
        while (true)
        {
            FillRect(x0 - offset, y0 - offset, thickness, thickness, color);
            if (x0 == x1 && y0 == y1)
            {
                return;
            }

            var e2 = 2 * err;
            if (e2 >= dy)
            {
                err += dy;
                x0 += sx;
            }

            if (e2 <= dx)
            {
                err += dx;
                y0 += sy;
            }
        }
    }

    public void FillCircle(int cx, int cy, int radius, Rgb color)
    {
        for (var y = -radius; y <= radius; y++)
        {
            for (var x = -radius; x <= radius; x++)
            {
                if ((x * x) + (y * y) <= radius * radius)
                {
                    SetPixel(cx + x, cy + y, color);
                }
            }
        }
    }
}
