namespace Certification.Web.Infrastructure.Dashboard;

/// <summary>
/// The province's targets the Board steers by (section "Targets"; Đồng Nai plan 76/KH-UBND for 2026–2030): a number of
/// parks certified as eco-industrial parks, a share of park enterprises applying RECP with results, and a share of
/// parks reached by energy-efficiency solutions, each by a year. Another province sets its own figures.
/// </summary>
public sealed class TargetOptions
{
    public const string Section = "Targets";

    /// <summary>Parks holding a valid eco-industrial park certificate: at least 2 by 2030.</summary>
    public CountTarget CertifiedParks { get; set; } = new() { Value = 2, Year = 2030 };

    /// <summary>Percent (0–100) of enterprises in the province's parks applying RECP with results: 10 % by 2030.</summary>
    public ShareTarget RecpEnterprises { get; set; } = new() { Percent = 10, Year = 2030 };

    /// <summary>Percent (0–100) of the province's parks reached by energy-efficiency solutions: 90 % by 2030.</summary>
    public ShareTarget EnergyEfficiencyParks { get; set; } = new() { Percent = 90, Year = 2030 };

    public sealed class CountTarget
    {
        public int Value { get; set; }
        public int Year { get; set; }
    }

    public sealed class ShareTarget
    {
        /// <summary>Percent, 0–100.</summary>
        public decimal Percent { get; set; }
        public int Year { get; set; }
    }
}
