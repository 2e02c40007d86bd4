using Certification.Criteria.Inputs;
using Certification.Criteria.Tests.Fixtures;

namespace Certification.Criteria.Tests.Inputs;

public class EnterpriseRecordTests
{
    /// <summary>applies RECP, savings (null: not reported; "zero": reported, all zero; "some": one saving &gt; 0), expected.</summary>
    public static readonly TheoryData<bool?, string?, bool?> RecpCases = new()
    {
        { null, "some", null },
        { false, "some", false },
        { false, null, false },
        { true, null, null },
        { true, "zero", false },
        { true, "some", true },
    };

    [Theory]
    [MemberData(nameof(RecpCases))]
    public void AppliesRecpWithMeasuredSavings_Facts_CombineAsDocumented(bool? appliesRecp, string? savings, bool? expected)
    {
        var enterprise = Enterprises.Complete("E1") with
        {
            AppliesRecp = appliesRecp,
            RecpSavings = savings switch
            {
                null => null,
                "zero" => new RecpSavings { ElectricityKwh = 0m, Vnd = 0m },
                _ => new RecpSavings { ChemicalsTonnes = 0.5m },
            },
        };

        Assert.Equal(expected, enterprise.AppliesRecpWithMeasuredSavings);
    }

    [Theory]
    [InlineData("electricity")]
    [InlineData("fuel")]
    [InlineData("co2")]
    [InlineData("water")]
    [InlineData("wastewater")]
    [InlineData("waste")]
    [InlineData("materials")]
    [InlineData("chemicals")]
    [InlineData("vnd")]
    public void HasMeasuredSaving_OnePositiveResource_IsTrue(string resource)
    {
        var savings = resource switch
        {
            "electricity" => new RecpSavings { ElectricityKwh = 1m },
            "fuel" => new RecpSavings { FuelTonnes = 1m },
            "co2" => new RecpSavings { Co2Tonnes = 1m },
            "water" => new RecpSavings { WaterCubicMetres = 1m },
            "wastewater" => new RecpSavings { WastewaterCubicMetres = 1m },
            "waste" => new RecpSavings { WasteReusedOrRecycledTonnes = 1m },
            "materials" => new RecpSavings { MaterialsTonnes = 1m },
            "chemicals" => new RecpSavings { ChemicalsTonnes = 1m },
            _ => new RecpSavings { Vnd = 1m },
        };

        Assert.True(savings.HasMeasuredSaving);
    }

    [Fact]
    public void HasMeasuredSaving_NothingOrOnlyZeroOrNegative_IsFalse()
    {
        Assert.False(new RecpSavings().HasMeasuredSaving);
        Assert.False(new RecpSavings { WaterCubicMetres = 0m, Vnd = -5m }.HasMeasuredSaving);
    }
}
