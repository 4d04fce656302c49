using System.Reflection;
using System.Xml.Linq;
using CobBot.Framework.DirectLine;
using CobBot.Framework.Schema;
using CobBot.Framework.State.EntityFramework;
using CobBot.Framework.Testing;
using CobBot.Tests.ChannelTests;

namespace CobBot.Tests.Framework;

/// <summary>
/// The framework packages reference one way only: DirectLine, EntityFramework and Testing build on the core, the core on
/// none of them; the app never ships the test helpers. Checked in the project files and in the compiled assemblies.
/// </summary>
public sealed class ProjectGraphTests
{
    private const string Core = "CobBot.Framework";
    private const string DirectLine = "CobBot.Framework.DirectLine";
    private const string EntityFramework = "CobBot.Framework.EntityFramework";
    private const string Testing = "CobBot.Framework.Testing";
    private const string App = "CobBot";

    public static TheoryData<string, string[]> AllowedProjectReferences => new()
    {
        { Core, [] },
        { EntityFramework, [Core] },
        // The Direct Line store shares the bot-state store's SQLite connection tuning.
        { DirectLine, [Core, EntityFramework] },
        { Testing, [Core] },
        { App, [Core, DirectLine, EntityFramework] },
    };

    [Theory]
    [MemberData(nameof(AllowedProjectReferences))]
    public void Project_references_only_what_the_graph_allows(string project, string[] allowed)
    {
        var file = Path.Combine(PeerClients.RepositoryRoot, project, project + ".csproj");

        var references = XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);

        Assert.Equal(allowed.Order(StringComparer.Ordinal), references);
    }

    [Fact]
    public void Core_assembly_references_none_of_the_packages_built_on_it() =>
        AssertReferencesNone(typeof(Activity).Assembly, DirectLine, EntityFramework, Testing, App);

    [Fact]
    public void Package_assemblies_do_not_reference_each_other_against_the_graph()
    {
        AssertReferencesNone(typeof(EntityFrameworkStorage).Assembly, DirectLine, Testing, App);
        AssertReferencesNone(typeof(DirectLineOptions).Assembly, Testing, App);
        AssertReferencesNone(typeof(TestAdapter).Assembly, DirectLine, EntityFramework, App);
    }

    [Fact]
    public void App_assembly_does_not_reference_the_test_helpers() =>
        AssertReferencesNone(typeof(Program).Assembly, Testing);

    private static void AssertReferencesNone(Assembly assembly, params string[] forbidden)
    {
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.Empty(referenced.Intersect(forbidden, StringComparer.Ordinal));
    }
}
