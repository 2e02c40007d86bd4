using System.Text.Json;
using System.Text.Json.Nodes;

namespace Certification.Criteria.Tests.Fixtures;

/// <summary>
/// A small valid park set using every park indicator kind, as a mutable JSON tree, so that each test changes one
/// thing and sees exactly the problem or behaviour it is about. Indicator indexes: 0 YN.1 yes/no, 1 RAT.1 ratio
/// (RECP with savings among workforce &gt; 100, ≥ 20 %), 2 CNT.1 count (same-park input/output exchange, ≥ 1),
/// 3 QR.1 quantity ratio in m3 (no threshold), 4 NUM.1 number in kWh (≥ 10).
/// </summary>
internal static class SetJson
{
    public const string ValidPark = """
        {
          "setId": "test-park",
          "version": 1,
          "effectiveDate": "2025-01-01",
          "legalBasis": "Test basis",
          "title": { "vi": "Bộ thử nghiệm", "en": "Test set" },
          "subjectKind": "park",
          "indicators": [
            {
              "code": "YN.1",
              "title": { "vi": "Có kế hoạch", "en": "Has a plan" },
              "group": "parkManagement",
              "kind": "yesNo",
              "mandatory": true,
              "reviewingBody": "MOF",
              "evidenceTypes": ["plan-document"],
              "legalReference": "Test Art 1",
              "provenance": "L"
            },
            {
              "code": "RAT.1",
              "title": { "vi": "Tỷ lệ RECP", "en": "RECP share" },
              "group": "environment",
              "kind": "ratio",
              "attribute": "appliesRecpWithSavings",
              "population": { "field": "workforce", "operator": ">", "value": 100 },
              "comparison": ">=",
              "threshold": 20,
              "mandatory": true,
              "reviewingBody": "MOIT",
              "evidenceTypes": [],
              "legalReference": "Test Art 2",
              "provenance": "F"
            },
            {
              "code": "CNT.1",
              "title": { "vi": "Cộng sinh", "en": "Symbioses" },
              "group": "environment",
              "kind": "count",
              "symbiosisFilter": { "partnerLocations": ["samePark"], "types": ["inputOutputExchange"] },
              "comparison": ">=",
              "threshold": 1,
              "mandatory": false,
              "reviewingBody": "MAE",
              "evidenceTypes": ["symbiosis-agreement"],
              "legalReference": "Test Art 3",
              "provenance": "D"
            },
            {
              "code": "QR.1",
              "title": { "vi": "Nước thải tái sử dụng", "en": "Wastewater reused" },
              "group": "environment",
              "kind": "quantityRatio",
              "unit": "m3",
              "mandatory": false,
              "applicability": "existingParkOnly",
              "reviewingBody": "MAE",
              "evidenceTypes": [],
              "legalReference": "Test Art 4",
              "provenance": "F"
            },
            {
              "code": "NUM.1",
              "title": { "vi": "Điện tiết kiệm", "en": "Electricity saved" },
              "group": "economic",
              "kind": "number",
              "unit": "kWh",
              "comparison": ">=",
              "threshold": 10,
              "mandatory": false,
              "reviewingBody": "MOIT",
              "evidenceTypes": [],
              "legalReference": "Test Art 5",
              "provenance": "D"
            }
          ]
        }
        """;

    public static JsonObject Parse(string json = ValidPark) => JsonNode.Parse(json)!.AsObject();

    public static JsonObject Indicator(JsonObject root, int index) => root["indicators"]![index]!.AsObject();

    public static string Write(JsonNode root) => root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>The valid park set with one change applied.</summary>
    public static string With(Action<JsonObject> change)
    {
        var root = Parse();
        change(root);
        return Write(root);
    }
}
