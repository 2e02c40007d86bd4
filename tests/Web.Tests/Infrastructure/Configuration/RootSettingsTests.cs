using System.Text.Json.Nodes;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Infrastructure.Configuration;

public sealed class RootSettingsTests
{
    [Fact]
    public void Locate_FromTheBuiltApp_FindsTheRepositoryRootFile()
    {
        var located = Certification.Web.Infrastructure.Configuration.RootSettings.Locate();

        Assert.Equal(Path.Combine(AppProcess.RepositoryRoot(), "appsettings.json"), located);
    }

    [Fact]
    public async Task RunningApp_WhenRootAppsettingsValueChanges_ShowsTheNewValue()
    {
        // A repository-shaped folder: Certification.sln and appsettings.json at the top, the built app below.
        var root = Directory.CreateTempSubdirectory("certification-root-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "Certification.sln"), "");
            var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(AppProcess.RepositoryRoot(), "appsettings.json")))!;
            var marker = "Tỉnh Thử Nghiệm " + Guid.NewGuid().ToString("N")[..6];
            settings["Site"]!["Province"] = marker;
            File.WriteAllText(Path.Combine(root, "appsettings.json"), settings.ToJsonString());
            var appFolder = Path.Combine(root, "src", "Web", "bin");
            CopyFolder(AppProcess.BuiltAppFolder(), appFolder);
            await using var database = await TestDatabase.CreateAsync();

            await using var app = await AppProcess.StartAsync(appFolder, root,
                new Dictionary<string, string> { ["ConnectionStrings__Certification"] = database.ConnectionString });
            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            var loginPage = await client.GetStringAsync("/Account/Login");

            Assert.Contains(marker, loginPage);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(folder.Replace(source, target));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(source, target));
    }
}
