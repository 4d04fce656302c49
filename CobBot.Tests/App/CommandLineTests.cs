using CobBot.Admin;
using CobBot.App;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CobBot.Tests.App;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Hash_password_prints_a_hash_the_user_store_accepts()
    {
        var output = new StringWriter();

        var exitCode = await CobBotCommandLine.TryRunAsync(["hash-password"], new StringReader("s3cret-Passw0rd\n"), output, TextWriter.Null);

        Assert.Equal(0, exitCode);
        var hash = output.ToString().Trim();
        Assert.DoesNotContain("s3cret", hash);
        var store = new AdminUserStore(
            Options.Create(new AdminOptions { Users = [new AdminUserOptions { Username = "ops", PasswordHash = hash, Roles = [AdminRoles.Admin] }] }),
            new TestEnvironment());
        Assert.NotNull(store.Verify("ops", "s3cret-Passw0rd"));
        Assert.Null(store.Verify("ops", "wrong"));
    }

    [Fact]
    public async Task Hash_password_without_input_fails()
    {
        var error = new StringWriter();

        var exitCode = await CobBotCommandLine.TryRunAsync(["hash-password"], new StringReader(""), TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("standard input", error.ToString());
    }

    [Theory]
    [InlineData()]
    [InlineData("--urls", "http://localhost:5000")]
    public async Task Other_arguments_start_the_web_host(params string[] args)
    {
        Assert.Null(await CobBotCommandLine.TryRunAsync(args, TextReader.Null, TextWriter.Null, TextWriter.Null));
    }

    [Theory]
    [InlineData("production", null, null, "Production")]
    [InlineData("PRODUCTION", null, null, "Production")]
    [InlineData("development", null, null, "Development")]
    [InlineData("staging", null, null, "Staging")]
    [InlineData("qa", null, null, "qa")]
    [InlineData(null, null, null, null)]
    [InlineData("production", "Development", null, null)]
    [InlineData("production", null, "Development", null)]
    public void The_seed_ENVIRONMENT_variable_selects_the_host_environment(string? seed, string? aspnetcore, string? dotnet, string? expected)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ENVIRONMENT"] = seed,
            ["ASPNETCORE_ENVIRONMENT"] = aspnetcore,
            ["DOTNET_ENVIRONMENT"] = dotnet,
        };

        Assert.Equal(expected, CobBotEnvironment.CreateOptions([], name => variables.GetValueOrDefault(name)).EnvironmentName);
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "CobBot";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
