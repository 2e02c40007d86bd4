using System.Net;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Monitoring;

/// <summary>The monitoring pages' forms, posted as a signed-in user would.</summary>
internal static class MonitoringPages
{
    /// <summary>Starts the year's report of a park or enterprise from /Monitoring; returns the report's id.</summary>
    public static async Task<Guid> StartAsync(HttpClient client, Guid subjectId, int year)
    {
        var response = await SignedInClient.PostFormAsync(client, $"/Monitoring?handler=Start&year={year}",
            new() { ["subjectId"] = subjectId.ToString() }, $"/Monitoring?year={year}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Dictionary<string, string> ParkContent(string leased = "180") => new()
    {
        ["Input.TotalHectares"] = "250",
        ["Input.IndustrialHectares"] = "200,5",
        ["Input.LeasedHectares"] = leased,
        ["Input.LegalCompliance"] = "Không có vi phạm về đất đai, xây dựng, môi trường và lao động trong năm.",
        ["Input.RecpResults"] = "Tiết kiệm điện 108.000 kWh và 4.500 m³ nước tại 9 doanh nghiệp.",
        ["Input.SymbiosisResults"] = "1 liên kết trao đổi hơi nước thừa hoạt động cả năm.",
    };

    /// <summary>Saves (and with <paramref name="submit"/> submits) the report form.</summary>
    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, Guid reportId, Dictionary<string, string> fields, bool submit)
    {
        if (submit)
            fields["submit"] = "true";
        return SignedInClient.PostFormAsync(client, $"/Monitoring/Report/{reportId}?handler=Save", fields, $"/Monitoring/Report/{reportId}");
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Guid id, string handler, Dictionary<string, string>? fields = null) =>
        SignedInClient.PostFormAsync(client, $"/Monitoring/{page}/{id}?handler={handler}", fields ?? new(), $"/Monitoring/{page}/{id}");

    /// <summary>Posts and expects the redirect back to a page; returns where it leads.</summary>
    public static async Task<string> PostOkAsync(HttpClient client, string page, Guid id, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await PostAsync(client, page, id, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{handler} answered {(int)response.StatusCode}: {await PageContent.MainTextAsync(response)}");
        return response.Headers.Location!.OriginalString;
    }
}
