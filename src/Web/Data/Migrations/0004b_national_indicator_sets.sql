-- 0004b: the two national indicator sets shipped with the product, as published version 1, so that every fresh
-- database (production, demo, each test) can evaluate. The JSON is a copy of src/Criteria/Sets/*.json;
-- NationalIndicatorSetsSeedTests proves the copies equal the embedded files. A later national version is a new upload, not an edit here.
INSERT INTO "IndicatorSetVersions" ("Id", "SetId", "Version", "EffectiveDate", "Subject", "Title", "Json", "Status",
    "UploadedByUserId", "UploadedAt", "PublishedByUserId", "PublishedAt")
VALUES ('8f1c2a10-0004-4c1e-9a51-000000000001', 'vn-eip-national', 1, DATE '2025-01-24', 'Park', 'Bộ tiêu chí khu công nghiệp sinh thái quốc gia', $set${
  "$schema": "./indicator-set.schema.json",
  "setId": "vn-eip-national",
  "version": 1,
  "effectiveDate": "2025-01-24",
  "legalBasis": "Decree 35/2022/NĐ-CP Art 37.1, 38, 40.1; Circular 05/2025/TT-BKHĐT forms A.5 and B.5",
  "title": {
    "vi": "Bộ tiêu chí khu công nghiệp sinh thái quốc gia",
    "en": "National eco-industrial park criteria"
  },
  "subjectKind": "park",
  "indicators": [
    {
      "code": "LEGAL.1",
      "title": {
        "vi": "Chủ đầu tư hạ tầng KCN chấp hành pháp luật về đầu tư, doanh nghiệp, xây dựng, đất đai, bảo vệ môi trường và lao động trong 3 năm liền trước",
        "en": "The infrastructure investor complied with the laws on investment, enterprises, construction, land, environmental protection and labour in the previous 3 years"
      },
      "group": "legalBasis",
      "kind": "yesNo",
      "mandatory": true,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "legal-compliance-confirmation"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.1 (criteria on the infrastructure investor)",
      "provenance": "L"
    },
    {
      "code": "SVC.1",
      "title": {
        "vi": "KCN có đủ dịch vụ cơ bản: điện, cấp nước, viễn thông, phòng cháy chữa cháy, xử lý nước thải tập trung và dịch vụ hỗ trợ doanh nghiệp thực hiện cộng sinh công nghiệp",
        "en": "The park has all basic services: power, water supply, telecommunications, fire protection, central wastewater treatment and services that help tenants carry out industrial symbiosis"
      },
      "group": "infrastructure",
      "kind": "yesNo",
      "mandatory": true,
      "reviewingBody": "MOC",
      "evidenceTypes": [
        "wastewater-treatment-permit",
        "infrastructure-service-list"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.1 (basic services of the park)",
      "provenance": "L"
    },
    {
      "code": "ENV.1",
      "title": {
        "vi": "Số cộng sinh công nghiệp đang hoạt động trong KCN",
        "en": "Industrial symbioses operating in the park"
      },
      "group": "environment",
      "kind": "count",
      "comparison": ">=",
      "threshold": 1,
      "mandatory": true,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "symbiosis-agreement"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.1 (at least 1 symbiosis); Circular 05/2025/TT-BKHĐT Art 2.1, form A.5",
      "provenance": "L"
    },
    {
      "code": "ENV.2",
      "title": {
        "vi": "Tỷ lệ doanh nghiệp trong KCN áp dụng sử dụng hiệu quả tài nguyên và sản xuất sạch hơn (RECP) có tiết kiệm đo được",
        "en": "Share of enterprises in the park applying RECP with measured savings"
      },
      "group": "environment",
      "kind": "ratio",
      "attribute": "appliesRecpWithSavings",
      "comparison": ">=",
      "threshold": 20,
      "mandatory": true,
      "reviewingBody": "MOIT",
      "evidenceTypes": [
        "recp-assessment-report"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.1 (at least 20 % of enterprises apply RECP); Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "L"
    },
    {
      "code": "ENV.3",
      "title": {
        "vi": "Tỷ lệ nước thải công nghiệp được tái sử dụng hoặc tuần hoàn trên tổng lượng nước thải công nghiệp",
        "en": "Industrial wastewater reused or recirculated ÷ total industrial wastewater"
      },
      "group": "environment",
      "kind": "quantityRatio",
      "unit": "m3",
      "mandatory": false,
      "reviewingBody": "MAE",
      "evidenceTypes": [
        "wastewater-monitoring-report"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5 (reported; no threshold by default, design default)",
      "provenance": "F"
    },
    {
      "code": "ENV.4",
      "title": {
        "vi": "Có chương trình giám sát và giảm phát thải khí nhà kính",
        "en": "A programme to monitor and cut greenhouse-gas emissions"
      },
      "group": "environment",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MAE",
      "evidenceTypes": [
        "ghg-programme"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ENV.5",
      "title": {
        "vi": "Cơ chế giám sát đầu vào, đầu ra của KCN (nguyên liệu, nước, năng lượng, hóa chất, chất thải, phế liệu) đã được xây dựng và vận hành",
        "en": "A mechanism to monitor the park's inputs and outputs (materials, water, energy, chemicals, waste, scrap) is built and running"
      },
      "group": "environment",
      "kind": "yesNo",
      "mandatory": true,
      "reviewingBody": "MAE",
      "evidenceTypes": [
        "input-output-monitoring-description"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.1 (input/output monitoring mechanism); Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "L"
    },
    {
      "code": "ENV.6",
      "title": {
        "vi": "Báo cáo công khai hằng năm về môi trường và trách nhiệm với cộng đồng",
        "en": "Annual public report on environment and community responsibility"
      },
      "group": "environment",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MAE",
      "evidenceTypes": [
        "annual-public-report"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "PM.1",
      "title": {
        "vi": "Có khung giám sát, báo cáo rủi ro nghiêm trọng kèm kế hoạch ứng phó",
        "en": "A framework to monitor and report critical risks, with response plans"
      },
      "group": "parkManagement",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "risk-framework"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "PM.2",
      "title": {
        "vi": "Có kế hoạch ứng phó tác động của biến đổi khí hậu (nắng nóng, hạn hán, bão, lũ)",
        "en": "A climate-change impact plan (heat, drought, storms, floods)"
      },
      "group": "parkManagement",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MAE",
      "evidenceTypes": [
        "climate-plan"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "PM.3",
      "title": {
        "vi": "Có đơn vị đầu mối cung cấp thông tin RECP, kết nối doanh nghiệp thực hiện cộng sinh và hỗ trợ chuyển đổi",
        "en": "A unit assigned to run RECP information, connect firms for symbiosis and support conversion"
      },
      "group": "parkManagement",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOIT",
      "evidenceTypes": [
        "unit-assignment-decision"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "PM.4",
      "title": {
        "vi": "(KCN sinh thái mới thành lập) Có danh mục ngành nghề đăng ký, ước tính phát thải, kế hoạch cộng sinh, kế hoạch giám sát đầu vào, đầu ra và kế hoạch xã hội",
        "en": "(Newly established EIPs) Registered industries, emission estimates, symbiosis plan, input/output monitoring plan and social plan"
      },
      "group": "parkManagement",
      "kind": "yesNo",
      "mandatory": true,
      "applicability": "newlyEstablishedParkOnly",
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "eip-establishment-plan"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 38; Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "L"
    },
    {
      "code": "SOC.1",
      "title": {
        "vi": "Tỷ lệ doanh nghiệp có trên 100 lao động có quy trình giải quyết khiếu nại của người lao động",
        "en": "Share of enterprises with more than 100 workers that have a worker grievance procedure"
      },
      "group": "social",
      "kind": "ratio",
      "attribute": "hasGrievanceProcedure",
      "population": {
        "field": "workforce",
        "operator": ">",
        "value": 100
      },
      "comparison": ">=",
      "threshold": 75,
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "grievance-procedure"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.2",
      "title": {
        "vi": "Tỷ lệ doanh nghiệp công khai thông tin",
        "en": "Share of enterprises publicly disclosing information"
      },
      "group": "social",
      "kind": "ratio",
      "attribute": "disclosesInformation",
      "comparison": ">=",
      "threshold": 75,
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "disclosure-record"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.3",
      "title": {
        "vi": "Hạ tầng xã hội cho người lao động đáp ứng nhu cầu theo quy hoạch",
        "en": "Social infrastructure for workers meets needs, as planned"
      },
      "group": "social",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOC",
      "evidenceTypes": [
        "social-infrastructure-report"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "SOC.4",
      "title": {
        "vi": "Tỷ lệ doanh nghiệp có trên 100 lao động thực hiện bình đẳng giới trong an sinh xã hội, an toàn vệ sinh lao động và đào tạo RECP",
        "en": "Share of enterprises with more than 100 workers applying gender equality in social security, OSH and RECP training"
      },
      "group": "social",
      "kind": "ratio",
      "attribute": "appliesGenderEquality",
      "population": {
        "field": "workforce",
        "operator": ">",
        "value": 100
      },
      "comparison": ">=",
      "threshold": 75,
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "gender-equality-policy"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.5",
      "title": {
        "vi": "Có cán bộ chuyên trách về các chỉ tiêu xã hội",
        "en": "Dedicated staff for social indicators"
      },
      "group": "social",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "staff-assignment-decision"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "SOC.6",
      "title": {
        "vi": "Tỷ lệ doanh nghiệp có quy định chống quấy rối và phân biệt đối xử",
        "en": "Share of enterprises with rules against harassment and discrimination"
      },
      "group": "social",
      "kind": "ratio",
      "attribute": "hasAntiHarassmentRules",
      "comparison": ">=",
      "threshold": 75,
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "anti-harassment-rules"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.7",
      "title": {
        "vi": "Có ngân sách hằng năm cho đối thoại cộng đồng",
        "en": "Annual budget for community dialogue"
      },
      "group": "social",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "community-dialogue-budget"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.1",
      "title": {
        "vi": "Có kế hoạch hợp tác kinh tế giữa các doanh nghiệp trong KCN",
        "en": "A plan for economic cooperation among tenants"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "economic-cooperation-plan"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.2",
      "title": {
        "vi": "Quảng bá mô hình KCN sinh thái",
        "en": "Promotion of the EIP model"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "promotion-record"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.3",
      "title": {
        "vi": "Ưu tiên sử dụng lao động địa phương",
        "en": "Priority to local labour"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "local-labour-policy"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.4",
      "title": {
        "vi": "Tạo cơ hội cho doanh nghiệp nhỏ và vừa cung cấp dịch vụ",
        "en": "Opportunities for SMEs to supply services"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "sme-supplier-record"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.5",
      "title": {
        "vi": "Ưu tiên nhà cung cấp địa phương",
        "en": "Priority to local suppliers"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOIT",
      "evidenceTypes": [
        "local-supplier-policy"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    },
    {
      "code": "ECO.6",
      "title": {
        "vi": "Thu nhập từ dịch vụ và hạ tầng bù đắp chi phí vận hành",
        "en": "Service and infrastructure income covers operating costs"
      },
      "group": "economic",
      "kind": "yesNo",
      "mandatory": false,
      "reviewingBody": "MOF",
      "evidenceTypes": [
        "financial-statement"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form A.5",
      "provenance": "F"
    }
  ]
}
$set$, 'Published',
    NULL, TIMESTAMPTZ '2026-11-21 00:00:00+00', NULL, TIMESTAMPTZ '2026-11-21 00:00:00+00')
ON CONFLICT DO NOTHING;

INSERT INTO "IndicatorSetVersions" ("Id", "SetId", "Version", "EffectiveDate", "Subject", "Title", "Json", "Status",
    "UploadedByUserId", "UploadedAt", "PublishedByUserId", "PublishedAt")
VALUES ('8f1c2a10-0004-4c1e-9a51-000000000002', 'vn-eco-enterprise-national', 1, DATE '2025-01-24', 'Enterprise', 'Bộ tiêu chí doanh nghiệp sinh thái quốc gia', $set${
  "$schema": "./indicator-set.schema.json",
  "setId": "vn-eco-enterprise-national",
  "version": 1,
  "effectiveDate": "2025-01-24",
  "legalBasis": "Decree 35/2022/NĐ-CP Art 37.2, 40.2; Circular 05/2025/TT-BKHĐT form B.5",
  "title": {
    "vi": "Bộ tiêu chí doanh nghiệp sinh thái quốc gia",
    "en": "National eco-enterprise criteria"
  },
  "subjectKind": "enterprise",
  "indicators": [
    {
      "code": "LEGAL.1",
      "title": {
        "vi": "Doanh nghiệp chấp hành pháp luật về đầu tư, doanh nghiệp, xây dựng, đất đai, bảo vệ môi trường và lao động trong 3 năm liền trước thời điểm đăng ký",
        "en": "The enterprise complied with the laws on investment, enterprises, construction, land, environmental protection and labour in the 3 years before registration"
      },
      "group": "legalBasis",
      "kind": "yesNo",
      "mandatory": true,
      "reviewingBody": "DAE",
      "evidenceTypes": [
        "legal-compliance-confirmation"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.2 (1)",
      "provenance": "L"
    },
    {
      "code": "SYM.1",
      "title": {
        "vi": "Doanh nghiệp thực hiện ít nhất 1 cộng sinh công nghiệp",
        "en": "The enterprise carries out at least 1 industrial symbiosis"
      },
      "group": "environment",
      "kind": "count",
      "comparison": ">=",
      "threshold": 1,
      "mandatory": true,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "symbiosis-agreement"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.2 (2); Circular 05/2025/TT-BKHĐT Art 2.1",
      "provenance": "L"
    },
    {
      "code": "ISO.1",
      "title": {
        "vi": "Doanh nghiệp áp dụng hệ thống quản lý sản xuất và môi trường theo tiêu chuẩn ISO (ví dụ ISO 14001, ISO 50001)",
        "en": "The enterprise runs production and environmental management systems to ISO standards (e.g. ISO 14001, ISO 50001)"
      },
      "group": "environment",
      "kind": "attribute",
      "attribute": "holdsIsoSystem",
      "mandatory": true,
      "reviewingBody": "DOST",
      "evidenceTypes": [
        "iso-certificate"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.2 (2)",
      "provenance": "L"
    },
    {
      "code": "RECP.1",
      "title": {
        "vi": "Doanh nghiệp áp dụng RECP có tiết kiệm đo được về nguyên liệu, nước, năng lượng, hóa chất, chất thải, phế liệu và giảm phát thải",
        "en": "The enterprise applies RECP with measured savings in raw materials, water, energy, chemicals, waste and scrap, and lower emissions"
      },
      "group": "environment",
      "kind": "attribute",
      "attribute": "appliesRecpWithSavings",
      "mandatory": true,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "recp-assessment-report"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.2 (3); Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "L"
    },
    {
      "code": "LOC.1",
      "title": {
        "vi": "Doanh nghiệp nằm trong KCN đã được chứng nhận là KCN sinh thái",
        "en": "The enterprise is located in a certified eco-industrial park"
      },
      "group": "legalBasis",
      "kind": "yesNo",
      "mandatory": true,
      "reviewingBody": "DOC",
      "evidenceTypes": [
        "eip-certificate"
      ],
      "legalReference": "Decree 35/2022/NĐ-CP Art 37.2 (4)",
      "provenance": "L"
    },
    {
      "code": "SOC.1",
      "title": {
        "vi": "Doanh nghiệp có trên 100 lao động có quy trình giải quyết khiếu nại của người lao động",
        "en": "An enterprise with more than 100 workers has a worker grievance procedure"
      },
      "group": "social",
      "kind": "attribute",
      "attribute": "hasGrievanceProcedure",
      "population": {
        "field": "workforce",
        "operator": ">",
        "value": 100
      },
      "mandatory": false,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "grievance-procedure"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.2",
      "title": {
        "vi": "Doanh nghiệp công khai thông tin",
        "en": "The enterprise discloses information publicly"
      },
      "group": "social",
      "kind": "attribute",
      "attribute": "disclosesInformation",
      "mandatory": false,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "disclosure-record"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.4",
      "title": {
        "vi": "Doanh nghiệp có trên 100 lao động thực hiện bình đẳng giới trong an sinh xã hội, an toàn vệ sinh lao động và đào tạo RECP",
        "en": "An enterprise with more than 100 workers applies gender equality in social security, OSH and RECP training"
      },
      "group": "social",
      "kind": "attribute",
      "attribute": "appliesGenderEquality",
      "population": {
        "field": "workforce",
        "operator": ">",
        "value": 100
      },
      "mandatory": false,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "gender-equality-policy"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    },
    {
      "code": "SOC.6",
      "title": {
        "vi": "Doanh nghiệp có quy định chống quấy rối và phân biệt đối xử",
        "en": "The enterprise has rules against harassment and discrimination"
      },
      "group": "social",
      "kind": "attribute",
      "attribute": "hasAntiHarassmentRules",
      "mandatory": false,
      "reviewingBody": "DOIT",
      "evidenceTypes": [
        "anti-harassment-rules"
      ],
      "legalReference": "Circular 05/2025/TT-BKHĐT form B.5",
      "provenance": "F"
    }
  ]
}
$set$, 'Published',
    NULL, TIMESTAMPTZ '2026-11-21 00:00:00+00', NULL, TIMESTAMPTZ '2026-11-21 00:00:00+00')
ON CONFLICT DO NOTHING;
