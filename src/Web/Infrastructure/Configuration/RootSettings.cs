namespace Certification.Web.Infrastructure.Configuration;

/// <summary>
/// The customer keeps the one settings file, appsettings.json, at the repository root. The app finds it through
/// the CERTIFICATION_SETTINGS variable (a file path) or by walking up from the app's folder to the folder that
/// holds Certification.sln. Environment variables and the command line still override it.
/// </summary>
public static class RootSettings
{
    public const string PathVariable = "CERTIFICATION_SETTINGS";

    public static string Locate()
    {
        var explicitPath = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
            return File.Exists(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new FileNotFoundException($"{PathVariable} points to a missing file.", explicitPath);

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "appsettings.json");
                if (File.Exists(Path.Combine(folder.FullName, "Certification.sln")) && File.Exists(candidate))
                    return candidate;
            }
        }
        throw new FileNotFoundException("appsettings.json was not found at the repository root (the folder with Certification.sln). Set " + PathVariable + ".");
    }

    /// <summary>Replaces the default sources: root file, then environment variables, then the command line.</summary>
    public static void UseRootSettings(this ConfigurationManager configuration, string[] args)
    {
        var path = Locate();
        configuration.Sources.Clear();
        configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
        configuration["Settings:Path"] = path;
    }
}
