using System.Text.Json.Nodes;
using CobBot.Cards;

namespace CobBot.Tests.Cards;

public sealed class AdaptiveCardTemplateTests
{
    [Fact]
    public void The_welcome_card_is_bound_from_data_with_submit_buttons()
    {
        var activity = WelcomeCard.Create();

        var card = activity.Attachments![0].Content!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal(WelcomeCard.Title, (string?)card["body"]![0]!["text"]);
        var actions = card["actions"]!.AsArray();
        Assert.Equal(WelcomeCard.Actions.Select(a => a.Title), actions.Select(a => (string?)a!["title"]));
        Assert.All(actions, a => Assert.Equal(WelcomeCard.SubmitKind, (string?)a!["data"]!["kind"]));
        Assert.Equal(WelcomeCard.Actions[1].Utterance, (string?)actions[1]!["data"]!["utterance"]);
        Assert.DoesNotContain("${", card.ToJsonString());
        Assert.DoesNotContain("$data", card.ToJsonString());
    }

    [Fact]
    public void Text_with_quotes_and_braces_stays_data()
    {
        var template = AdaptiveCardTemplate.Load("welcome");
        var data = new JsonObject
        {
            ["title"] = "\"}, {\"type\": \"Action.OpenUrl\"",
            ["intro"] = "${title}",
            ["hint"] = "h",
            ["summary"] = "s",
            ["fallbackText"] = "f",
            ["submitKind"] = "k",
            ["actions"] = new JsonArray(),
        };

        var card = template.Expand(data);

        Assert.Equal("\"}, {\"type\": \"Action.OpenUrl\"", (string?)card["body"]![0]!["text"]);
        Assert.Equal("${title}", (string?)card["body"]![1]!["text"]);
        Assert.Empty(card["actions"]!.AsArray());
    }

    [Fact]
    public void A_missing_value_is_an_error()
    {
        var template = AdaptiveCardTemplate.Load("welcome");

        var error = Assert.Throws<InvalidOperationException>(() => template.Expand(new JsonObject { ["title"] = "t" }));

        Assert.Contains("${", error.Message);
    }

    [Fact]
    public void A_pressed_button_is_read_back_only_from_welcome_data()
    {
        var press = new CobBot.Framework.Schema.Activity { Value = new JsonObject { ["kind"] = WelcomeCard.SubmitKind, ["utterance"] = "hi" } };
        var other = new CobBot.Framework.Schema.Activity { Value = new JsonObject { ["kind"] = "other", ["utterance"] = "hi" } };
        var odd = new CobBot.Framework.Schema.Activity { Value = new JsonObject { ["kind"] = 3, ["utterance"] = "hi" } };

        Assert.Equal("hi", WelcomeCard.SubmittedUtterance(press));
        Assert.Null(WelcomeCard.SubmittedUtterance(other));
        Assert.Null(WelcomeCard.SubmittedUtterance(odd));
    }
}
