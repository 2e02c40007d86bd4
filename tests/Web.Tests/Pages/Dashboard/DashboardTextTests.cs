using System.Xml.Linq;
using Certification.Web.Infrastructure.Dashboard;
using Certification.Web.Pages.Dashboard;
using Certification.Web.Tests.Infrastructure;

namespace Certification.Web.Tests.Pages.Dashboard;

public sealed class DashboardTextTests
{
    [Fact]
    public void AllKeys_EveryWordCodeWrites_HasEnglish()
    {
        var english = XDocument.Load(Path.Combine(AppProcess.RepositoryRoot(), "src", "Web", "Resources", "Pages", "Dashboard", "DashboardText.en.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);

        Assert.All(DashboardText.AllKeys, key => Assert.True(english.Contains(key), $"No English for \"{key}\""));
        Assert.Equal(Enum.GetValues<PipelineStage>().Length, Enum.GetValues<PipelineStage>().Select(DashboardText.Vietnamese).Distinct().Count());
    }
}
