using System.Text.Json;
using CobBot.Framework.Dialogs;
using CobBot.Framework.State;

namespace CobBot.Tests.Framework.Dialogs;

public sealed class DialogValuesTests
{
    private sealed record Address(string City, int Zip);

    private static DialogValues RoundTrip(DialogValues values) =>
        JsonSerializer.Deserialize<DialogValues>(JsonSerializer.Serialize(values, StateJson.Options), StateJson.Options)!;

    [Fact]
    public void Reloaded_numbers_are_long_or_decimal_and_convert_to_the_requested_type()
    {
        var values = RoundTrip(new DialogValues { ["int"] = 7, ["double"] = 2.25, ["big"] = 12345678901234L, ["flag"] = true, ["none"] = null });

        Assert.Equal(7L, values["int"]);
        Assert.Equal(2.25m, values["double"]);
        Assert.Equal(7, values.Get<int>("int"));
        Assert.Equal(2.25, values.Get<double>("double"));
        Assert.Equal(12345678901234L, values.Get<long>("big"));
        Assert.True(values.Get<bool>("flag"));
        Assert.Null(values.Get<string>("none"));
    }

    [Fact]
    public void Get_keeps_the_converted_object_so_changes_to_it_are_saved()
    {
        var values = RoundTrip(new DialogValues { ["address"] = new Address("Austin", 73301), ["items"] = new List<string> { "a" } });

        values.Get<List<string>>("items")!.Add("b");
        var reloaded = RoundTrip(values);

        Assert.Equal(new Address("Austin", 73301), reloaded.Get<Address>("address"));
        Assert.Equal(["a", "b"], reloaded.Get<List<string>>("items") ?? []);
        Assert.IsType<Address>(reloaded["address"]);
    }

    [Fact]
    public void TryGet_reports_missing_keys_and_Get_throws_for_them()
    {
        var values = new DialogValues { ["x"] = 1 };

        Assert.False(values.TryGet<int>("y", out _));
        Assert.True(values.TryGet<int>("x", out var x));
        Assert.Equal(1, x);
        Assert.Throws<KeyNotFoundException>(() => values.Get<int>("y"));
    }

    [Fact]
    public void Reading_a_value_as_an_incompatible_type_names_the_key()
    {
        var values = RoundTrip(new DialogValues { ["name"] = "Ada" });

        var ex = Assert.Throws<InvalidCastException>(() => values.Get<DateOnly>("name"));

        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
    }
}
