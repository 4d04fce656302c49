using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CobBot.Tests.Deployment;

public sealed class ContainerTemplateTests
{
    [Fact]
    public async Task The_dockerfile_lints_clean_and_builds_with_the_sdk_then_runs_non_root_on_the_runtime()
    {
        var result = await DeploymentTools.RunAsync("lint-dockerfile.mjs", DeploymentTools.Repo("Dockerfile"));

        Assert.Empty(result["lint"]!.AsArray());
        var stages = result["stages"]!.AsArray().Select(s => (string)s!["image"]!).ToList();
        Assert.Equal(["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/aspnet:10.0"], stages);
        var instructions = result["instructions"]!.AsArray().Select(i => ((string)i!["keyword"]!, (string)i["args"]!)).ToList();
        var runtime = instructions.Skip(instructions.FindLastIndex(i => i.Item1 == "FROM")).ToList();
        Assert.Contains(instructions, i => i.Item1 == "RUN" && i.Item2.Contains("npm ci"));
        Assert.Contains(instructions, i => i.Item1 == "RUN" && i.Item2.Contains("dotnet publish"));
        Assert.Contains(runtime, i => i.Item1 == "USER" && i.Item2 == "$APP_UID");
        Assert.Contains(runtime, i => i.Item1 == "ENV" && i.Item2.Contains("ASPNETCORE_HTTP_PORTS=8080"));
        Assert.Contains(runtime, i => i.Item1 == "VOLUME" && i.Item2.Contains("/data"));
        Assert.Contains(runtime, i => i.Item1 == "HEALTHCHECK" && i.Item2.Contains("\"healthcheck\""));
        Assert.Contains(runtime, i => i.Item1 == "ENTRYPOINT" && i.Item2.Contains("CobBot.dll"));
        Assert.DoesNotContain(runtime, i => i.Item1 == "RUN" && i.Item2.Contains("curl"));
    }

    [Fact]
    public async Task The_build_stage_copies_the_project_file_and_the_sources_of_every_project_the_app_references()
    {
        var result = await DeploymentTools.RunAsync("lint-dockerfile.mjs", DeploymentTools.Repo("Dockerfile"));
        var copies = result["instructions"]!.AsArray().Where(i => (string)i!["keyword"]! == "COPY")
            .Select(i => ((string)i!["args"]!).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToList();

        var projects = ReferencedProjects("CobBot/CobBot.csproj");
        Assert.Contains("CobBot.Framework", projects);
        foreach (var project in projects.Append("CobBot"))
        {
            Assert.Contains($"{project}/{project}.csproj", copies);
            Assert.Contains($"{project}/", copies);
        }
    }

    /// <summary>The project folders <paramref name="projectFile"/> references, directly or through another project.</summary>
    private static HashSet<string> ReferencedProjects(string projectFile)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([projectFile]);
        while (pending.TryPop(out var current))
        {
            var document = System.Xml.Linq.XDocument.Load(DeploymentTools.Repo(current));
            foreach (var include in document.Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!))
            {
                var folder = Path.GetFileNameWithoutExtension(include.Replace('\\', '/'));
                if (found.Add(folder)) pending.Push($"{folder}/{folder}.csproj");
            }
        }
        return found;
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_databases_and_secrets()
    {
        var ignored = File.ReadAllLines(DeploymentTools.Repo(".dockerignore")).Where(l => l.Length > 0 && l[0] != '#').ToList();

        foreach (var pattern in new[] { "**/bin/", "**/obj/", "**/node_modules/", "**/*.db", ".env", ".git/" })
            Assert.Contains(pattern, ignored);
    }

    [Fact]
    public async Task Compose_runs_two_instances_behind_a_proxy_with_postgres_a_mail_catcher_and_secrets_from_an_uncommitted_env_file()
    {
        var compose = (await DeploymentTools.RunAsync("read-yaml.mjs", DeploymentTools.Repo("docker-compose.yml"))).AsObject();
        var services = compose["services"]!.AsObject();

        var bots = services.Where(s => (string?)s.Value!["build"] == ".").Select(s => s.Value!.AsObject()).ToList();
        Assert.Equal(2, bots.Count);
        foreach (var bot in bots)
        {
            Assert.Equal(".env", (string?)bot["env_file"]);
            Assert.Equal("8080", (string?)bot["environment"]!["ASPNETCORE_HTTP_PORTS"]);
            Assert.Equal("mailpit", (string?)bot["environment"]!["Email__Smtp__Host"]);
            Assert.Equal("Postgres", (string?)bot["environment"]!["Database__Provider"]);
            Assert.StartsWith("Host=postgres;", (string?)bot["environment"]!["ConnectionStrings__CobBot"]);
            Assert.Null(bot["ports"]);
        }
        var proxy = services["proxy"]!;
        Assert.StartsWith("nginx:", (string?)proxy["image"]);
        var mount = ((string)proxy["volumes"]![0]!).Split(':');
        var nginx = File.ReadAllText(DeploymentTools.Repo(mount[0].TrimStart('.', '/')));
        foreach (var bot in services.Where(s => (string?)s.Value!["build"] == "."))
            Assert.Contains($"server {bot.Key}:8080;", nginx);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx);
        // One shared database and backplane: no sticky sessions.
        Assert.DoesNotContain("ip_hash", nginx);
        Assert.StartsWith("postgres:", (string?)services["postgres"]!["image"]);
        Assert.StartsWith("axllent/mailpit:", (string?)services["mailpit"]!["image"]);

        Assert.True(File.Exists(DeploymentTools.Repo(".env.example")));
        Assert.Contains(".env", File.ReadAllLines(DeploymentTools.Repo(".gitignore")));
        Assert.Empty(await GitAsync("ls-files", ".env"));
        var example = File.ReadAllLines(DeploymentTools.Repo(".env.example")).Where(l => l.Contains('=') && l[0] != '#').Select(l => l[..l.IndexOf('=')]).ToList();
        Assert.Contains("JWT_SECRET_KEY", example);
        Assert.Contains("ADMIN_PASSWORD", example);
        Assert.Contains("POSTGRES_PASSWORD", example);
    }

    private static async Task<string> GitAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, WorkingDirectory = DeploymentTools.Repo() };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var output = await git.StandardOutput.ReadToEndAsync();
        await git.WaitForExitAsync();
        Assert.Equal(0, git.ExitCode);
        return output.Trim();
    }
}
