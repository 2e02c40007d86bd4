namespace Certification.Criteria.Inputs;

/// <summary>The industrial symbiosis types of Circular 05/2025/TT-BKHĐT Art 2.1 (a)–(e).</summary>
public enum SymbiosisType
{
    /// <summary>(a) Exchange of inputs/outputs — materials, water, energy, waste, scrap, by-products — between enterprises.</summary>
    InputOutputExchange,

    /// <summary>(b) Shared production infrastructure.</summary>
    SharedInfrastructure,

    /// <summary>(c) Shared production or business services from the developer or a third party (training, maintenance, steam, warehousing, cold storage).</summary>
    SharedServices,

    /// <summary>(d) Cooperation with enterprises in other parks on waste, water and energy.</summary>
    OtherParkCooperation,

    /// <summary>(e) Other forms of symbiosis.</summary>
    Other,
}
