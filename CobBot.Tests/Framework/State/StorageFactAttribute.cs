using Xunit.Sdk;

namespace CobBot.Tests.Framework.State;

/// <summary>
/// A fact of the storage contract. Contract tests are inherited by one class per storage, so a skip cannot be
/// decided on the (shared) method: <see cref="StorageFactDiscoverer"/> skips them in classes that implement
/// <see cref="IRequiresPostgres"/> when <c>ConnectionStrings__Postgres</c> is not set.
/// </summary>
[XunitTestCaseDiscoverer("CobBot.Tests.Framework.State.StorageFactDiscoverer", "CobBot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;
