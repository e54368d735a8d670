using System.Globalization;

namespace SecureMcp.Inspection.Tests.Support;

/// <summary>Counts for one detector over a labelled corpus.</summary>
internal sealed class DetectorScore(string detector)
{
    public string Detector { get; } = detector;

    /// <summary>Attack samples labelled with this detector.</summary>
    public int Labelled { get; set; }

    /// <summary>Labelled samples where the detector fired (any severity from MEDIUM up).</summary>
    public int Detected { get; set; }

    /// <summary>Benign samples where the detector fired at MEDIUM or above.</summary>
    public int BenignHits { get; set; }

    /// <summary>Benign samples where the detector fired at HIGH or above.</summary>
    public int BenignHighHits { get; set; }

    public double Recall => Labelled == 0 ? 1 : (double)Detected / Labelled;

    public double Precision => Detected + BenignHits == 0 ? 1 : (double)Detected / (Detected + BenignHits);

    public string Row(int benignTotal) => string.Create(CultureInfo.InvariantCulture,
        $"| {Detector} | {Labelled} | {Detected} | {Recall:P1} | {Precision:P1} | {BenignHits} | {BenignHighHits} | {(double)BenignHighHits / Math.Max(1, benignTotal):P2} |");
}
