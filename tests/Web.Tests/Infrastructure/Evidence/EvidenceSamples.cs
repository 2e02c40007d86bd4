using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Certification.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Certification.Web.Tests.Infrastructure.Evidence;

/// <summary>File contents for upload tests, and ways to upload them and look at what the store kept.</summary>
public static partial class EvidenceSamples
{
    /// <summary>A small valid PDF; <paramref name="marker"/> makes its bytes (and so its SHA-256) unique.</summary>
    public static byte[] Pdf(string marker = "") =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n% {marker}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Elf() => [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0];

    public static byte[] WindowsExecutable() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>Every file under the evidence folder, temporary ones included.</summary>
    public static string[] FilesUnder(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];

    public static Task<int> RowCountAsync(TestApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<CertificationDbContext>().EvidenceFiles.CountAsync());

    public static ByteArrayContent FilePart(byte[] content, string contentType = "application/pdf")
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return part;
    }

    public static Task<HttpResponseMessage> PostToApiAsync(HttpClient client, byte[] content, string fileName)
    {
        var form = new MultipartFormDataContent { { FilePart(content), "file", fileName } };
        return client.PostAsync("/api/evidence", form);
    }

    /// <summary>Uploads through the /Evidence page form, with its antiforgery token.</summary>
    public static Task<HttpResponseMessage> PostToPageAsync(HttpClient client, byte[] content, string fileName) =>
        SignedInClient.PostFileAsync(client, "/Evidence", [], "Upload", fileName, content, "application/pdf");

    /// <summary>Marks a file as attached to a submitted dossier, as submitting an application will.</summary>
    public static Task LockAsync(TestApp app, Guid fileId) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CertificationDbContext>();
        var file = await db.EvidenceFiles.SingleAsync(f => f.Id == fileId);
        file.LockForSubmission(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
    });
}
