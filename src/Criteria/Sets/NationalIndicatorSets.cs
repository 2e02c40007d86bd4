using Certification.Criteria.Indicators;
using Certification.Criteria.Loading;

namespace Certification.Criteria.Sets;

/// <summary>
/// The national indicator sets shipped with the product (Decree 35/2022/NĐ-CP Art 37, Circular 05/2025/TT-BKHĐT
/// forms A.5 and B.5), loaded and validated once on first use. Administrators publish later versions as data;
/// these are version 1.
/// </summary>
public static class NationalIndicatorSets
{
    /// <summary>The set id of the national eco-industrial park set.</summary>
    public const string EcoIndustrialParkSetId = "vn-eip-national";

    /// <summary>The set id of the national eco-enterprise set.</summary>
    public const string EcoEnterpriseSetId = "vn-eco-enterprise-national";

    /// <summary>The embedded file name of the national eco-industrial park set.</summary>
    public const string EcoIndustrialParkFileName = "national-eip.json";

    /// <summary>The embedded file name of the national eco-enterprise set.</summary>
    public const string EcoEnterpriseFileName = "national-eco-enterprise.json";

    private static readonly Lazy<IndicatorSet> Park = new(() => LoadEmbedded(EcoIndustrialParkFileName));
    private static readonly Lazy<IndicatorSet> Enterprise = new(() => LoadEmbedded(EcoEnterpriseFileName));

    /// <summary>The national eco-industrial park set: the 23 indicators of forms A.5/B.5 plus the Art 37.1 criteria on the investor.</summary>
    /// <exception cref="InvalidOperationException">When the embedded file is invalid (a build defect; the tests prevent it).</exception>
    public static IndicatorSet EcoIndustrialPark => Park.Value;

    /// <summary>The national eco-enterprise set: the Art 37.2 criteria plus the form B.5 items that apply to one enterprise.</summary>
    /// <exception cref="InvalidOperationException">When the embedded file is invalid (a build defect; the tests prevent it).</exception>
    public static IndicatorSet EcoEnterprise => Enterprise.Value;

    /// <summary>The JSON text of the national eco-industrial park set, e.g. to seed an administrator's editable copy.</summary>
    public static string EcoIndustrialParkJson => EmbeddedSetFiles.ReadText(EcoIndustrialParkFileName);

    /// <summary>The JSON text of the national eco-enterprise set.</summary>
    public static string EcoEnterpriseJson => EmbeddedSetFiles.ReadText(EcoEnterpriseFileName);

    private static IndicatorSet LoadEmbedded(string fileName)
    {
        using var stream = EmbeddedSetFiles.Open(fileName);
        var result = IndicatorSetLoader.Load(fileName, stream);
        return result.Set ?? throw new InvalidOperationException(
            $"The embedded set {fileName} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
    }
}
