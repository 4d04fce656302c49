using Xunit.Abstractions;
using Xunit.Sdk;

namespace CobBot.Tests.Framework.State;

/// <summary>Discovers <see cref="StorageFactAttribute"/> tests, reporting PostgreSQL ones as skipped when no server is configured.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = typeof(IRequiresPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        return needsPostgres && PostgresTestSchema.AdminConnectionString is null
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
                discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, PostgresTestSchema.SkipReason)
            : base.CreateTestCase(discoveryOptions, testMethod, factAttribute);
    }
}
