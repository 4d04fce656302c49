using CobBot.Recognition;
using CobBot.Recognition.Entities;

namespace CobBot.Tests.Recognition.Entities;

public class EntityExtractorTests
{
    [Fact]
    public void Extracts_every_entity_from_one_utterance()
    {
        var entities = ExtractorFixture.Extract(
            "Hi, I'm Maria Lopez. Please book a benifits review next Tuesday at 3, " +
            "call me on (929) 229-7209 or write to maria@sunrise-pt.com. Old code cob-7k3m9q.");

        Assert.Equal("Maria Lopez", entities.PersonName);
        Assert.Equal("Benefits Analysis", entities.ServiceType);
        Assert.Equal(new DateOnly(2026, 12, 1), entities.Date);
        Assert.Equal(new TimeOnly(15, 0), entities.Time);
        Assert.Equal("+19292297209", entities.Phone);
        Assert.Equal("maria@sunrise-pt.com", entities.Email);
        Assert.Equal("COB-7K3M9Q", entities.ConfirmationCode);
    }

    [Fact]
    public void Finds_nothing_in_small_talk()
    {
        Assert.Equal(RecognizedEntities.Empty, ExtractorFixture.Extract("thanks, that's all for now"));
    }

    [Fact]
    public void The_vocabulary_comes_from_the_embedded_data_file()
    {
        var vocabulary = ServiceTypeVocabulary.LoadEmbedded();

        Assert.Equal(
            ["Product Demo", "Technical Consultation", "Benefits Analysis", "Support Session"],
            vocabulary.ServiceTypes.Select(s => s.Name));
        Assert.Contains("support call", vocabulary.ServiceTypes[3].Synonyms);
        Assert.Equal("Benefits Analysis", vocabulary.FindCanonical(" benefits analysis "));
        Assert.Null(vocabulary.FindCanonical("Massage"));
    }
}
