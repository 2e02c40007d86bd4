namespace Certification.Criteria.Indicators;

/// <summary>
/// The body that reviews the evidence for an indicator. Ministries comment on park dossiers
/// (Decree 35 Art 41), provincial departments on eco-enterprise dossiers (Art 42); the codes are the
/// JSON names, after the 2025 reorganisation.
/// </summary>
public enum ReviewingBody
{
    /// <summary>[<c>MOF</c>] Ministry of Finance (formerly Planning and Investment).</summary>
    MinistryOfFinance,

    /// <summary>[<c>MAE</c>] Ministry of Agriculture and Environment.</summary>
    MinistryOfAgricultureAndEnvironment,

    /// <summary>[<c>MOST</c>] Ministry of Science and Technology.</summary>
    MinistryOfScienceAndTechnology,

    /// <summary>[<c>MOIT</c>] Ministry of Industry and Trade.</summary>
    MinistryOfIndustryAndTrade,

    /// <summary>[<c>MOC</c>] Ministry of Construction.</summary>
    MinistryOfConstruction,

    /// <summary>[<c>DOF</c>] Provincial Department of Finance.</summary>
    DepartmentOfFinance,

    /// <summary>[<c>DAE</c>] Provincial Department of Agriculture and Environment.</summary>
    DepartmentOfAgricultureAndEnvironment,

    /// <summary>[<c>DOST</c>] Provincial Department of Science and Technology.</summary>
    DepartmentOfScienceAndTechnology,

    /// <summary>[<c>DOIT</c>] Provincial Department of Industry and Trade.</summary>
    DepartmentOfIndustryAndTrade,

    /// <summary>[<c>DOC</c>] Provincial Department of Construction.</summary>
    DepartmentOfConstruction,
}
